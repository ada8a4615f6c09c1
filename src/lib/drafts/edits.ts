/** The patches behind the edits a planner makes; each returns null when there is nothing to do. */
import { cleanName, type Draft, type DraftPatch } from './model';
import type { SphereKind } from '$lib/data/types';

export function addPatch(draft: Draft, code: string): DraftPatch | null {
	if (draft.codes.includes(code)) return null;
	return { op: 'add', code, index: draft.codes.length };
}

export function removePatch(draft: Draft, code: string): DraftPatch | null {
	const index = draft.codes.indexOf(code);
	if (index < 0) return null;
	const remove: DraftPatch = { op: 'remove', code, index };
	if (!draft.centres.includes(code)) return remove;
	const centres = draft.centres.filter((centre) => centre !== code);
	return { op: 'batch', patches: [{ op: 'set-centres', from: [...draft.centres], to: centres }, remove] };
}

export function togglePatch(draft: Draft, code: string): DraftPatch | null {
	return draft.codes.includes(code) ? removePatch(draft, code) : addPatch(draft, code);
}

/** Makes `code` a centre (adding it as a member first when it is not one), or stops it being one. */
export function toggleCentrePatch(draft: Draft, code: string): DraftPatch | null {
	if (draft.centres.includes(code)) {
		return { op: 'set-centres', from: [...draft.centres], to: draft.centres.filter((c) => c !== code) };
	}
	const setCentres: DraftPatch = {
		op: 'set-centres',
		from: [...draft.centres],
		to: [...draft.centres, code]
	};
	const add = addPatch(draft, code);
	return add === null ? setCentres : { op: 'batch', patches: [add, setCentres] };
}

export function renamePatch(draft: Draft, name: string): DraftPatch | null {
	const cleaned = cleanName(name);
	if (cleaned === '' || cleaned === draft.name) return null;
	return { op: 'rename', from: draft.name, to: cleaned };
}

export function kindPatch(draft: Draft, kind: SphereKind): DraftPatch | null {
	return kind === draft.kind ? null : { op: 'set-kind', from: draft.kind, to: kind };
}

/** Adds every code not yet a member, as one undoable step. */
export function addManyPatch(draft: Draft, codes: readonly string[]): DraftPatch | null {
	const present = new Set(draft.codes);
	const patches: DraftPatch[] = [];
	for (const code of codes) {
		if (present.has(code)) continue;
		present.add(code);
		patches.push({ op: 'add', code, index: draft.codes.length + patches.length });
	}
	return patches.length === 0 ? null : { op: 'batch', patches };
}

/** Replaces the members (centres that are not in `codes` stop being centres), as one step. */
export function replaceMembersPatch(draft: Draft, codes: readonly string[]): DraftPatch | null {
	const keep = new Set(codes);
	const patches: DraftPatch[] = [];
	const centres = draft.centres.filter((code) => keep.has(code));
	if (centres.length !== draft.centres.length) {
		patches.push({ op: 'set-centres', from: [...draft.centres], to: centres });
	}
	// Remove from the end so that each recorded index is right when the batch is applied in order.
	for (let index = draft.codes.length - 1; index >= 0; index -= 1) {
		const code = draft.codes[index];
		if (!keep.has(code)) patches.push({ op: 'remove', code, index });
	}
	const remaining = draft.codes.filter((code) => keep.has(code));
	const additions = addManyPatch({ ...draft, codes: remaining }, codes);
	if (additions !== null && additions.op === 'batch') patches.push(...additions.patches);
	return patches.length === 0 ? null : { op: 'batch', patches };
}
