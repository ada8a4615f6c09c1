import { describe, expect, it } from 'vitest';
import type { CompareSubject } from '../../../src/lib/analysis/research/compare';
import type { Geodata } from '../../../src/lib/data/types';
import { analyseSphere } from '../../../src/lib/analysis/sphere';
import { criteriaSideBySide, resolveSubject } from '../../../src/lib/research/comparison';
import { committedContext } from '../analysis/committed-context';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres, topology } = readCommittedGeodata();
const geodata = {
	manifest,
	municipalities: table,
	spheres: { schemaVersion: 1, spheres },
	topology
} as unknown as Geodata;
const draft: CompareSubject = {
	key: 'draft:d1',
	label: '試案',
	kind: 'renkei',
	codes: ['34207', '34208'],
	centres: ['34207'],
	note: null
};

describe('compare subjects from their keys', () => {
	it('resolves a prefecture to all its municipalities', () => {
		const subject = resolveSubject(geodata, [], 'pref:31', '2025-04-01')!;
		expect(subject.label).toBe('鳥取県');
		expect(subject.kind).toBeNull();
		expect(subject.codes).toEqual(table.municipalities.filter((m) => m.prefCode === '31').map((m) => m.code));
	});

	it('resolves a sphere on the date and a stored draft as it is', () => {
		expect(resolveSubject(geodata, [], 'sphere:bingo', '2025-04-01')?.kind).toBe('renkei');
		expect(resolveSubject(geodata, [draft], 'draft:d1', '2025-04-01')).toBe(draft);
	});

	it('gives null for keys naming nothing', () => {
		for (const key of ['pref:48', 'sphere:nowhere', 'draft:d2', 'town:1']) {
			expect(resolveSubject(geodata, [draft], key, '2025-04-01')).toBeNull();
		}
		expect(resolveSubject(geodata, [draft], null, '2025-04-01')).toBeNull();
	});
});

describe('eligibility side by side', () => {
	it('pairs the criteria of both sides by id, keeping those only one side has', () => {
		const context = committedContext();
		const renkei = analyseSphere(context, 'bingo', { asOf: '2025-04-01', outline: false }).eligibility!;
		const teiju = analyseSphere(context, spheres.find((s) => s.kind === 'teiju' && s.endedOn === null)!.id, {
			asOf: '2025-04-01',
			outline: false
		}).eligibility!;
		const pairs = criteriaSideBySide(renkei, teiju);
		const ids = new Set([...renkei.criteria, ...teiju.criteria].map((c) => c.criterion));
		expect(pairs.map((pair) => pair.criterion).sort()).toEqual([...ids].sort());
		for (const pair of pairs) {
			expect(pair.a?.criterion ?? pair.b?.criterion).toBe(pair.criterion);
		}
		expect(criteriaSideBySide(renkei, null).every((pair) => pair.a !== null && pair.b === null)).toBe(true);
		expect(criteriaSideBySide(null, null)).toEqual([]);
	});
});
