/** The explorer's URL binding: its codec (./url) and how its history entries are made. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { selectionKey, type ExplorerSnapshot } from './types';
import { decodeExplorerQuery, encodeExplorerQuery, type UrlCatalogue, type UrlIssue } from './url';
import { UrlBinding, type PageStore } from './url-binding.svelte';

/** The explorer's own page (under the app's base path) with a query string. */
export function explorerHref(query: `?${string}`): ResolvedPathname {
	return resolve(`/${query}`);
}

/**
 * A new selection adds a history entry, anything else (map moves, layers) replaces the
 * current one. Once the data have loaded (`catalogue`), selections are checked against it.
 */
export function bindExplorerUrl(
	store: PageStore<ExplorerSnapshot>,
	catalogue: () => UrlCatalogue | undefined
): UrlBinding<ExplorerSnapshot, UrlIssue> {
	return new UrlBinding(
		store,
		{ decode: (query) => decodeExplorerQuery(query, catalogue()), encode: encodeExplorerQuery },
		{
			path: () => resolve('/'),
			isNewEntry: (previous, next) => selectionKey(previous.selection) !== selectionKey(next.selection),
			// A draft share link lives in the hash (see drafts/share.ts): keep it while it is shown.
			keepHash: (hash) => (hash.includes('draft=') ? hash : '')
		}
	);
}

/** Selections in the current URL that name nothing in the loaded data. */
export function unknownSelections(catalogue: UrlCatalogue): UrlIssue[] {
	return decodeExplorerQuery(location.search, catalogue).issues.filter((issue) => issue.param === 'sel');
}
