import { describe, expect, it } from 'vitest';
import type { EligibilityResult } from '../../../src/lib/analysis/eligibility/criterion';
import {
	evaluateCentre,
	evaluateEligibility,
	evaluatePair
} from '../../../src/lib/analysis/eligibility/evaluate';
import { ELIGIBILITY_RULES } from '../../../src/lib/analysis/rules';
import { analyseSphere } from '../../../src/lib/analysis/sphere';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();
const criterion = (result: EligibilityResult, id: string, subject?: string) => {
	const found = result.criteria.find(
		(c) => c.criterion === id && (subject === undefined || c.subject.includes(subject))
	);
	if (found === undefined) throw new Error(`no criterion ${id} ${subject ?? ''}`);
	return found;
};

const fukuyama = codeOf('広島県', '福山市');
const takaoka = codeOf('富山県', '高岡市');
const imizu = codeOf('富山県', '射水市');

describe('連携中枢都市 (single city)', () => {
	const result = evaluateCentre(context, 'renkei', fukuyama);

	it('福山市: 中核市, 460,930, ratio 0.991 is near with the default tolerance, overall near', () => {
		expect(criterion(result, 'renkei.centre.type')).toMatchObject({ status: 'pass', value: '中核市' });
		expect(criterion(result, 'renkei.centre.population')).toMatchObject({
			status: 'pass',
			value: 460_930,
			threshold: 200_000
		});
		const ratio = criterion(result, 'renkei.centre.dayNightRatio');
		expect(ratio).toMatchObject({ status: 'near', threshold: 1, census: 2020, verified: true });
		expect(ratio.value).toBeCloseTo(0.9911158, 7);
		expect(ratio.label).toBe('昼夜間人口比率 0.991 (R2) — おおむね1以上: near');
		expect(result.verdict).toBe('near');
		expect(result.conclusive).toBe(true);
	});

	it('takes the おおむね tolerance as a parameter', () => {
		const strict = evaluateCentre(context, 'renkei', fukuyama, {
			parameters: { renkeiRatioTolerance: 0.005 }
		});
		expect(criterion(strict, 'renkei.centre.dayNightRatio').status).toBe('fail');
		expect(strict.verdict).toBe('fail');
	});

	it('reports the location test as unverified rule wording even where it passes', () => {
		const location = criterion(result, 'renkei.centre.location');
		expect(location).toMatchObject({ status: 'pass', verified: false });
		expect(location.label).toContain('[unverified rule wording]');
	});

	it('never passes a 三大都市圏 city on location: 東大阪市 (大阪府) is not checkable', () => {
		const higashiosaka = evaluateCentre(context, 'renkei', codeOf('大阪府', '東大阪市'));
		const location = criterion(higashiosaka, 'renkei.centre.location');
		expect(location.status).toBe('not-checkable');
		expect(location.label).toMatch(/not checkable with bundled data.*10%/);
		expect(higashiosaka.conclusive).toBe(false);
		expect(higashiosaka.unknown.map((c) => c.criterion)).toEqual(['renkei.centre.location']);
		const outsideByParameter = evaluateCentre(context, 'renkei', codeOf('大阪府', '東大阪市'), {
			parameters: { metroAreaPrefectureCodes: [] }
		});
		expect(criterion(outsideByParameter, 'renkei.centre.location').status).toBe('pass');
	});

	it('fails 川越市 (埼玉県, 中核市) on its ratio whatever the location exception says', () => {
		const kawagoe = evaluateCentre(context, 'renkei', codeOf('埼玉県', '川越市'));
		expect(criterion(kawagoe, 'renkei.centre.dayNightRatio').status).toBe('fail');
		expect(criterion(kawagoe, 'renkei.centre.location').status).toBe('not-checkable');
		expect(kawagoe.verdict).toBe('fail');
	});

	it('cannot check the ratio on the 2015 basis, and says so', () => {
		const census2015 = evaluateCentre(context, 'renkei', fukuyama, { census: 2015 });
		const ratio = criterion(census2015, 'renkei.centre.dayNightRatio');
		expect(ratio).toMatchObject({ status: 'not-checkable', value: null, census: 2015 });
		expect(criterion(census2015, 'renkei.centre.population').value).toBe(464_811);
		expect(census2015.verdict).toBe('pass');
		expect(census2015.conclusive).toBe(false);
	});
});

describe('連携中枢 two-city route: 高岡市 + 射水市', () => {
	it('on 2020 figures: adjacent, 射水市 under 10万 (near), both ratios below 1 (fail)', () => {
		const result = evaluatePair(context, 'renkei', [takaoka, imizu]);
		expect(result.route).toBe('pair');
		expect(criterion(result, 'renkei.pair.adjacent').status).toBe('pass');
		expect(criterion(result, 'renkei.pair.population', takaoka)).toMatchObject({
			status: 'pass',
			value: 166_393
		});
		expect(criterion(result, 'renkei.pair.population', imizu)).toMatchObject({
			status: 'near',
			value: 90_742,
			nearFrom: 80_000
		});
		expect(criterion(result, 'renkei.pair.dayNightRatio', takaoka).status).toBe('fail');
		expect(criterion(result, 'renkei.pair.dayNightRatio', imizu).status).toBe('fail');
		expect(criterion(result, 'renkei.pair.combinedPopulation')).toMatchObject({
			status: 'pass',
			value: 257_135
		});
		expect(criterion(result, 'renkei.pair.travelTime').status).toBe('not-checkable');
		expect(result.verdict).toBe('fail');
	});

	it('on 2015 figures: ratios unknown, so near at best and not conclusive', () => {
		const result = evaluatePair(context, 'renkei', [takaoka, imizu], { census: 2015 });
		expect(criterion(result, 'renkei.pair.population', imizu)).toMatchObject({
			status: 'near',
			value: 92_308
		});
		expect(criterion(result, 'renkei.pair.dayNightRatio', imizu).status).toBe('not-checkable');
		expect(result.verdict).toBe('near');
		expect(result.conclusive).toBe(false);
	});

	it('is the route the とやま呉西 sphere is evaluated on', () => {
		const { eligibility } = analyseSphere(context, 'gosei');
		expect(eligibility?.route).toBe('pair');
		expect(eligibility?.centres).toEqual([takaoka, imizu]);
		expect(criterion(eligibility!, 'renkei.members.commuting').label).toContain(
			'not checkable with bundled data'
		);
	});

	it('fails a pair that is not adjacent', () => {
		const result = evaluatePair(context, 'renkei', [takaoka, codeOf('富山県', '魚津市')]);
		expect(criterion(result, 'renkei.pair.adjacent').status).toBe('fail');
	});
});

describe('定住自立圏 中心市', () => {
	it('passes 飯田市 (98,164, ratio 1.035, 長野県) conclusively', () => {
		const result = evaluateCentre(context, 'teiju', codeOf('長野県', '飯田市'));
		expect(result.criteria.every((c) => c.status === 'pass')).toBe(true);
		expect(result.verdict).toBe('pass');
		expect(result.conclusive).toBe(true);
	});

	it('fails 福山市 on ratio (1以上, no tolerance) and lists the 合併市 route as not checkable', () => {
		const result = evaluateCentre(context, 'teiju', fukuyama);
		expect(criterion(result, 'teiju.centre.dayNightRatio').status).toBe('fail');
		expect(criterion(result, 'teiju.centre.mergedCityRatio')).toMatchObject({
			status: 'not-checkable',
			role: 'alternative'
		});
		expect(result.verdict).toBe('fail');
	});

	it('grades population: ≥ 50,000 pass, above 40,000 near, 40,000 or less fail', () => {
		const status = (pref: string, name: string) =>
			criterion(evaluateCentre(context, 'teiju', codeOf(pref, name)), 'teiju.centre.population').status;
		expect(status('長野県', '飯田市')).toBe('pass');
		expect(status('鹿児島県', '奄美市')).toBe('near'); // 41,390
		expect(status('北海道', '根室市')).toBe('fail'); // 24,636
	});

	it('does not pass 秩父市 (埼玉県) on location', () => {
		const result = evaluateCentre(context, 'teiju', codeOf('埼玉県', '秩父市'));
		expect(criterion(result, 'teiju.centre.location').status).toBe('not-checkable');
	});

	it('evaluates a 複眼型 pair with a combined population above 4万', () => {
		const result = evaluatePair(context, 'teiju', [codeOf('長野県', '飯田市'), codeOf('長野県', '伊那市')]);
		expect(result.route).toBe('pair');
		expect(criterion(result, 'teiju.pair.combinedPopulation').status).toBe('pass');
	});
});

describe('verdict', () => {
	it('fails when any checkable criterion fails, even with another near', () => {
		const result = evaluateEligibility(context, { kind: 'renkei', centres: [takaoka, imizu] });
		expect(result.criteria.some((c) => c.status === 'near')).toBe(true);
		expect(result.verdict).toBe('fail');
	});

	it('fails a draft without a centre', () => {
		const result = evaluateEligibility(context, { kind: 'teiju', centres: [], members: [fukuyama] });
		expect(result.route).toBe('none');
		expect(result.verdict).toBe('fail');
	});

	it('carries the rules version and a citation on every criterion', () => {
		const result = evaluateCentre(context, 'renkei', fukuyama);
		expect(result.rulesVersion).toBe(ELIGIBILITY_RULES.version);
		for (const c of result.criteria) {
			// A readable citation: the 要綱 restated and who said so, never our file names.
			expect(c.source).toMatch(/^連携中枢都市圏構想推進要綱.*（総務省）の要件、公開資料による — \S/);
			expect(c.source).not.toMatch(/RULES\.md|SOURCE\.md|shared\//);
		}
	});
});
