import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { Manifest, MunicipalityTable, OutlookTable, SphereTable } from '../../src/lib/data/types';

const geodataDir = new URL('../../geodata/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, geodataDir), 'utf8')) as T;

/** The committed `geodata/` files, read from disk. */
export function readCommittedGeodata() {
	return {
		manifest: readJson<Manifest>('manifest.json'),
		table: readJson<MunicipalityTable>('municipalities.json'),
		spheres: readJson<SphereTable>('spheres.json').spheres,
		topology: readJson<Topology>('japan.topo.json'),
		outlook: readJson<OutlookTable>('outlook.json')
	};
}
