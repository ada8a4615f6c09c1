/** The draft's members as CSV (UTF-8 with BOM, for Excel) and as GeoJSON. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
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

// A cell starting with one of these would run as a formula in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function membersCsv(draft: Draft, rows: readonly MemberRow[]): string {
	const header = ['code', 'prefecture', 'name', 'role', 'pop2020', 'pop2015', 'daytime_pop2020', 'area_km2'];
	const lines = [header.join(',')];
	for (const row of rows) {
		const role = draft.centres.includes(row.code) ? 'centre' : 'member';
		const cells = [
			row.code,
			row.prefName,
			row.name,
			role,
			row.pop2020,
			row.pop2015,
			row.daytimePop2020,
			row.areaKm2
		];
		lines.push(cells.map(csvCell).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function draftGeoJson(
	draft: Draft,
	outline: MultiPolygon,
	members: readonly { row: MemberRow; geometry: Polygon | MultiPolygon }[]
): FeatureCollection {
	const outlineFeature: Feature = {
		type: 'Feature',
		properties: { kind: 'outline', name: draft.name, sphereKind: draft.kind, centres: draft.centres },
		geometry: outline
	};
	const memberFeatures: Feature[] = members.map(({ row, geometry }) => ({
		type: 'Feature',
		properties: { kind: 'member', role: draft.centres.includes(row.code) ? 'centre' : 'member', ...row },
		geometry
	}));
	return { type: 'FeatureCollection', features: [outlineFeature, ...memberFeatures] };
}
