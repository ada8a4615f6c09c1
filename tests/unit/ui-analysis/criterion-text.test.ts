import { describe, expect, test } from 'vitest';
import {
	formatCriterionValue,
	formatThreshold,
	hostOf,
	isRatioCriterion,
	parseSource,
	ruleWording
} from '../../../src/lib/ui/analysis/criterion-text';

const format = (value: number, decimals = 0) =>
	value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const words = { yes: 'yes', no: 'no', none: '—' };

describe('parseSource', () => {
	test('splits the section from the sources and takes their URLs out of the text', () => {
		const citation = parseSource(
			'連携中枢都市圏構想推進要綱 — 総務省「地方の創生」 2019-11-17; https://www.city.yamagata.gifu.jp/a.html; 総務省「取組状況」 https://expydoc.com/doc/7581306/'
		);
		expect(citation.section).toBe('連携中枢都市圏構想推進要綱');
		expect(citation.parts).toEqual([
			{ text: '総務省「地方の創生」 2019-11-17', href: null },
			{ text: '', href: 'https://www.city.yamagata.gifu.jp/a.html' },
			{ text: '総務省「取組状況」', href: 'https://expydoc.com/doc/7581306/' }
		]);
	});

	test('keeps a source without a separator as its section', () => {
		expect(parseSource('定住自立圏構想推進要綱')).toEqual({ section: '定住自立圏構想推進要綱', parts: [] });
	});
});

test('hostOf names the host, or returns what is not a URL', () => {
	expect(hostOf('https://www1.pref.shimane.lg.jp/admin/x')).toBe('www1.pref.shimane.lg.jp');
	expect(hostOf('not a url')).toBe('not a url');
});

describe('ruleWording', () => {
	test('reads the wording back from the label', () => {
		expect(ruleWording({ label: '昼夜間人口比率 0.991 (R2) — おおむね1以上: near' })).toBe('おおむね1以上');
	});

	test('keeps a colon inside the wording and drops the unverified suffix with the status', () => {
		expect(
			ruleWording({
				label:
					'三大都市圏 東京都 — 三大都市圏の都府県 (reading (b): 11都府県): fail [unverified rule wording]'
			})
		).toBe('三大都市圏の都府県 (reading (b): 11都府県)');
	});

	test('is empty for a label without wording', () => {
		expect(ruleWording({ label: 'fail' })).toBe('');
	});
});

test('isRatioCriterion looks at the last part of the id', () => {
	expect(isRatioCriterion('renkei.centre.dayNightRatio')).toBe(true);
	expect(isRatioCriterion('teiju.centre.mergedCityRatio')).toBe(true);
	expect(isRatioCriterion('renkei.centre.population')).toBe(false);
});

describe('formatCriterionValue', () => {
	test('ratios as percentages with one decimal, counts with separators', () => {
		expect(
			formatCriterionValue({ criterion: 'renkei.centre.dayNightRatio', value: 0.9911158 }, format, words)
		).toBe('99.1%');
		expect(
			formatCriterionValue({ criterion: 'renkei.centre.population', value: 460930 }, format, words)
		).toBe('460,930');
	});

	test('strings as given, booleans and null in words', () => {
		expect(formatCriterionValue({ criterion: 'x.type', value: '中核市' }, format, words)).toBe('中核市');
		expect(formatCriterionValue({ criterion: 'x.adjacent', value: true }, format, words)).toBe('yes');
		expect(formatCriterionValue({ criterion: 'x.adjacent', value: false }, format, words)).toBe('no');
		expect(formatCriterionValue({ criterion: 'x.commuting', value: null }, format, words)).toBe('—');
	});
});

describe('formatThreshold', () => {
	test('shows the near band of a ratio', () => {
		expect(
			formatThreshold(
				{ criterion: 'renkei.centre.dayNightRatio', threshold: 1, nearFrom: 0.99 },
				format,
				'near'
			)
		).toBe('100.0% (near 99.0%–100.0%)');
	});

	test('population thresholds without decimals; text and null as they are', () => {
		expect(
			formatThreshold({ criterion: 'x.population', threshold: 200000, nearFrom: null }, format, 'n')
		).toBe('200,000');
		expect(formatThreshold({ criterion: 'x.type', threshold: '市', nearFrom: null }, format, 'n')).toBe('市');
		expect(
			formatThreshold({ criterion: 'renkei.members.commuting', threshold: 0.1, nearFrom: null }, format, 'n')
		).toBe('10%');
		expect(formatThreshold({ criterion: 'x.type', threshold: null, nearFrom: null }, format, 'n')).toBeNull();
	});
});
