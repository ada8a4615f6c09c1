/**
 * The draft's members as CSV (through the app's one CSV writer) and as GeoJSON wound as
 * RFC 7946 says: outer rings counter-clockwise, holes clockwise.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { rewind } from '@turf/turf';
import { toCsv } from '../csv';
import type { Draft } from './model';

export interface MemberRow {
	code: string;
	prefName: string;
	name: string;
	pop2020: number;
	pop2015: number;
	daytimePop2020: number | null;
	areaKm2: number;
}

export function membersCsv(draft: Draft, rows: readonly MemberRow[]): string {
	const header = ['code', 'prefecture', 'name', 'role', 'pop2020', 'pop2015', 'daytime_pop2020', 'area_km2'];
	const cells = rows.map((row) => [
		row.code,
		row.prefName,
		row.name,
		draft.centres.includes(row.code) ? 'centre' : 'member',
		row.pop2020,
		row.pop2015,
		row.daytimePop2020,
		row.areaKm2
	]);
	return `${toCsv(header, cells)}\r\n`;
}

/** A copy with the right-hand rule of RFC 7946 §3.1.6 (the app's topology winds outer rings clockwise). */
function rfc7946<T extends Polygon | MultiPolygon>(geometry: T): T {
	return rewind(geometry, { mutate: false }) as T;
}

export function draftGeoJson(
	draft: Draft,
	outline: MultiPolygon,
	members: readonly { row: MemberRow; geometry: Polygon | MultiPolygon }[]
): FeatureCollection {
	const outlineFeature: Feature = {
		type: 'Feature',
		properties: { kind: 'outline', name: draft.name, sphereKind: draft.kind, centres: draft.centres },
		geometry: rfc7946(outline)
	};
	const memberFeatures: Feature[] = members.map(({ row, geometry }) => ({
		type: 'Feature',
		properties: { kind: 'member', role: draft.centres.includes(row.code) ? 'centre' : 'member', ...row },
		geometry: rfc7946(geometry)
	}));
	return { type: 'FeatureCollection', features: [outlineFeature, ...memberFeatures] };
}
