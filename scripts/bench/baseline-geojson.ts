import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BOUNDARY_FILE, DEFAULT_SOURCE_DIR } from '../build-geodata';
import { gzipKB } from './browser';

/**
 * The bytes baseline: the raw japan-topography s0010 polygons of the same municipalities
 * as plain GeoJSON (what an app without our build would ship). Null without ../shared.
 */
export function rawGeoJsonKB(codes: ReadonlySet<string>): number | null {
	const path = join(DEFAULT_SOURCE_DIR, BOUNDARY_FILE);
	if (!existsSync(path)) return null;
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const collection = feature(
		topology,
		topology.objects[Object.keys(topology.objects)[0]]
	) as FeatureCollection;
	const same = collection.features.filter((f) => codes.has(f.properties?.N03_007));
	return gzipKB(JSON.stringify({ type: 'FeatureCollection', features: same }));
}
