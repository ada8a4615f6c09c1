import { describe, expect, test } from 'vitest';
import type { Sphere } from '../../../src/lib/data/types';
import { DraftEditor } from '../../../src/lib/drafts/editor.svelte';

const KNOWN = new Set(['34207', '34205', '33205', '33202']);

function editor(fitted: (readonly string[])[] = []) {
	return new DraftEditor({
		isKnown: (code) => KNOWN.has(code),
		fit: (codes) => fitted.push(codes),
		clearHash: () => {}
	});
}

function key(key: string, modifiers: { shift?: boolean; target?: unknown } = {}) {
	let prevented = false;
	const event = {
		key,
		ctrlKey: true,
		metaKey: false,
		shiftKey: modifiers.shift ?? false,
		target: modifiers.target ?? null,
		preventDefault: () => (prevented = true)
	} as unknown as KeyboardEvent;
	return { event, prevented: () => prevented };
}

const bingo = {
	id: 'bingo',
	name: '備後圏域',
	kind: 'renkei',
	centres: ['34207'],
	members: [{ code: '34207' }, { code: '34205' }, { code: '99999' }]
} as unknown as Sphere;

describe('draft editor', () => {
	test('a map click adds or removes a municipality of the open draft, and nothing else', () => {
		const fitted: (readonly string[])[] = [];
		const drafts = editor(fitted);
		expect(drafts.click('33205')).toBe(false);
		drafts.startFromSphere(bingo, '備後圏域（案）');
		// Codes the data does not hold are left out of the copy.
		expect(drafts.shown?.codes).toEqual(['34207', '34205']);
		expect(fitted).toEqual([['34207', '34205']]);
		expect(drafts.click('33205')).toBe(true);
		expect(drafts.shown?.codes).toContain('33205');
		expect(drafts.click('34205')).toBe(true);
		expect(drafts.shown?.codes).not.toContain('34205');
		expect(drafts.click('01695')).toBe(false);
	});

	test('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; keys typed in a field are left alone', () => {
		const drafts = editor();
		drafts.startFromSphere(bingo, '備後圏域（案）');
		drafts.click('33205');
		const undo = key('z');
		drafts.keydown(undo.event);
		expect(undo.prevented()).toBe(true);
		expect(drafts.shown?.codes).not.toContain('33205');
		drafts.keydown(key('z', { shift: true }).event);
		expect(drafts.shown?.codes).toContain('33205');
		drafts.keydown(key('z').event);
		drafts.keydown(key('y').event);
		expect(drafts.shown?.codes).toContain('33205');
		const typed = key('z', { target: { closest: () => ({}) } });
		drafts.keydown(typed.event);
		expect(typed.prevented()).toBe(false);
		expect(drafts.shown?.codes).toContain('33205');
	});

	test('a draft from a centre starts with the centre alone', () => {
		const drafts = editor();
		drafts.startFromCentre({ code: '33202', name: '倉敷市' } as never, '倉敷市案');
		expect(drafts.shown).toMatchObject({
			name: '倉敷市案',
			kind: 'renkei',
			codes: ['33202'],
			centres: ['33202']
		});
		expect(drafts.editable).toBe(true);
	});
});
