import { describe, expect, it } from 'vitest';
import {
	municipalityEntries,
	normaliseForSearch,
	idReadings,
	prefectureDetail,
	search,
	sphereEntries
} from '../../../src/lib/state/search';
import { readCommittedGeodata } from '../read-geodata';

const { table, spheres } = readCommittedGeodata();
const entries = [
	...municipalityEntries(table.municipalities, prefectureDetail(table.prefectures)),
	...sphereEntries(
		spheres,
		(sphere) => sphere.kind,
		(code) => table.municipalities.find((municipality) => municipality.code === code)?.kana
	)
];
const labels = (query: string, limit?: number) =>
	search(entries, query, limit).map((result) => result.entry.label);

describe('normaliseForSearch', () => {
	it('folds katakana, full-width characters, case and spaces', () => {
		expect(normaliseForSearch('フクヤマ シ')).toBe('ふくやまし');
		expect(normaliseForSearch('３４２０７')).toBe('34207');
		expect(normaliseForSearch('Bingo・ｂｉｎｇｏ')).toBe('bingobingo');
	});
});

describe('search', () => {
	it('finds 福山市 by kana, kanji and code', () => {
		expect(labels('ふくやま')[0]).toBe('福山市');
		expect(labels('フクヤマ')[0]).toBe('福山市');
		expect(labels('福山')[0]).toBe('福山市');
		expect(labels('34207')).toEqual(['福山市']);
		expect(labels('広島県福山')).toEqual(['福山市']);
	});

	it('ranks prefix matches before partial ones, bigger towns first', () => {
		const results = search(entries, 'やま', 50);
		const firstPartial = results.findIndex((result) => result.match === 'partial');
		expect(firstPartial).toBeGreaterThan(0);
		expect(results.slice(0, firstPartial).every((result) => result.match !== 'partial')).toBe(true);
		const prefixWeights = results.slice(0, firstPartial).map((result) => result.entry.weight);
		expect(prefixWeights).toEqual([...prefixWeights].sort((a, b) => b - a));
	});

	it('finds partial matches inside names', () => {
		expect(labels('後圏域')).toContain('備後圏域連携中枢都市圏');
	});

	it('finds spheres by name and by their alternative name', () => {
		expect(labels('備後圏域')).toContain('備後圏域連携中枢都市圏');
		const alternative = spheres.find((sphere) => sphere.note === '日高見の国定住自立圏')!;
		expect(labels('日高見')).toContain(alternative.name);
	});

	it('returns nothing for an empty query and respects the limit', () => {
		expect(search(entries, '   ')).toEqual([]);
		expect(labels('町', 5)).toHaveLength(5);
	});

	it('finds spheres by the kana reading of their id, in hiragana or katakana', () => {
		expect(labels('びんご')).toContain('備後圏域連携中枢都市圏');
		expect(labels('ビンゴ')).toContain('備後圏域連携中枢都市圏');
		expect(labels('なかうみ')).toContain(spheres.find((sphere) => sphere.id === 'nakaumi')!.name);
		expect(labels('とくしまとぶ')).toContain(spheres.find((sphere) => sphere.id === 'tokushima-tobu')!.name);
	});

	it('finds a sphere by the reading of its centre city', () => {
		const bingo = search(entries, 'ふくやま', 20).filter((result) => result.entry.target.kind === 'sphere');
		expect(bingo.map((result) => result.entry.label)).toContain('備後圏域連携中枢都市圏');
	});
});

describe('idReadings', () => {
	it('reads each romanised word as hiragana, and the whole id', () => {
		expect(idReadings('bingo')).toEqual(['びんご']);
		expect(idReadings('tokushima-tobu')).toEqual(['とくしま', 'とぶ', 'とくしまとぶ']);
	});

	it('leaves out words that are not romanised Japanese', () => {
		expect(idReadings('yamaguchi-city')).toEqual(['やまぐち']);
	});
});
