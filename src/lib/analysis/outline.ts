import type { MultiPolygon } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type { AnalysisContext, MunicipalityGeometry } from './context';

/**
 * The members' union as one MultiPolygon (lon/lat): topojson-client's merge, split into its
 * two halves so that each runs on the decoded arcs that suit it (see decoded-topology.ts).
 */
export function outlineOf(context: AnalysisContext, codes: readonly string[]): MultiPolygon {
	const geometries: MunicipalityGeometry[] = [];
	for (const code of codes) {
		const geometry = context.geometryByCode.get(code);
		if (geometry !== undefined) geometries.push(geometry);
	}
	const { stitching, lonLat } = context.decodedTopologies;
	return feature(lonLat, mergeArcs(stitching, geometries)).geometry;
}
