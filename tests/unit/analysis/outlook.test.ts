import { describe, expect, it } from 'vitest';
import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { censusFigures, RATIO_FROM_2020 } from '../../../src/lib/analysis/census';
import { createAnalysisContext } from '../../../src/lib/analysis/context';
import { evaluateCentre } from '../../../src/lib/analysis/eligibility/evaluate';
import {
	centresBelowThresholds,
	outlookOf,
	populationPath,
	sphereOutlook
} from '../../../src/lib/analysis/outlook';
import { ELIGIBILITY_RULES } from '../../../src/lib/analysis/rules';
import { analyseSphere } from '../../../src/lib/analysis/sphere';
import type { JapanTopology } from '../../../src/lib/data/types';
import { readCommittedGeodata } from '../read-geodata';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();
const drawn = [...context.municipalities.keys()];
const kure = codeOf('広島県', '呉市');
const matsue = codeOf('島根県', '松江市');
const iwaki = codeOf('福島県', 'いわき市');

describe('the 2025 census base (令和7年 速報)', () => {
	it('sums to 123,049,524 over the municipalities the map draws', () => {
		expect(aggregateCodes(context, drawn, { census: 2025, outline: false }).population).toBe(123_049_524);
	});

	it('puts 松江市 and 呉市 below 200,000 in 2025, both above it in 2020', () => {
		for (const code of [matsue, kure]) {
			const m = context.municipalities.get(code)!;
			expect(m.pop2020).toBeGreaterThanOrEqual(200_000);
			expect(censusFigures(m, 2025).population).toBeLessThan(200_000);
		}
		expect(context.municipalities.get(kure)?.pop2025).toBe(191_653);
		expect(context.municipalities.get(matsue)?.pop2025).toBe(193_586);
	});

	it('fails the 連携中枢都市 population criterion of 呉市 on 2025 and passes it on 2020', () => {
		const criterion = (census: 2020 | 2025) =>
			evaluateCentre(context, 'renkei', kure, { census }).criteria.find(
				(c) => c.criterion === 'renkei.centre.population'
			);
		expect(criterion(2020)?.status).toBe('pass');
		expect(criterion(2025)).toMatchObject({ status: 'fail', value: 191_653, census: 2025 });
	});

	it('reads the 2020 昼夜間人口比率 for a check on 2025, and says so on that criterion', () => {
		const result = evaluateCentre(context, 'renkei', codeOf('広島県', '福山市'), { census: 2025 });
		const ratio = result.criteria.find((c) => c.criterion === 'renkei.centre.dayNightRatio')!;
		expect(ratio.census).toBe(2020);
		expect(ratio.censusNote).toBe(RATIO_FROM_2020);
		expect(ratio.label).toContain('2020 (R2) ratio is used');
		expect(ratio.value).toBe(context.municipalities.get(codeOf('広島県', '福山市'))?.dayNightRatio2020);
		const population = result.criteria.find((c) => c.criterion === 'renkei.centre.population')!;
		expect(population.censusNote).toBeUndefined();
	});

	it('has no daytime aggregate on 2025 and says why', () => {
		const aggregate = analyseSphere(context, 'bingo', { census: 2025, outline: false }).aggregate;
		expect(aggregate.daytimePopulation).toBeNull();
		expect(aggregate.dayNightRatio).toBeNull();
		expect(aggregate.unavailable[0]).toContain('速報 has no daytime population');
	});

	it('refuses the 2025 base without outlook.json rather than counting zero', () => {
		const { table, spheres, topology } = readCommittedGeodata();
		const bare = createAnalysisContext({
			municipalities: table,
			spheres: { schemaVersion: 1, spheres },
			topology: topology as JapanTopology
		});
		expect(() => aggregateCodes(bare, [kure], { census: 2025, outline: false })).toThrow('outlook.json');
		expect(() => populationPath(bare, [kure])).toThrow('outlook.json');
	});
});

describe('IPSS outlook', () => {
	it('gives the IPSS national total of 2050, 104,686,386, with 浜通り counted as one area', () => {
		const path = populationPath(context, drawn);
		expect(path.projected.at(-1)).toBe(104_686_386);
		expect(path.census2020).toBe(126_146_099);
		expect(path.areasCounted).toEqual(['07999']);
		expect(path.unprojected).toEqual([]);
	});

	it('has no projection for いわき市, never zero', () => {
		const outlook = outlookOf(context, { kind: 'renkei', centres: [iwaki], codes: [iwaki] });
		expect(outlook.centre.projected.every((value) => value === null)).toBe(true);
		expect(outlook.centre.unprojected).toEqual([iwaki]);
		expect(outlook.crossings[0]).toMatchObject({ noProjection: true, firstProjectedYear: null });
		expect(outlook.centre.census2025).toBe(306_495);
	});

	it('follows 備後圏域 down from 2020 to 2050 and keeps 福山市 above 20万', () => {
		const outlook = sphereOutlook(context, 'bingo');
		const series = [outlook.sphere.census2020, ...outlook.sphere.projected] as number[];
		for (let i = 1; i < series.length; i += 1) expect(series[i]).toBeLessThan(series[i - 1]);
		expect(outlook.years).toEqual([2025, 2030, 2035, 2040, 2045, 2050]);
		expect(outlook.centre.projected.at(-1)).toBe(383_669);
		expect(outlook.sphere.changeFrom2020.at(-1)).toBeCloseTo(621_862 / 852_168 - 1, 10);
		expect(outlook.crossings).toEqual([
			expect.objectContaining({
				criterion: 'renkei.centre.population',
				threshold: ELIGIBILITY_RULES.renkei.centre.population.threshold,
				crossedIn2020: false,
				crossedIn2025: false,
				firstProjectedYear: null
			})
		]);
	});

	it('finds the first projected year a centre falls below its threshold (函館市, 20万)', () => {
		const hakodate = codeOf('北海道', '函館市');
		const outlook = outlookOf(context, { kind: 'renkei', centres: [hakodate], codes: [hakodate] });
		// IPSS: 2030 216,113, 2035 199,358.
		expect(outlook.crossings[0]).toMatchObject({ firstProjectedYear: 2035, crossedIn2020: false });
	});

	it('reports the 5万 and the 4万 of a 定住自立圏 centre, the 4万 crossing only at or below it', () => {
		const outlook = outlookOf(context, { kind: 'teiju', centres: [kure], codes: [kure] });
		expect(outlook.crossings.map((c) => [c.criterion, c.threshold, c.crossedWhen])).toEqual([
			['teiju.centre.population', ELIGIBILITY_RULES.teiju.centre.population.threshold, 'below'],
			['teiju.centre.population.floor', ELIGIBILITY_RULES.teiju.centre.population.floor, 'at-or-below']
		]);
	});

	it('counts an area only when all of its members are listed', () => {
		const area = context.projections!.areas[0];
		expect(populationPath(context, area.members).projected).toEqual(area.projected);
		expect(populationPath(context, area.members.slice(1)).projected.every((v) => v === null)).toBe(true);
	});

	it('reports thresholds of both kinds for a list without a kind, and rejects a centre outside the list', () => {
		const outlook = outlookOf(context, { kind: null, centres: [kure], codes: [kure] });
		expect(outlook.crossings.map((c) => c.criterion)).toEqual([
			'renkei.centre.population',
			'teiju.centre.population',
			'teiju.centre.population.floor'
		]);
		expect(outlook.crossings[0]).toMatchObject({ crossedIn2020: false, crossedIn2025: true });
		expect(() => outlookOf(context, { kind: null, centres: [matsue], codes: [kure] })).toThrow(
			`Centre ${matsue} is not among the counted codes`
		);
	});
});

describe('centres below their thresholds', () => {
	const current = context.spheres.filter((s) => s.endedOn === null);

	it('lists 呉市 on the 2025 速報, not 松江市 (a two-city centre with 米子市), and more by 2050 than by 2035', () => {
		const by2035 = centresBelowThresholds(context, current, 2035, '2025-04-01');
		const by2050 = centresBelowThresholds(context, current, 2050, '2025-04-01');
		const on2025 = by2035.filter((row) => row.when === 'census2025');
		const renkei2025 = on2025.filter((row) => row.crossing.criterion === 'renkei.centre.population');
		expect(renkei2025.map((row) => row.crossing.subject[0])).toEqual([kure]);
		expect(on2025.some((row) => row.crossing.subject.includes(matsue))).toBe(false);
		expect(by2050.length).toBeGreaterThan(by2035.length);
		expect(by2050.every((row) => row.when !== null)).toBe(true);
		// いわき市 has no projection: it is never listed on a projected year.
		expect(by2050.some((row) => row.crossing.subject.includes(iwaki) && typeof row.when === 'number')).toBe(
			false
		);
	});
});
