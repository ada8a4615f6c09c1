/**
 * The planner's drafts, read from localStorage through the drafts module's own reader,
 * as compare subjects. Read-only: the Researcher view never writes a draft.
 */
import type { CompareSubject } from '$lib/analysis/research/compare';
import { readStoredDrafts, STORAGE_KEY } from '$lib/drafts/storage';

export const DRAFT_KEY_PREFIX = 'draft:';

/** Every readable draft; none when storage is unavailable (private mode, blocked). */
export function readDraftSubjects(): CompareSubject[] {
	let raw: string | null;
	try {
		raw = localStorage.getItem(STORAGE_KEY);
	} catch {
		return [];
	}
	return readStoredDrafts(raw).entries.map(({ draft }) => ({
		key: `${DRAFT_KEY_PREFIX}${draft.id}`,
		label: draft.name,
		kind: draft.kind,
		codes: [...draft.codes],
		centres: [...draft.centres],
		note: null
	}));
}

/** Calls `onchange` when another tab changes the drafts. Returns the cleanup. */
export function watchDrafts(onchange: () => void): () => void {
	const listener = (event: StorageEvent) => {
		if (event.key === null || event.key === STORAGE_KEY) onchange();
	};
	addEventListener('storage', listener);
	return () => removeEventListener('storage', listener);
}
