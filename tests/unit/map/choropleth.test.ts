import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../../src/lib/data/types';
import {
	anchorLimits,
	classify,
	classIndex,
	equalIntervalLimits,
	METRICS,
	parseManualBreaks,
	quantileLimits
} from '../../../src/lib/map/choropleth';
import type { ChoroplethChoice } from '../../../src/lib/state/types';
import { readCommittedGeodata } from '../read-geodata';

const { table } = readCommittedGeodata();
const municipalities = table.municipalities;
const byName = (name: string) => municipalities.find((m) => m.name === name)!;

function municipality(code: string, overrides: Partial<Municipality>): Municipality {
	return {
		code,
		prefCode: code.slice(0, 2),
		prefName: '広島県',
		name: code,
		kana: '',
		kind: '市',
		pop2020: 1000,
		pop2015: 1000,
		daytimePop2020: 1000,
		dayNightRatio2020: 1,
		areaKm2: 10,
		statusSince: null,
		...overrides
	};
}

const choice = (overrides: Partial<ChoroplethChoice>): ChoroplethChoice => ({
	metric: 'pop',
	method: 'quantile',
	classes: 5,
	breaks: [],
	...overrides
});

describe('metric values', () => {
	it('gives 昼夜間人口比率 and 増減率 in percent and density per km²', () => {
		const fukuyama = municipalities.find((m) => m.code === '34207')!;
		expect(METRICS.pop.value(fukuyama)).toBe(460930);
		expect(METRICS.ratio.value(fukuyama)).toBeCloseTo(fukuyama.dayNightRatio2020! * 100);
		expect(METRICS.density.value(fukuyama)).toBeCloseTo(460930 / fukuyama.areaKm2);
		expect(METRICS.change.value(fukuyama)).toBeCloseTo(
			((460930 - fukuyama.pop2015) / fukuyama.pop2015) * 100
		);
	});

	it('has no 昼夜間人口比率 for 双葉町 and no change rate for the four evacuated towns', () => {
		expect(METRICS.ratio.value(byName('双葉町'))).toBeNull();
		for (const name of ['富岡町', '大熊町', '双葉町', '浪江町'])
			expect(METRICS.change.value(byName(name))).toBeNull();
	});
});

describe('class limits', () => {
	it('splits quantiles into equally filled classes', () => {
		const values = Array.from({ length: 100 }, (_, index) => index);
		expect(quantileLimits(values, 4)).toEqual([24.75, 49.5, 74.25]);
	});

	it('drops repeated quantile limits of tied values', () => {
		expect(quantileLimits([1, 1, 1, 1, 1, 1, 2, 3], 4)).toEqual([1, 1.25]);
	});

	it('splits the range evenly for equal intervals', () => {
		expect(equalIntervalLimits(0, 100, 4)).toEqual([25, 50, 75]);
		expect(equalIntervalLimits(5, 5, 4)).toEqual([]);
	});

	it('moves the nearest limit onto the midpoint so no class straddles it', () => {
		expect(anchorLimits([80, 97, 120], 100, [50, 200])).toEqual([80, 100, 120]);
		expect(anchorLimits([110, 120], 100, [50, 200])).toEqual([100, 120]);
		expect(anchorLimits([99, 99.5, 130], 100, [50, 200])).toEqual([99, 100, 130]);
		expect(anchorLimits([], 100, [50, 200])).toEqual([100]);
		// A midpoint outside the data changes nothing.
		expect(anchorLimits([10, 20], 100, [0, 50])).toEqual([10, 20]);
	});

	it('finds the class of a value: lower limits inclusive', () => {
		const limits = [10, 20, 30];
		expect(classIndex(limits, 5)).toBe(0);
		expect(classIndex(limits, 10)).toBe(1);
		expect(classIndex(limits, 29.9)).toBe(2);
		expect(classIndex(limits, 30)).toBe(3);
		expect(classIndex([], 30)).toBe(0);
	});
});

describe('classify', () => {
	it('classifies all 1,741 municipalities by population in quantiles of about equal size', () => {
		const result = classify(choice({}), municipalities);
		expect(result.classes).toHaveLength(5);
		expect(result.noDataCount).toBe(0);
		expect(result.classByCode.size).toBe(1741);
		for (const entry of result.classes) expect(entry.count).toBeGreaterThan(330);
		expect(result.classes[0].min).toBeNull();
		expect(result.classes[4].max).toBeNull();
		expect(result.extent![0]).toBe(Math.min(...municipalities.map((m) => m.pop2020)));
	});

	it('leaves municipalities without a value out of every class', () => {
		const result = classify(choice({ metric: 'change' }), municipalities);
		expect(result.noDataCount).toBe(4);
		expect(result.classByCode.has(byName('大熊町').code)).toBe(false);
		const ratio = classify(choice({ metric: 'ratio' }), municipalities);
		expect(ratio.noDataCount).toBe(1);
	});

	it('centres the day/night ratio on 100%: classes below and above get different hues', () => {
		const result = classify(choice({ metric: 'ratio', method: 'quantile', classes: 6 }), municipalities);
		expect(result.limits).toContain(100);
		const below = result.classes.filter((entry) => entry.max !== null && entry.max <= 100);
		const above = result.classes.filter((entry) => entry.min !== null && entry.min >= 100);
		expect(below.length + above.length).toBe(result.classes.length);
		expect(below.length).toBeGreaterThan(0);
		expect(above.length).toBeGreaterThan(0);
		// BrBG: brown below the midpoint, blue-green above.
		const rgb = (colour: string) => colour.match(/\d+/g)!.map(Number);
		for (const entry of below) expect(rgb(entry.colour)[0]).toBeGreaterThan(rgb(entry.colour)[2]);
		for (const entry of above) expect(rgb(entry.colour)[2]).toBeGreaterThan(rgb(entry.colour)[0]);
	});

	it('gives classes as dark on both sides of the midpoint for the same distance', () => {
		const sample = [60, 70, 80, 90, 110, 120, 130, 140].map((ratio, index) =>
			municipality(String(10000 + index), { dayNightRatio2020: ratio / 100 })
		);
		const result = classify(choice({ metric: 'ratio', method: 'manual', breaks: [80, 100, 120] }), sample);
		const [farBelow, nearBelow, nearAbove, farAbove] = result.classes.map((entry) => entry.colour);
		const lightness = (colour: string) =>
			colour
				.match(/\d+/g)!
				.map(Number)
				.reduce((a, b) => a + b, 0);
		expect(lightness(nearBelow)).toBeGreaterThan(lightness(farBelow));
		expect(lightness(nearAbove)).toBeGreaterThan(lightness(farAbove));
		expect(Math.abs(lightness(nearBelow) - lightness(nearAbove))).toBeLessThan(120);
	});

	it('uses manual limits as given', () => {
		const sample = [5, 15, 25, 35].map((pop, index) => municipality(String(20000 + index), { pop2020: pop }));
		const result = classify(choice({ method: 'manual', breaks: [10, 20, 30] }), sample);
		expect(result.limits).toEqual([10, 20, 30]);
		expect([...result.classByCode.values()]).toEqual([0, 1, 2, 3]);
		expect(result.classes.map((entry) => [entry.min, entry.max, entry.count])).toEqual([
			[null, 10, 1],
			[10, 20, 1],
			[20, 30, 1],
			[30, null, 1]
		]);
	});

	it('copes with no data at all', () => {
		const result = classify(choice({ metric: 'ratio' }), [
			municipality('30000', { dayNightRatio2020: null })
		]);
		expect(result.classes).toHaveLength(1);
		expect(result.noDataCount).toBe(1);
		expect(result.extent).toBeNull();
	});

	it('changes its key when the classes change', () => {
		const quantile = classify(choice({}), municipalities);
		const equal = classify(choice({ method: 'equal' }), municipalities);
		expect(quantile.key).not.toBe(equal.key);
		expect(classify(choice({}), municipalities).key).toBe(quantile.key);
	});
});

describe('parseManualBreaks', () => {
	it('reads numbers separated by commas, 、 or spaces, in any order', () => {
		expect(parseManualBreaks('100, 50 200', 8)).toEqual([50, 100, 200]);
		expect(parseManualBreaks('９０、１１０', 8)).toEqual([90, 110]);
		expect(parseManualBreaks('-1.5,.5', 8)).toEqual([-1.5, 0.5]);
	});

	it('refuses anything else', () => {
		for (const text of [
			'',
			' , ',
			'abc',
			'1e3',
			'1,2,x',
			'NaN',
			'Infinity',
			'1,2,3,4,5,6,7,8,9',
			'1'.repeat(20)
		]) {
			expect(parseManualBreaks(text, 8)).toBeNull();
		}
	});
});
