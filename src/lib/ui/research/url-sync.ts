import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { startingLang } from '$lib/state/language';
import { decodeResearchQuery, encodeResearchQuery, type ResearchUrlIssue } from './research-url';
import type { ResearchState } from './research-state.svelte';

/** Applies the page's query to the state; returns what could not be read. Browser only. */
export function readResearchUrl(state: ResearchState): ResearchUrlIssue[] {
	const { snapshot, issues } = decodeResearchQuery(location.search);
	snapshot.lang = startingLang(location.search) ?? snapshot.lang;
	state.apply(snapshot);
	return issues;
}

/** Writes the state's snapshot to the address bar, without a history entry. */
export function writeResearchUrl(state: ResearchState): void {
	const query = encodeResearchQuery(state.snapshot());
	if (query === location.search) return;
	replaceState(query === '' ? resolve('/research') : resolve(`/research?${query.slice(1)}`), {});
}
