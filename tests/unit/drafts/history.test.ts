import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addManyPatch,
	removePatch,
	renamePatch,
	replaceMembersPatch,
	toggleCentrePatch,
	togglePatch
} from '../../../src/lib/drafts/edits';
import { commit, emptyHistory, redo, undo, MAX_HISTORY } from '../../../src/lib/drafts/history';
import type { Draft } from '../../../src/lib/drafts/model';

const base: Draft = {
	id: 'd1',
	name: '備後圏域（案）',
	kind: 'renkei',
	centres: ['34207'],
	codes: ['34207', '34205', '34208'],
	originSphereId: 'bingo',
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
};

describe('draft edits and history', () => {
	it('adds, removes a centre as one step, and undoes and redoes exactly', () => {
		let step = commit(base, emptyHistory(), togglePatch(base, '34209')!);
		expect(step.draft.codes).toEqual(['34207', '34205', '34208', '34209']);
		step = commit(step.draft, step.history, removePatch(step.draft, '34207')!);
		expect(step.draft.codes).toEqual(['34205', '34208', '34209']);
		expect(step.draft.centres).toEqual([]);
		const undone = undo(step.draft, step.history)!;
		expect(undone.draft.codes).toEqual(['34207', '34205', '34208', '34209']);
		expect(undone.draft.centres).toEqual(['34207']);
		const back = undo(undone.draft, undone.history)!;
		expect(back.draft).toEqual(base);
		expect(undo(back.draft, back.history)).toBeNull();
		const again = redo(back.draft, back.history)!;
		expect(again.draft.codes).toContain('34209');
	});

	it('returns no patch for edits that change nothing', () => {
		expect(renamePatch(base, '  ')).toBeNull();
		expect(renamePatch(base, base.name)).toBeNull();
		expect(addManyPatch(base, ['34207'])).toBeNull();
		expect(removePatch(base, '01100')).toBeNull();
	});

	it('replaces the members as one undoable step', () => {
		const patch = replaceMembersPatch(base, ['34205', '33202'])!;
		const step = commit(base, emptyHistory(), patch);
		expect(step.draft.codes).toEqual(['34205', '33202']);
		expect(step.draft.centres).toEqual([]);
		expect(undo(step.draft, step.history)!.draft).toEqual(base);
	});

	it('caps the history', () => {
		let step = { draft: base, history: emptyHistory() };
		for (let i = 0; i < MAX_HISTORY + 20; i += 1)
			step = commit(step.draft, step.history, togglePatch(step.draft, '34209')!);
		expect(step.history.undo).toHaveLength(MAX_HISTORY);
	});

	it('undoing every edit of any sequence restores the draft (property)', () => {
		const code = fc.constantFrom('34207', '34205', '34208', '34209', '34210', '33202', '33203');
		const edit = fc.oneof(
			code.map((c) => ({ kind: 'toggle' as const, c })),
			code.map((c) => ({ kind: 'centre' as const, c })),
			fc.string({ maxLength: 10 }).map((n) => ({ kind: 'rename' as const, c: n }))
		);
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
				let step = { draft: base, history: emptyHistory() };
				for (const e of edits) {
					const patch =
						e.kind === 'toggle'
							? togglePatch(step.draft, e.c)
							: e.kind === 'centre'
								? toggleCentrePatch(step.draft, e.c)
								: renamePatch(step.draft, e.c);
					if (patch) step = commit(step.draft, step.history, patch);
					expect(step.draft.centres.every((c) => step.draft.codes.includes(c))).toBe(true);
				}
				for (let s = undo(step.draft, step.history); s; s = undo(step.draft, step.history)) step = s;
				expect(step.draft).toEqual(base);
			})
		);
	});
});
