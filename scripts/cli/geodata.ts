import { existsSync, readFileSync } from 'node:fs';
import type { CommutingTable, UeaTable } from '../../src/lib/data/commuting-types';
import type { ProjectTable } from '../../src/lib/data/projects-types';
import type { JapanTopology, Manifest, MunicipalityTable, SphereTable } from '../../src/lib/data/types';

// Relative to this file, so the CLI works from any working directory.
const geodataDir = new URL('../../geodata/', import.meta.url);

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, geodataDir), 'utf8')) as T;

export interface CliGeodata {
	manifest: Manifest;
	municipalities: MunicipalityTable;
	spheres: SphereTable;
	topology: JapanTopology;
}

export function readGeodata(): CliGeodata {
	return {
		manifest: readJson<Manifest>('manifest.json'),
		municipalities: readJson<MunicipalityTable>('municipalities.json'),
		spheres: readJson<SphereTable>('spheres.json'),
		topology: readJson<JapanTopology>('japan.topo.json')
	};
}

/** The model projects; null when geodata/projects.json is absent (a build with --no-projects). */
export function readProjects(): ProjectTable | null {
	const url = new URL('projects.json', geodataDir);
	return existsSync(url) ? readJson<ProjectTable>('projects.json') : null;
}

/** The commuting table and the UEA list; null when the build ran without commuting files. */
export function readCommutingData(): { commuting: CommutingTable; uea: UeaTable } | null {
	if (!existsSync(new URL('commuting.json', geodataDir))) return null;
	return { commuting: readJson<CommutingTable>('commuting.json'), uea: readJson<UeaTable>('uea.json') };
}
