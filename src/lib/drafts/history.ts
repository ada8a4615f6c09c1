/**
 * Undo and redo as two stacks of patches. Serialisable: the history of every draft is
 * plain JSON, so it survives a reload along with the drafts.
 */
import { applyPatch, invertPatch, type Draft, type DraftPatch } from './model';

export interface DraftHistory {
	undo: DraftPatch[];
	redo: DraftPatch[];
}

/** Older steps are forgotten past this, so storage stays small. */
export const MAX_HISTORY = 100;

export const emptyHistory = (): DraftHistory => ({ undo: [], redo: [] });

export interface Step {
	draft: Draft;
	history: DraftHistory;
}

export function commit(draft: Draft, history: DraftHistory, patch: DraftPatch): Step {
	return {
		draft: applyPatch(draft, patch),
		history: { undo: [...history.undo, patch].slice(-MAX_HISTORY), redo: [] }
	};
}

export function undo(draft: Draft, history: DraftHistory): Step | null {
	const patch = history.undo.at(-1);
	if (patch === undefined) return null;
	return {
		draft: applyPatch(draft, invertPatch(patch)),
		history: { undo: history.undo.slice(0, -1), redo: [...history.redo, patch] }
	};
}

export function redo(draft: Draft, history: DraftHistory): Step | null {
	const patch = history.redo.at(-1);
	if (patch === undefined) return null;
	return {
		draft: applyPatch(draft, patch),
		history: { undo: [...history.undo, patch], redo: history.redo.slice(0, -1) }
	};
}
