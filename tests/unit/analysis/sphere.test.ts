import { describe, expect, it } from 'vitest';
import { analyseAllSpheres } from '../../../src/lib/analysis/all-spheres';
import { isCalendarDate } from '../../../src/lib/analysis/as-of';
import { AnalysisInputError, UnknownSphereError } from '../../../src/lib/analysis/errors';
import { analyseDraft, analyseSphere, spheresContaining } from '../../../src/lib/analysis/sphere';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();

describe('isCalendarDate', () => {
	it('accepts real dates only', () => {
		expect(isCalendarDate('2020-02-29')).toBe(true);
		expect(isCalendarDate('2019-02-29')).toBe(false);
		expect(isCalendarDate('2019-02-30')).toBe(false);
		expect(isCalendarDate('2019-13-01')).toBe(false);
		expect(isCalendarDate('2019-2-3')).toBe(false);
	});
});

describe('analyseSphere', () => {
	it('counts the members active on the as-of date', () => {
		const now = analyseSphere(context, 'bingo');
		const then = analyseSphere(context, 'bingo', { asOf: '2019-11-17' });
		expect(now.aggregate.memberCount).toBe(9);
		expect(then.aggregate.memberCount).toBe(8);
		expect(then.eligibility?.centres).toEqual([codeOf('広島県', '福山市')]);
	});

	it('says when the members are only partly confirmed, so that every output can flag the counts', () => {
		expect(analyseSphere(context, 'kushiro').sphere.membersPartial).toBe(true);
		expect(analyseSphere(context, 'bingo').sphere.membersPartial).toBe(false);
	});

	it('reports a sphere that did not exist yet as inactive, with no eligibility', () => {
		const before = analyseSphere(context, 'bingo', { asOf: '2015-03-24' });
		expect(before.membership.active).toBe(false);
		expect(before.aggregate.memberCount).toBe(0);
		expect(before.eligibility).toBeNull();
	});

	it('rejects an unknown id and an impossible date', () => {
		expect(() => analyseSphere(context, 'atlantis')).toThrow(UnknownSphereError);
		expect(() => analyseSphere(context, 'bingo', { asOf: '2019-02-30' })).toThrow(AnalysisInputError);
	});
});

describe('analyseDraft', () => {
	it('recomputes after adding one municipality', () => {
		const base = analyseSphere(context, 'bingo', { asOf: '2019-11-17' });
		const takehara = codeOf('広島県', '竹原市');
		const draft = analyseDraft(context, {
			kind: 'renkei',
			centres: base.membership.centres,
			codes: [...base.membership.codes, takehara]
		});
		expect(draft.aggregate.population).toBe(
			base.aggregate.population + context.municipalities.get(takehara)!.pop2020
		);
		expect(
			draft.eligibility.criteria.find((c) => c.criterion === 'renkei.members.commuting')?.subject
		).toContain(takehara);
	});
});

describe('analyseAllSpheres', () => {
	it('analyses every sphere, or those of one kind', () => {
		expect(analyseAllSpheres(context, { outline: false })).toHaveLength(context.spheres.length);
		const teiju = analyseAllSpheres(context, { kind: 'teiju', outline: false });
		expect(teiju.length).toBe(context.spheres.filter((s) => s.kind === 'teiju').length);
		expect(teiju.every((a) => a.sphere.kind === 'teiju')).toBe(true);
	});
});

describe('spheresContaining', () => {
	it('finds the spheres of a municipality, as of a date', () => {
		const takehara = codeOf('広島県', '竹原市');
		expect(
			spheresContaining(context, takehara)
				.map((r) => r.sphere.id)
				.sort()
		).toEqual(['bingo', 'hiroshima', 'kure']);
		expect(spheresContaining(context, takehara, '2019-11-17').map((r) => r.sphere.id)).not.toContain('bingo');
	});
});
