import { describe, expect, test } from 'vitest';
import type { Candidate, CandidateReport } from '../../../../src/lib/analysis';
import {
	candidateLists,
	highlightedCodes,
	leadsNoSphereOf
} from '../../../../src/lib/ui/analysis/candidate-list';

function candidate(codes: string[], leads: Candidate['leads'] = []): Candidate {
	return {
		codes,
		names: codes,
		leads,
		meetSingly: [],
		eligibility: {} as Candidate['eligibility']
	};
}

const bingo = { id: 'bingo', kind: 'renkei' as const, name: '備後', centres: ['34207'] };
const teijuSphere = { id: 't', kind: 'teiju' as const, name: 'T', centres: ['01000'] };

const report: CandidateReport = {
	kind: 'renkei',
	census: 2020,
	asOf: null,
	single: [candidate(['34207'], [bingo]), candidate(['01000'], [teijuSphere]), candidate(['02000'])],
	pairs: [candidate(['02000', '03000'])],
	leadersFailing: [candidate(['04000'], [{ ...bingo, id: 'other', centres: ['04000'] }])]
};

test('leadsNoSphereOf looks only at spheres of the given kind', () => {
	expect(leadsNoSphereOf(report.single[0], 'renkei')).toBe(false);
	expect(leadsNoSphereOf(report.single[1], 'renkei')).toBe(true);
	expect(leadsNoSphereOf(report.single[1], 'teiju')).toBe(false);
});

describe('candidateLists', () => {
	test('lists everything without the filter', () => {
		const lists = candidateLists(report, false);
		expect(lists.single).toHaveLength(3);
		expect(lists.pairs).toHaveLength(1);
		expect(lists.leadersFailing).toHaveLength(1);
	});

	test('keeps only candidates leading no sphere of the kind with the filter', () => {
		const lists = candidateLists(report, true);
		expect(lists.single.map((c) => c.codes[0])).toEqual(['01000', '02000']);
		expect(lists.pairs).toHaveLength(1);
		expect(lists.leadersFailing).toEqual([]);
	});
});

test('highlightedCodes names each listed city once, leaving failing leaders out', () => {
	expect(highlightedCodes(candidateLists(report, false))).toEqual(['34207', '01000', '02000', '03000']);
});
