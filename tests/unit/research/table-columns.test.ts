import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageRow } from '../../../src/lib/analysis/coverage';
import { categoryColumns, shareOf, sortRows, totalField } from '../../../src/lib/research/table-columns';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres } = readCommittedGeodata();
const coverage = computeCoverage({ manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } });

describe('coverage table columns and sorting', () => {
	it('names real fields of the coverage row for every quantity', () => {
		const row = coverage.national;
		for (const quantity of ['municipalities', 'population', 'area'] as const) {
			expect(typeof row[totalField(quantity)]).toBe('number');
			for (const column of categoryColumns(quantity)) {
				expect(Object.hasOwn(row, column.count)).toBe(true);
				expect(row[column.pct]).toBe(shareOf(row, column.category, quantity));
			}
		}
		expect(categoryColumns('area')[0]).toEqual({
			category: 'renkei',
			count: 'renkeiAreaKm2',
			pct: 'renkeiAreaKm2Pct'
		});
	});

	it('sorts by a share in either direction, ties by prefecture code, nulls last', () => {
		const descending = sortRows(coverage.prefectures, 'renkeiPopulationPct', 'descending');
		const values = descending.map((row) => row.renkeiPopulationPct ?? -1);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		const ascending = sortRows(coverage.prefectures, 'renkeiPopulationPct', 'ascending');
		expect(ascending[0].renkeiPopulationPct).toBe(Math.min(...values));
		const zeros = ascending.filter((row) => row.renkeiPopulationPct === 0).map((row) => row.prefCode);
		expect(zeros).toEqual([...zeros].sort());
		const withNull = [
			{ ...coverage.prefectures[0], projects: null },
			coverage.prefectures[1]
		] as CoverageRow[];
		expect(sortRows(withNull, 'projects', 'ascending')[1].projects).toBeNull();
		expect(sortRows(withNull, 'projects', 'descending')[1].projects).toBeNull();
		expect(sortRows(descending, 'prefCode', 'ascending').map((r) => r.prefCode)).toEqual(
			coverage.prefectures.map((r) => r.prefCode)
		);
	});
});
