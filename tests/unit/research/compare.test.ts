import { describe, expect, it } from 'vitest';
import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { computeCoverage } from '../../../src/lib/analysis/coverage';
import {
	compareAggregates,
	compareCoverageRows,
	MIXED_MEASURES,
	overlapOf,
	PREFECTURE_MEASURES,
	prefectureSubject,
	sphereSubject
} from '../../../src/lib/analysis/research/compare';
import { committedContext } from '../analysis/committed-context';
import { readCommittedGeodata } from '../read-geodata';

const context = committedContext();

describe('compare two subjects', () => {
	it('reduces a sphere on a date to its active members, centres first', () => {
		const sphere = context.spheresById.get('bingo')!;
		const subject = sphereSubject(sphere, '2025-04-01');
		expect(subject.key).toBe('sphere:bingo');
		expect(subject.kind).toBe('renkei');
		expect(subject.codes.slice(0, subject.centres.length)).toEqual(subject.centres);
		expect(subject.codes.length).toBeGreaterThan(1);
		expect(sphereSubject(sphere, '2000-01-01')).toMatchObject({ codes: [], centres: [], note: 'inactive' });
	});

	it('gives B − A and its percentage for each measure', () => {
		const tottori = [...context.municipalities.values()]
			.filter((m) => m.prefCode === '31')
			.map((m) => m.code);
		const shimane = [...context.municipalities.values()]
			.filter((m) => m.prefCode === '32')
			.map((m) => m.code);
		const a = aggregateCodes(context, prefectureSubject(context.prefectures.get('31')!, tottori).codes);
		const b = aggregateCodes(context, shimane);
		const rows = compareAggregates(a, b);
		const population = rows.find((row) => row.measure === 'population')!;
		expect(population.a).toBe(a.population);
		expect(population.delta).toBe(b.population - a.population);
		expect(population.deltaPct).toBeCloseTo(((b.population - a.population) / a.population) * 100, 10);
		expect(rows.find((row) => row.measure === 'memberCount')).toMatchObject({ a: 19, b: 19, delta: 0 });
		expect(rows.find((row) => row.measure === 'prefectures')).toMatchObject({ a: 1, b: 1 });
	});

	it('leaves the percentage out where A is zero or a figure is missing', () => {
		const empty = aggregateCodes(context, []);
		const one = aggregateCodes(context, ['31201'], { census: 2015 });
		const rows = compareAggregates(empty, one);
		expect(rows.find((row) => row.measure === 'population')).toMatchObject({ a: 0, deltaPct: null });
		expect(rows.find((row) => row.measure === 'dayNightRatio')).toMatchObject({ b: null, delta: null });
		expect(rows.find((row) => row.measure === 'parts')).toMatchObject({ a: 0, b: 1 });
	});

	it('splits two lists into A only, shared and B only', () => {
		expect(overlapOf(['1', '2', '3'], ['3', '4'])).toEqual({
			onlyA: ['1', '2'],
			shared: ['3'],
			onlyB: ['4']
		});
	});

	it('compares two prefectures by coverage of each scheme, shares in points', () => {
		const { manifest, table, spheres } = readCommittedGeodata();
		const coverage = computeCoverage(
			{ manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } },
			{ asOf: '2025-04-01' }
		);
		const okayama = coverage.prefectures.find((row) => row.prefCode === '33')!;
		const hiroshima = coverage.prefectures.find((row) => row.prefCode === '34')!;
		const rows = compareCoverageRows(okayama, hiroshima);
		expect(rows.map((row) => row.measure)).toEqual(PREFECTURE_MEASURES);
		expect(rows.map((row) => row.measure)).not.toContain('parts');
		const renkeiPopulation = rows.find((row) => row.measure === 'renkeiPopulationPct')!;
		expect(renkeiPopulation).toMatchObject({
			a: okayama.renkeiPopulationPct,
			b: hiroshima.renkeiPopulationPct,
			share: true,
			deltaPct: null
		});
		expect(renkeiPopulation.delta).toBeCloseTo(
			hiroshima.renkeiPopulationPct! - okayama.renkeiPopulationPct!,
			10
		);
		// 広島県's 定住自立圏 list is incomplete (三次市・府中市 unverified): its 定住自立圏 figures say so.
		expect(hiroshima.teijuIncomplete).toBe(true);
		expect(rows.find((row) => row.measure === 'teijuPopulationPct')!.partialB).toBe(true);
		expect(rows.find((row) => row.measure === 'renkeiPopulationPct')!.partialB).toBe(false);
		expect(rows.find((row) => row.measure === 'municipalities')).toMatchObject({
			share: false,
			partialB: false
		});
	});

	it('flags every figure of a sphere whose members are only partly confirmed', () => {
		const kushiro = sphereSubject(context.spheresById.get('kushiro')!, '2025-04-01');
		const bingo = sphereSubject(context.spheresById.get('bingo')!, '2025-04-01');
		expect(kushiro.partial).toBe(true);
		const rows = compareAggregates(
			aggregateCodes(context, bingo.codes),
			aggregateCodes(context, kushiro.codes),
			MIXED_MEASURES,
			{ partialA: bingo.partial, partialB: kushiro.partial }
		);
		expect(rows.map((row) => row.measure)).toEqual(MIXED_MEASURES);
		expect(rows.every((row) => row.partialB && !row.partialA)).toBe(true);
	});
});
