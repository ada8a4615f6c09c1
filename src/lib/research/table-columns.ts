/**
 * Which coverage-table columns show for a quantity, and how rows sort. Pure, so the
 * sorting is unit-tested; the national row is never sorted in among the prefectures.
 */
import { COVERAGE_CATEGORIES, type CoverageCategory, type CoverageRow } from '$lib/analysis/coverage';
import type { Quantity } from '$lib/state/research-url';

const FIELD_SUFFIX: Record<Quantity, 'Municipalities' | 'Population' | 'AreaKm2'> = {
	municipalities: 'Municipalities',
	population: 'Population',
	area: 'AreaKm2'
};
const TOTAL_FIELD: Record<Quantity, 'municipalities' | 'population' | 'areaKm2'> = {
	municipalities: 'municipalities',
	population: 'population',
	area: 'areaKm2'
};

export type NumericField = {
	[K in keyof CoverageRow]: CoverageRow[K] extends number | null ? K : never;
}[keyof CoverageRow];

export type SortKey = 'prefCode' | NumericField;
export type SortDirection = 'ascending' | 'descending';

export interface CategoryColumn {
	category: CoverageCategory;
	count: NumericField;
	pct: NumericField;
}

export function totalField(quantity: Quantity): NumericField {
	return TOTAL_FIELD[quantity];
}

export function categoryColumns(quantity: Quantity): CategoryColumn[] {
	return COVERAGE_CATEGORIES.map((category) => ({
		category,
		count: `${category}${FIELD_SUFFIX[quantity]}` as NumericField,
		pct: `${category}${FIELD_SUFFIX[quantity]}Pct` as NumericField
	}));
}

/** The share a choropleth shows for a row (0–100), or null. */
export function shareOf(row: CoverageRow, category: CoverageCategory, quantity: Quantity): number | null {
	return row[`${category}${FIELD_SUFFIX[quantity]}Pct`];
}

/** Sorted copy; nulls last in either direction, ties by prefecture code. */
export function sortRows(
	rows: readonly CoverageRow[],
	key: SortKey,
	direction: SortDirection
): CoverageRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		if (key === 'prefCode') return sign * a.prefCode.localeCompare(b.prefCode);
		const [x, y] = [a[key], b[key]];
		if (x === null || y === null) return x === y ? a.prefCode.localeCompare(b.prefCode) : x === null ? 1 : -1;
		return sign * (x - y) || a.prefCode.localeCompare(b.prefCode);
	});
}
