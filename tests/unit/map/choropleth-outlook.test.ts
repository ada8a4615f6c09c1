import { describe, expect, it } from 'vitest';
import { classify, METRICS } from '../../../src/lib/map/choropleth';
import { readCommittedGeodata } from '../read-geodata';

const { table, outlook } = readCommittedGeodata();
const rows = new Map(outlook.municipalities.map((row) => [row.code, row]));
const byName = (name: string) => table.municipalities.find((m) => m.name === name)!;
const choice = (metric: 'pop2025' | 'change2025' | 'change2050') => ({
	metric,
	method: 'quantile' as const,
	classes: 6,
	breaks: [] as number[]
});

describe('choropleth measures of 2025 and the IPSS outlook', () => {
	it('reads population 2025 and the changes from outlook.json', () => {
		const kure = byName('呉市');
		expect(METRICS.pop2025.value(kure, rows)).toBe(191_653);
		expect(METRICS.change2025.value(kure, rows)).toBeCloseTo((191_653 / 214_592 - 1) * 100, 6);
		expect(METRICS.change2050.value(kure, rows)).toBeCloseTo((129_151 / 214_592 - 1) * 100, 6);
		expect(METRICS.pop2025.value(kure, null)).toBeNull();
	});

	it('gives いわき市 no projected change (no data), not zero; 双葉町 no 2020→2025 rate', () => {
		expect(METRICS.change2050.value(byName('いわき市'), rows)).toBeNull();
		expect(METRICS.change2025.value(byName('双葉町'), rows)).toBeNull();
	});

	it('splits the projected change on a diverging scale at 0', () => {
		const result = classify(choice('change2050'), table.municipalities, rows);
		expect(METRICS.change2050.midpoint).toBe(0);
		expect(result.noDataCount).toBe(13);
		expect(result.extent![1]).toBeGreaterThan(0);
		expect(result.limits).toContain(0);
	});
});
