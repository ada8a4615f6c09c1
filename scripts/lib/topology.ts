import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** 北方領土: drawn on the map, counted in no statistic or sphere. */
export const NORTHERN_TERRITORY_CODES: ReadonlySet<string> = new Set([
	'01695',
	'01696',
	'01697',
	'01698',
	'01699',
	'01700'
]);

/** Grid of the shipped topology: about 30 m per step over Japan's extent. */
export const QUANTIZATION = 1e5;

type Area = Polygon | MultiPolygon;

export interface MunicipalityProperties {
	code: string;
	hoppo?: true;
}

/**
 * Reads the japan-topography whole-city TopoJSON, drops 所属未定地 (null code) and
 * returns one feature per 5-digit code, sorted by code.
 */
export function readBoundaryFeatures(
	source: Topology,
	file: string
): Feature<Area, MunicipalityProperties>[] {
	const objectName = Object.keys(source.objects)[0];
	const collection = feature(source, source.objects[objectName]) as FeatureCollection<
		Area | null,
		{ N03_007: string | null }
	>;
	const byCode = new Map<string, Feature<Area, MunicipalityProperties>>();
	for (const f of collection.features) {
		const code = f.properties.N03_007;
		if (code === null) continue;
		if (!/^\d{5}$/.test(code)) throw new Error(`${file}: bad N03_007 "${code}"`);
		if (!f.geometry) throw new Error(`${file}: ${code} has no geometry`);
		if (byCode.has(code)) throw new Error(`${file}: ${code} appears twice`);
		const properties: MunicipalityProperties = NORTHERN_TERRITORY_CODES.has(code)
			? { code, hoppo: true }
			: { code };
		byCode.set(code, { type: 'Feature', properties, geometry: f.geometry });
	}
	return [...byCode.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

/** Fails unless every municipality has a polygon and every polygon is a municipality or 北方領土. */
export function checkCodeSets(boundaryCodes: string[], municipalityCodes: string[]): void {
	const drawn = new Set(boundaryCodes);
	const known = new Set(municipalityCodes);
	const missing = municipalityCodes.filter((c) => !drawn.has(c));
	const extra = boundaryCodes.filter((c) => !known.has(c) && !NORTHERN_TERRITORY_CODES.has(c));
	if (missing.length || extra.length) {
		throw new Error(
			`boundaries and census disagree: missing polygons ${missing.join(',') || 'none'}; ` +
				`polygons without census row ${extra.join(',') || 'none'}`
		);
	}
}

/**
 * Builds the shipped topology: `municipalities` and `prefectures`, the latter merged from
 * the former so that both share arcs and their borders coincide exactly.
 */
export function buildTopology(features: Feature<Area, MunicipalityProperties>[]): Topology {
	const collection: FeatureCollection<Area, MunicipalityProperties> = {
		type: 'FeatureCollection',
		features
	};
	const topo = topology({ municipalities: collection }, QUANTIZATION);
	const municipalities = topo.objects.municipalities as GeometryCollection<MunicipalityProperties>;

	const byPrefecture = new Map<string, typeof municipalities.geometries>();
	for (const geometry of municipalities.geometries) {
		const prefCode = (geometry.properties as MunicipalityProperties).code.slice(0, 2);
		const list = byPrefecture.get(prefCode) ?? [];
		list.push(geometry);
		byPrefecture.set(prefCode, list);
	}
	const prefectures: GeometryCollection<{ code: string }> = {
		type: 'GeometryCollection',
		geometries: [...byPrefecture.keys()].sort().map((code) => ({
			...mergeArcs(topo, byPrefecture.get(code) as never),
			properties: { code }
		}))
	};
	topo.objects.prefectures = prefectures;
	return topo;
}
