import { existsSync, readFileSync } from 'node:fs';
import { joinPopulation2025 } from '../../src/lib/data/population-2025';
import type { ProjectTable } from '../../src/lib/data/projects-types';
import type {
	JapanTopology,
	Manifest,
	MunicipalityTable,
	OutlookTable,
	SphereTable
} from '../../src/lib/data/types';

// Relative to this file, so the CLI works from any working directory.
const geodataDir = new URL('../../geodata/', import.meta.url);

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, geodataDir), 'utf8')) as T;

export interface CliGeodata {
	manifest: Manifest;
	municipalities: MunicipalityTable;
	spheres: SphereTable;
	topology: JapanTopology;
	/** The 2025 速報 and the IPSS projections: the 2025 base and `outlook` need them. */
	outlook: OutlookTable;
}

/** The municipalities carry their 2025 速報 population (outlook.json), so every command takes --census 2025. */
export function readGeodata(): CliGeodata {
	const outlook = readJson<OutlookTable>('outlook.json');
	return {
		manifest: readJson<Manifest>('manifest.json'),
		municipalities: joinPopulation2025(readJson<MunicipalityTable>('municipalities.json'), outlook),
		spheres: readJson<SphereTable>('spheres.json'),
		topology: readJson<JapanTopology>('japan.topo.json'),
		outlook
	};
}

/** The model projects; null when geodata/projects.json is absent (a build with --no-projects). */
export function readProjects(): ProjectTable | null {
	const url = new URL('projects.json', geodataDir);
	return existsSync(url) ? readJson<ProjectTable>('projects.json') : null;
}
