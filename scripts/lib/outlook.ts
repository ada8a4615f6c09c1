import {
	PROJECTION_YEARS,
	type Municipality,
	type OutlookRow,
	type OutlookTable,
	type ProjectionArea
} from '../../src/lib/data/types';
import { requireField, type CsvRecord } from './csv';

export const CENSUS_2025_FILE = 'census/extra/census_2025_prelim.csv';
export const PROJECTIONS_FILE = 'census/extra/projections_ipss2023.csv';

const CENSUS_2025_UNIT_TYPES = [
	'designated_city',
	'designated_city_ward',
	'city',
	'town_village',
	'special_ward'
] as const;
/** IPSS 「市などの別」: 1 政令市, 0 区, 2 市, 3 町村, 9 an area projected as one (浜通り). */
const IPSS_KINDS = ['0', '1', '2', '3', '9'] as const;
const IPSS_AREA_KIND = '9';
/** The published change rate is rounded; a larger gap means a row joined to the wrong 2020 figure. */
const CHANGE_RATE_TOLERANCE_PT = 0.01;

const fail = (file: string, line: number, message: string): never => {
	throw new Error(`${file}:${line}: ${message}`);
};

function readCount(record: CsvRecord, column: string, file: string): number | null {
	const raw = requireField(record, column, file);
	if (raw === '') return null;
	if (!/^\d+$/.test(raw)) fail(file, record.line, `"${column}" is not a whole number of persons: "${raw}"`);
	return Number(raw);
}

function readCode(record: CsvRecord, column: string, file: string): string {
	const code = requireField(record, column, file);
	if (!/^\d{5}$/.test(code)) fail(file, record.line, `"${column}" is not a 5-digit code: "${code}"`);
	return code;
}

function missingRows(file: string, municipalities: readonly Municipality[], seen: ReadonlySet<string>): void {
	const missing = municipalities.filter((m) => !seen.has(m.code));
	if (missing.length > 0) {
		const list = missing.slice(0, 5).map((m) => `${m.code} ${m.name}`);
		throw new Error(`${file}: no row for ${missing.length} municipalities of the map (${list.join(', ')})`);
	}
}

/**
 * Population on 2025-10-01 (令和7年国勢調査 速報) of every municipality the map draws.
 * The 速報 uses 2025 codes; only designated-city wards differ from the 2020 list (浜松市's
 * were redrawn in 2024), and the map draws designated cities whole, so rows are taken by
 * city code. Each city's wards must sum to its row, so no ward's people are lost, and each
 * published 2020→2025 change rate must agree with our 2020 figure, so no row is joined to
 * the wrong municipality.
 */
export function readCensus2025(
	records: CsvRecord[],
	municipalities: readonly Municipality[]
): Map<string, number> {
	const byCode = new Map(municipalities.map((m) => [m.code, m]));
	const population = new Map<string, number>();
	const wardSums = new Map<string, { sum: number; line: number }>();
	for (const record of records) {
		const file = CENSUS_2025_FILE;
		const code = readCode(record, 'code', file);
		const unitType = requireField(record, 'unit_type', file);
		if (!(CENSUS_2025_UNIT_TYPES as readonly string[]).includes(unitType)) {
			fail(file, record.line, `unknown unit_type "${unitType}"`);
		}
		const count = readCount(record, 'population_2025', file);
		if (count === null) fail(file, record.line, '"population_2025" is empty');
		const persons = count as number;
		if (unitType === 'designated_city_ward') {
			const parent = readCode(record, 'parent_code', file);
			const entry = wardSums.get(parent) ?? { sum: 0, line: record.line };
			wardSums.set(parent, { sum: entry.sum + persons, line: entry.line });
			continue;
		}
		const municipality = byCode.get(code);
		if (municipality === undefined) fail(file, record.line, `code ${code} is not a municipality of the map`);
		if (population.has(code)) fail(file, record.line, `code ${code} is listed twice`);
		const rate = requireField(record, 'change_rate_2020_2025_pct', file);
		if (rate !== '' && !Number.isFinite(Number(rate))) {
			fail(file, record.line, `"change_rate_2020_2025_pct" is not a number: "${rate}"`);
		}
		const pop2020 = (municipality as Municipality).pop2020;
		if (rate !== '' && pop2020 > 0) {
			const computed = ((persons - pop2020) / pop2020) * 100;
			if (Math.abs(computed - Number(rate)) > CHANGE_RATE_TOLERANCE_PT) {
				fail(
					file,
					record.line,
					`${code}: ${persons} against the 2020 count ${pop2020} is ${computed.toFixed(3)}%, the table says ${rate}%`
				);
			}
		}
		population.set(code, persons);
	}
	for (const [parent, { sum, line }] of wardSums) {
		const city = population.get(parent);
		if (city === undefined)
			fail(CENSUS_2025_FILE, line, `ward of ${parent}, which is not a designated city row`);
		if (city !== sum) {
			fail(CENSUS_2025_FILE, line, `the wards of ${parent} sum to ${sum}, its city row says ${city}`);
		}
	}
	missingRows(CENSUS_2025_FILE, municipalities, new Set(population.keys()));
	return population;
}

interface ProjectionRecord {
	line: number;
	code: string;
	name: string;
	kind: string;
	pop2020: number | null;
	projected: number[] | null;
}

function readProjectionRecord(record: CsvRecord): ProjectionRecord {
	const file = PROJECTIONS_FILE;
	const code = readCode(record, 'code', file);
	const kind = requireField(record, 'ipss_kind', file);
	if (!(IPSS_KINDS as readonly string[]).includes(kind))
		fail(file, record.line, `unknown ipss_kind "${kind}"`);
	const pop2020 = readCount(record, 'pop_2020', file);
	const values = PROJECTION_YEARS.map((year) => readCount(record, `pop_${year}`, file));
	const empty = values.filter((value) => value === null).length;
	if (empty !== 0 && empty !== values.length) {
		fail(file, record.line, `${code} has figures for some projection years only`);
	}
	if ((pop2020 === null) !== (empty === values.length)) {
		fail(file, record.line, `${code} has pop_2020 without projections, or projections without pop_2020`);
	}
	return {
		line: record.line,
		code,
		name: requireField(record, 'name', file),
		kind,
		pop2020,
		projected: empty === 0 ? (values as number[]) : null
	};
}

export interface Projections {
	/** Projected population per PROJECTION_YEARS; null for a municipality IPSS projects only within an area. */
	byCode: Map<string, number[] | null>;
	areas: ProjectionArea[];
}

/**
 * IPSS 令和5年推計 for every municipality the map draws, and the areas IPSS projects as one
 * (福島県浜通り). A municipality without figures must belong to such an area, in its own
 * prefecture, and the area's 2020 count must be the sum of its members' census counts.
 */
export function readProjections(records: CsvRecord[], municipalities: readonly Municipality[]): Projections {
	const byMunicipality = new Map(municipalities.map((m) => [m.code, m]));
	const byCode = new Map<string, number[] | null>();
	const unprojected: ProjectionRecord[] = [];
	const areaRows: ProjectionRecord[] = [];
	for (const row of records.map(readProjectionRecord)) {
		if (row.kind === IPSS_AREA_KIND) {
			if (row.projected === null) fail(PROJECTIONS_FILE, row.line, `area ${row.code} has no figures`);
			areaRows.push(row);
			continue;
		}
		const municipality = byMunicipality.get(row.code);
		// Designated-city wards: the map draws their city, which has its own row.
		if (municipality === undefined) continue;
		if (byCode.has(row.code)) fail(PROJECTIONS_FILE, row.line, `code ${row.code} is listed twice`);
		if (row.pop2020 !== null && row.pop2020 !== municipality.pop2020) {
			fail(
				PROJECTIONS_FILE,
				row.line,
				`${row.code}: pop_2020 ${row.pop2020} differs from the census count ${municipality.pop2020}`
			);
		}
		if (row.projected === null) unprojected.push(row);
		byCode.set(row.code, row.projected);
	}
	missingRows(PROJECTIONS_FILE, municipalities, new Set(byCode.keys()));

	const areas = areaRows.map((row): ProjectionArea => {
		const members = unprojected.filter((m) => m.code.slice(0, 2) === row.code.slice(0, 2));
		const memberSum = members.reduce((sum, m) => sum + (byMunicipality.get(m.code)?.pop2020 ?? 0), 0);
		if (memberSum !== row.pop2020) {
			fail(
				PROJECTIONS_FILE,
				row.line,
				`area ${row.code}: pop_2020 ${row.pop2020} is not the sum of its ${members.length} unprojected members (${memberSum})`
			);
		}
		return {
			code: row.code,
			name: row.name.replace(/（[^）]*）$/, ''),
			members: members.map((m) => m.code),
			pop2020: row.pop2020 as number,
			projected: row.projected as number[]
		};
	});
	const covered = new Set(areas.flatMap((area) => area.members));
	const orphan = unprojected.find((row) => !covered.has(row.code));
	if (orphan !== undefined) {
		fail(PROJECTIONS_FILE, orphan.line, `${orphan.code} has no figures and no IPSS area covers it`);
	}
	return { byCode, areas };
}

export function buildOutlook(
	municipalities: readonly Municipality[],
	population2025: ReadonlyMap<string, number>,
	projections: Projections,
	schemaVersion: number
): OutlookTable {
	const rows = municipalities.map((m): OutlookRow => ({
		code: m.code,
		pop2025: population2025.get(m.code) as number,
		projected: projections.byCode.get(m.code) ?? null
	}));
	return { schemaVersion, years: [...PROJECTION_YEARS], areas: projections.areas, municipalities: rows };
}
