/**
 * A draft sphere: what a planner edits to ask "what if". Serialisable as it is (plain
 * JSON), keyed by 5-digit 行政区域コード; names are looked up, never stored.
 */
import type { SphereKind } from '$lib/data/types';
import { stripInvisible, truncateCodePoints } from '../text';

export interface Draft {
	id: string;
	name: string;
	kind: SphereKind;
	/** Centre cities; always also in `codes`. */
	centres: string[];
	/** Every member, centres included, in the order they were added. */
	codes: string[];
	/** The sphere it was copied from, for the comparison; null for a draft started from a centre. */
	originSphereId: string | null;
	/** ISO timestamps. */
	createdAt: string;
	updatedAt: string;
}

/**
 * One edit, with what it needs to be undone: every patch has an exact inverse
 * (`invertPatch`), so the history is a list of patches and not of whole drafts.
 */
export type DraftPatch =
	| { op: 'add'; code: string; index: number }
	/** Never a centre: removing a centre is a batch of set-centres, then remove. */
	| { op: 'remove'; code: string; index: number }
	| { op: 'set-centres'; from: string[]; to: string[] }
	| { op: 'rename'; from: string; to: string }
	| { op: 'set-kind'; from: SphereKind; to: SphereKind }
	/** Several patches as one step (an import). */
	| { op: 'batch'; patches: DraftPatch[] };

export const MUNICIPALITY_CODE = /^\d{5}$/;
/** In code points. */
export const MAX_NAME_LENGTH = 80;

/** A name as stored and shown: one line, no hidden or direction-changing characters, at most MAX_NAME_LENGTH code points. */
export function cleanName(name: string): string {
	const oneLine = stripInvisible(name.replace(/\s+/g, ' ')).replace(/ {2,}/g, ' ').trim();
	return truncateCodePoints(oneLine, MAX_NAME_LENGTH).trim();
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
	const copy = [...list];
	copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
	return copy;
}

/** The draft after a patch; the input is not changed. A patch that no longer fits throws. */
export function applyPatch(draft: Draft, patch: DraftPatch): Draft {
	switch (patch.op) {
		case 'add':
			if (draft.codes.includes(patch.code)) throw new Error(`${patch.code} is already a member`);
			return { ...draft, codes: insertAt(draft.codes, patch.index, patch.code) };
		case 'remove':
			if (draft.codes[patch.index] !== patch.code) throw new Error(`${patch.code} is not at ${patch.index}`);
			if (draft.centres.includes(patch.code)) throw new Error(`${patch.code} is a centre`);
			return { ...draft, codes: draft.codes.filter((_, i) => i !== patch.index) };
		case 'set-centres':
			if (patch.to.some((code) => !draft.codes.includes(code))) throw new Error('A centre must be a member');
			return { ...draft, centres: [...patch.to] };
		case 'rename':
			return { ...draft, name: patch.to };
		case 'set-kind':
			return { ...draft, kind: patch.to };
		case 'batch':
			return patch.patches.reduce(applyPatch, draft);
	}
}

export function invertPatch(patch: DraftPatch): DraftPatch {
	switch (patch.op) {
		case 'add':
			return { op: 'remove', code: patch.code, index: patch.index };
		case 'remove':
			return { op: 'add', code: patch.code, index: patch.index };
		case 'set-centres':
			return { op: 'set-centres', from: patch.to, to: patch.from };
		case 'rename':
			return { op: 'rename', from: patch.to, to: patch.from };
		case 'set-kind':
			return { op: 'set-kind', from: patch.to, to: patch.from };
		case 'batch':
			return { op: 'batch', patches: patch.patches.map(invertPatch).reverse() };
	}
}
