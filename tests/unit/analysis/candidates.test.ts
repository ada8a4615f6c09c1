import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/lib/analysis/candidates';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();

describe('findCandidates', () => {
	const renkei = findCandidates(context, 'renkei');
	const teiju = findCandidates(context, 'teiju');
	const single = (report: typeof renkei, code: string) => report.single.find((c) => c.codes[0] === code);

	it('lists 福山市 as a near 連携中枢都市 that already leads 備後', () => {
		const fukuyama = single(renkei, codeOf('広島県', '福山市'));
		expect(fukuyama?.eligibility.verdict).toBe('near');
		expect(fukuyama?.leads.map((s) => s.id)).toEqual(['bingo']);
	});

	it('lists an eligible city that leads no sphere (仙台市)', () => {
		const sendai = single(renkei, codeOf('宮城県', '仙台市'));
		expect(sendai?.eligibility.verdict).toBe('pass');
		expect(sendai?.leads).toEqual([]);
	});

	it('includes only cities meeting the criteria, never 町村 or 北方領土 villages', () => {
		expect(renkei.single.every((c) => c.eligibility.verdict !== 'fail')).toBe(true);
		expect(
			renkei.single.every((c) =>
				['政令指定都市', '中核市'].includes(context.municipalities.get(c.codes[0])!.kind)
			)
		).toBe(true);
		expect(teiju.single.some((c) => c.codes.some((code) => context.hoppoCodes.has(code)))).toBe(false);
		expect(single(renkei, codeOf('埼玉県', '川越市'))).toBeUndefined();
	});

	it('lists adjacent city pairs, flagging cities that qualify alone', () => {
		const maebashi = codeOf('群馬県', '前橋市');
		const takasaki = codeOf('群馬県', '高崎市');
		const pair = renkei.pairs.find((c) => c.codes.includes(maebashi) && c.codes.includes(takasaki));
		expect(pair?.eligibility.route).toBe('pair');
		expect(pair?.meetSingly.sort()).toEqual([maebashi, takasaki].sort());
		for (const candidate of renkei.pairs) {
			const [a, b] = candidate.codes;
			expect(context.neighboursByCode.get(a)?.has(b)).toBe(true);
		}
	});

	it('reports existing leaders whose route fails on this data (高岡市・射水市 on 2020 ratios)', () => {
		const gosei = renkei.leadersFailing.find((c) => c.leads.some((s) => s.id === 'gosei'));
		expect(gosei?.codes).toEqual([codeOf('富山県', '高岡市'), codeOf('富山県', '射水市')]);
		expect(renkei.pairs.some((c) => c.leads.some((s) => s.id === 'gosei'))).toBe(false);
	});

	it('counts as led only the spheres active on the as-of date', () => {
		const before = findCandidates(context, 'renkei', { asOf: '2014-01-01' });
		expect(single(before, codeOf('広島県', '福山市'))?.leads).toEqual([]);
	});
});
