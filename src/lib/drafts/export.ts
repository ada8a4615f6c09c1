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

/** Column titles and role words of the members CSV, in the UI's language. */
export interface MembersCsvWords {
	columns: readonly [
		code: string,
		prefecture: string,
		name: string,
		role: string,
		pop2020: string,
		pop2015: string,
		daytimePop2020: string,
		areaKm2: string
	];
	centre: string;
	member: string;
}

export const MEMBERS_CSV_KEYS: MembersCsvWords = {
	columns: ['code', 'prefecture', 'name', 'role', 'pop2020', 'pop2015', 'daytime_pop2020', 'area_km2'],
	centre: 'centre',
	member: 'member'
};

/**
 * A code as a text formula (="01206"), the one form Excel opens as text, so 01 stays 01.
 * The import reads it back.
 */
function codeCell(code: string): string {
	return `"=""${code}"""`;
}

export function membersCsv(draft: Draft, rows: readonly MemberRow[], words = MEMBERS_CSV_KEYS): string {
	const lines = [words.columns.map(csvCell).join(',')];
	for (const row of rows) {
		const role = draft.centres.includes(row.code) ? words.centre : words.member;
		const cells = [row.prefName, row.name, role, row.pop2020, row.pop2015, row.daytimePop2020, row.areaKm2];
		lines.push([codeCell(row.code), ...cells.map(csvCell)].join(','));
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
