import type { Municipality, MunicipalityKind, Prefecture } from '../../src/lib/data/types';
import { requireField, type CsvRecord } from './csv';
import type { NameResolver } from './resolve';

export const CENSUS_FILE = 'census/municipalities.csv';
export const CITY_STATUS_FILE = 'cities/city_status.csv';

const UNIT_TYPES = ['designated_city', 'city', 'town_village', 'special_ward'] as const;
type UnitType = (typeof UNIT_TYPES)[number];

export interface CensusRow {
	line: number;
	code: string;
	prefecture: string;
	name: string;
	unitType: UnitType;
	pop2020: number;
	pop2015: number;
	daytimePop2020: number;
	dayNightRatio2020: number | null;
	areaKm2: number;
}

function parseNumber(record: CsvRecord, column: string, allowEmpty: boolean): number | null {
	const raw = requireField(record, column, CENSUS_FILE);
	if (raw === '' && allowEmpty) return null;
	const value = Number(raw);
	if (raw === '' || !Number.isFinite(value)) {
		throw new Error(`${CENSUS_FILE}:${record.line}: "${column}" is not a number: "${raw}"`);
	}
	return value;
}

/** Census rows of the 1,741 municipalities; designated-city wards are skipped. */
export function readCensus(records: CsvRecord[]): CensusRow[] {
	const rows: CensusRow[] = [];
	for (const record of records) {
		const unitType = requireField(record, 'unit_type', CENSUS_FILE);
		if (unitType === 'designated_city_ward') continue;
		if (!(UNIT_TYPES as readonly string[]).includes(unitType)) {
			throw new Error(`${CENSUS_FILE}:${record.line}: unknown unit_type "${unitType}"`);
		}
		const code = requireField(record, 'code', CENSUS_FILE);
		if (!/^\d{5}$/.test(code)) {
			throw new Error(`${CENSUS_FILE}:${record.line}: code is not 5 digits: "${code}"`);
		}
		rows.push({
			line: record.line,
			code,
			prefecture: requireField(record, 'prefecture', CENSUS_FILE),
			name: requireField(record, 'name', CENSUS_FILE),
			unitType: unitType as UnitType,
			pop2020: parseNumber(record, 'population_2020', false) as number,
			pop2015: parseNumber(record, 'population_2015', false) as number,
			daytimePop2020: parseNumber(record, 'daytime_population_2020', false) as number,
			dayNightRatio2020: parseNumber(record, 'day_night_ratio_2020', true),
			areaKm2: parseNumber(record, 'area_km2', false) as number
		});
	}
	return rows;
}

interface CityStatus {
	status: '政令指定都市' | '中核市' | '施行時特例市';
	since: string | null;
}

const STATUSES = ['政令指定都市', '中核市', '施行時特例市'];

/** 政令指定都市 / 中核市 / 施行時特例市 by code, resolved by prefecture + name. */
export function readCityStatus(records: CsvRecord[], resolver: NameResolver): Map<string, CityStatus> {
	const byCode = new Map<string, CityStatus>();
	for (const record of records) {
		const status = requireField(record, 'status', CITY_STATUS_FILE);
		if (!STATUSES.includes(status)) {
			throw new Error(`${CITY_STATUS_FILE}:${record.line}: unknown status "${status}"`);
		}
		const code = resolver.resolve(
			requireField(record, 'prefecture', CITY_STATUS_FILE),
			requireField(record, 'city_name', CITY_STATUS_FILE),
			{ file: CITY_STATUS_FILE, line: record.line }
		);
		if (byCode.has(code)) {
			throw new Error(`${CITY_STATUS_FILE}:${record.line}: ${code} is listed twice`);
		}
		const since = requireField(record, 'designated_on', CITY_STATUS_FILE);
		byCode.set(code, { status: status as CityStatus['status'], since: since || null });
	}
	return byCode;
}

function kindOf(row: CensusRow, status: CityStatus | undefined): MunicipalityKind {
	switch (row.unitType) {
		case 'special_ward':
			return '特別区';
		case 'designated_city':
			return '政令指定都市';
		case 'city':
			return status?.status === '中核市' || status?.status === '施行時特例市' ? status.status : '市';
		case 'town_village':
			if (row.name.endsWith('町')) return '町';
			if (row.name.endsWith('村')) return '村';
			throw new Error(`${CENSUS_FILE}:${row.line}: cannot tell 町 from 村 in "${row.name}"`);
	}
}

export function buildMunicipalities(
	census: CensusRow[],
	statuses: Map<string, CityStatus>,
	readings: Map<string, string>
): Municipality[] {
	for (const [code, status] of statuses) {
		const row = census.find((r) => r.code === code);
		const expected = status.status === '政令指定都市' ? 'designated_city' : 'city';
		if (row?.unitType !== expected) {
			throw new Error(`${CITY_STATUS_FILE}: ${code} is a ${status.status} but census says ${row?.unitType}`);
		}
	}
	return census
		.map((row) => {
			const kana = readings.get(row.code);
			if (!kana) throw new Error(`no reading for ${row.code} ${row.name}`);
			const status = statuses.get(row.code);
			return {
				code: row.code,
				prefCode: row.code.slice(0, 2),
				prefName: row.prefecture,
				name: row.name,
				kana,
				kind: kindOf(row, status),
				pop2020: row.pop2020,
				pop2015: row.pop2015,
				daytimePop2020: row.daytimePop2020,
				dayNightRatio2020: row.dayNightRatio2020,
				areaKm2: row.areaKm2,
				statusSince: status?.since ?? null
			};
		})
		.sort((a, b) => a.code.localeCompare(b.code));
}

export function buildPrefectures(
	municipalities: Municipality[],
	readings: Map<string, string>
): Prefecture[] {
	const byCode = new Map<string, string>();
	for (const m of municipalities) {
		const seen = byCode.get(m.prefCode);
		if (seen !== undefined && seen !== m.prefName) {
			throw new Error(`prefecture ${m.prefCode} is named both ${seen} and ${m.prefName}`);
		}
		byCode.set(m.prefCode, m.prefName);
	}
	return [...byCode]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, name]) => {
			const kana = readings.get(code);
			if (!kana) throw new Error(`no reading for prefecture ${code} ${name}`);
			return { code, name, kana };
		});
}
