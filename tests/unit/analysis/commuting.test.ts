import { describe, expect, it } from 'vitest';
import {
	commutingShare,
	destinationsOf,
	gradeShare,
	indexCommuting,
	inflowsTo,
	normaliseDestinations,
	sharesTo
} from '../../../src/lib/analysis/commuting';
import { evaluateEligibility } from '../../../src/lib/analysis/eligibility/evaluate';
import { ELIGIBILITY_RULES, resolveParameters } from '../../../src/lib/analysis/rules';
import { analyseSphere } from '../../../src/lib/analysis/sphere';
import type { CommutingTable } from '../../../src/lib/data/commuting-types';
import { committedCommuting } from './committed-commuting';
import { codeOf, committedContext } from './committed-context';

const index = committedCommuting();
const context = committedContext();
const code = (pref: string, name: string) => codeOf(pref, name);
const wakasa = code('鳥取県', '若桜町');
const tottori = code('鳥取県', '鳥取市');
const nichinan = code('鳥取県', '日南町');
const yonago = code('鳥取県', '米子市');
const yasugi = code('島根県', '安来市');
const matsue = code('島根県', '松江市');
const unnan = code('島根県', '雲南市');
const izumo = code('島根県', '出雲市');

function share(from: string, to: string[]) {
	const lookup = commutingShare(index, from, to);
	if (!lookup.ok) throw new Error(`${from}: ${lookup.reason}`);
	return lookup.value;
}
const percent = (from: string, to: string[]) => Number((share(from, to).share * 100).toFixed(1));
const { threshold } = ELIGIBILITY_RULES.commuting;
const tolerance = resolveParameters().commutingTolerance;

describe('commuting shares: the figures of commuting/SOURCE.md', () => {
	it('若桜町 → 鳥取市 is 35.2 % and passes', () => {
		expect(percent(wakasa, [tottori])).toBe(35.2);
		expect(gradeShare(share(wakasa, [tottori]).share, threshold, tolerance)).toBe('pass');
	});

	it('日南町 → 米子市 is 9.4 % and does not pass (near with the default 2-point band)', () => {
		expect(percent(nichinan, [yonago])).toBe(9.4);
		expect(gradeShare(share(nichinan, [yonago]).share, threshold, tolerance)).toBe('near');
		expect(gradeShare(share(nichinan, [yonago]).share, threshold, 0)).toBe('fail');
	});

	it('安来市 → 松江市 is 15.6 % and → 米子市 10.7 %; 雲南市 → 松江市 13.7 % and → 出雲市 11.5 %', () => {
		expect(percent(yasugi, [matsue])).toBe(15.6);
		expect(percent(yasugi, [yonago])).toBe(10.7);
		expect(percent(unnan, [matsue])).toBe(13.7);
		expect(percent(unnan, [izumo])).toBe(11.5);
	});

	it('two centres count together: 安来市 → 米子市・松江市 is the sum, with persons and total', () => {
		const both = share(yasugi, [yonago, matsue]);
		expect(both.persons).toBe(share(yasugi, [yonago]).persons + share(yasugi, [matsue]).persons);
		expect(both.total).toBe(share(yasugi, [matsue]).total);
		expect(Number((both.share * 100).toFixed(1))).toBe(26.3);
		expect(both.below).toBeNull();
	});

	it('a flow under the stored floor is a bound, not a figure', () => {
		const far = share(wakasa, [code('北海道', '稚内市')]);
		expect(far).toMatchObject({ persons: 0, below: 0.01 });
	});

	it('lists destinations largest first and inflows by share', () => {
		const top = destinationsOf(index, wakasa);
		expect(top[0].to).toBe(wakasa);
		expect(top.map((f) => f.to)).toContain(tottori);
		const inflows = inflowsTo(index, tottori);
		expect(inflows.some((f) => f.from === wakasa)).toBe(true);
		expect(inflows.every((f, i) => i === 0 || inflows[i - 1].share >= f.share)).toBe(true);
	});

	it('the 10 % area of 鳥取市 contains 若桜町 and not 日南町', () => {
		const shares = sharesTo(index, [tottori]);
		expect(shares.get(wakasa)!.share).toBeGreaterThanOrEqual(0.1);
		expect(shares.get(nichinan)?.share ?? 0).toBeLessThan(0.1);
	});
});

describe('coverage and aggregates', () => {
	const table: CommutingTable = {
		schemaVersion: 1,
		table: 't',
		asOf: '2020-10-01',
		prefectures: ['31'],
		storedShareFloor: 0.01,
		partnerShareFloor: 0.04,
		aggregates: { '13100': ['13101', '13102'] },
		origins: [
			['31201', 100, '31201', 70, '13100', 20, '13101', 15, '13102', 5],
			['31202', 0]
		]
	};
	const small = indexCommuting(table);

	it('an origin in a prefecture not covered is not checkable, never a fail', () => {
		expect(commutingShare(small, '32201', ['31201'])).toEqual({
			ok: false,
			reason: 'prefecture-not-covered'
		});
		expect(commutingShare(small, '31202', ['31201'])).toEqual({ ok: false, reason: 'no-commuters' });
	});

	it('never sums 特別区部 with its wards', () => {
		expect(normaliseDestinations(small, ['13101', '13100', '13102'])).toEqual(['13100']);
		const lookup = commutingShare(small, '31201', ['13100', '13101']);
		expect(lookup.ok && lookup.value.persons).toBe(20);
	});
});

describe('member commuting criterion', () => {
	it('中海圏域 (米子市・松江市): each member gets share and persons to both centres together', () => {
		const analysis = analyseSphere(context, 'nakaumi', { commuting: index, outline: false });
		const members = analysis.eligibility!.criteria.filter((c) => c.criterion === 'teiju.members.commuting');
		expect(members.map((c) => c.subject[0]).sort()).toEqual([code('鳥取県', '境港市'), yasugi].sort());
		const yasugiResult = members.find((c) => c.subject[0] === yasugi)!;
		expect(yasugiResult).toMatchObject({ status: 'pass', role: 'advisory', threshold: 0.1 });
		expect(yasugiResult.commuting).toMatchObject({
			to: [yonago, matsue],
			total: share(yasugi, [matsue]).total
		});
		expect(yasugiResult.label).toContain('to 米子市・松江市 together');
		expect(yasugiResult.label).toContain('26.3%');
	});

	it('advice only: a failing member leaves the verdict as the centre criteria give it', () => {
		const designation = { kind: 'teiju' as const, centres: [tottori], members: [code('北海道', '稚内市')] };
		const withData = evaluateEligibility(context, designation, { commuting: index });
		const member = withData.criteria.find((c) => c.criterion === 'teiju.members.commuting')!;
		expect(member.status).toBe('fail');
		expect(member.label).toContain('< 1.0%');
		const without = evaluateEligibility(context, designation);
		expect(withData.verdict).toBe(without.verdict);
	});

	it('the near band follows the tolerance parameter, capped by the rules', () => {
		const designation = { kind: 'teiju' as const, centres: [yonago], members: [nichinan] };
		const grade = (commutingTolerance: number) =>
			evaluateEligibility(context, designation, {
				commuting: index,
				parameters: { commutingTolerance }
			}).criteria.find((c) => c.criterion === 'teiju.members.commuting')!.status;
		expect(grade(0)).toBe('fail');
		expect(grade(0.01)).toBe('near');
		expect(resolveParameters({ commutingTolerance: 0.5 }).commutingTolerance).toBe(
			ELIGIBILITY_RULES.commuting.maxTolerance
		);
	});

	it('without the commuting table the criterion stays not checkable', () => {
		const result = evaluateEligibility(context, { kind: 'renkei', centres: [tottori], members: [wakasa] });
		const member = result.criteria.find((c) => c.criterion === 'renkei.members.commuting')!;
		expect(member.status).toBe('not-checkable');
	});
});
