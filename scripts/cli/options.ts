import type { SphereKind } from '../../src/lib/data/types';
import { isCalendarDate } from '../../src/lib/analysis/as-of';
import { DEFAULT_CENSUS_YEAR, type CensusYear } from '../../src/lib/analysis/census';
import { CliUsageError } from './errors';

export type OptionValues = Record<string, string | boolean | undefined>;

export function stringOption(values: OptionValues, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

export function parseCensus(value: string | undefined): CensusYear {
	if (value === undefined) return DEFAULT_CENSUS_YEAR;
	if (value === '2015' || value === '2020' || value === '2025') return Number(value) as CensusYear;
	throw new CliUsageError(`Invalid --census "${value}" (expected 2015, 2020 or 2025)`);
}

export function parseAsOf(value: string | undefined): string | null {
	if (value === undefined) return null;
	if (!isCalendarDate(value)) {
		throw new CliUsageError(`Invalid --as-of date "${value}" (expected a real calendar date, YYYY-MM-DD)`);
	}
	return value;
}

export function parseKind(value: string | undefined, what = 'kind'): SphereKind {
	if (value === 'renkei' || value === 'teiju') return value;
	throw new CliUsageError(`Invalid ${what} "${value ?? ''}" (expected renkei or teiju)`);
}

export function parseCodeList(value: string, what: string): string[] {
	const codes = value.split(',').map((code) => code.trim());
	const malformed = codes.find((code) => !/^\d{5}$/.test(code));
	if (malformed !== undefined) {
		throw new CliUsageError(
			`Invalid ${what} "${malformed}" (expected 5-digit municipality codes separated by commas)`
		);
	}
	return codes;
}

export function parsePositiveInteger(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const parsed = Number(value);
	if (!Number.isInteger(parsed) || parsed <= 0)
		throw new CliUsageError(`Invalid --${name} "${value}" (expected a positive integer)`);
	return parsed;
}
