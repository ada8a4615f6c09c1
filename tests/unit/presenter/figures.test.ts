import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/lib/analysis/coverage';
import { joinPopulation2025 } from '../../../src/lib/data/population-2025';
import { prefectureFigures } from '../../../src/lib/presenter/figures';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres, outlook } = readCommittedGeodata();

describe('presenter headline figures', () => {
	it('name the census their population figures come from', () => {
		for (const census of [2020, 2025] as const) {
			const municipalities = census === 2025 ? joinPopulation2025(table, outlook) : table;
			const coverage = computeCoverage(
				{ manifest, municipalities, spheres: { schemaVersion: 1, spheres } },
				{ census }
			);
			const hiroshima = coverage.prefectures.find((row) => row.prefCode === '34')!;
			const figures = prefectureFigures(hiroshima, census);
			const name = census === 2025 ? '2025年国勢調査速報' : '2020年国勢調査';
			expect(figures[0].label).toBe(`人口 (${name})`);
			expect(
				figures.filter((f) => f.label.includes('人口カバー率')).every((f) => f.label.includes(name))
			).toBe(true);
		}
		const sum2025 = joinPopulation2025(table, outlook)
			.municipalities.filter((m) => m.prefCode === '34')
			.reduce((total, m) => total + (m.pop2025 ?? 0), 0);
		const coverage2025 = computeCoverage(
			{
				manifest,
				municipalities: joinPopulation2025(table, outlook),
				spheres: { schemaVersion: 1, spheres }
			},
			{ census: 2025 }
		);
		expect(coverage2025.prefectures.find((row) => row.prefCode === '34')!.population).toBe(sum2025);
	});
});
