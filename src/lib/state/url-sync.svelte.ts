import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { startingLang } from './language';
import { selectionKey, type ExplorerSnapshot } from './types';
import { decodeExplorerQuery, encodeExplorerQuery, type UrlCatalogue, type UrlIssue } from './url';
import type { ExplorerState } from './view.svelte';

/** The explorer's own page (under the app's base path) with a query string. */
export function explorerHref(query: `?${string}`): ResolvedPathname {
	return resolve(`/${query}`);
}

/**
 * Keeps the address bar and the ExplorerState in step: a new selection adds a history
 * entry, anything else (map moves, layers) replaces the current one; back and forward
 * restore the state of the entry. Browser only.
 */
export class UrlSync {
	/** What the last URL read could not use, for the notice. */
	issues = $state.raw<UrlIssue[]>([]);
	#state: ExplorerState;
	#catalogue: UrlCatalogue | undefined;
	#writtenQuery = '';
	#writtenSelection = '';

	constructor(state: ExplorerState) {
		this.#state = state;
	}

	/** Applies the page's URL to the state and follows history navigation until the returned cleanup. */
	start(): () => void {
		this.#read();
		const onPopState = () => this.#read();
		addEventListener('popstate', onPopState);
		return () => removeEventListener('popstate', onPopState);
	}

	/**
	 * Once the data has loaded, a selection naming nothing known is dropped and reported.
	 * The URL is then corrected in place, without a history entry.
	 */
	setCatalogue(catalogue: UrlCatalogue): void {
		this.#catalogue = catalogue;
		const { snapshot, issues } = decodeExplorerQuery(location.search, catalogue);
		const selectionIssues = issues.filter((issue) => issue.param === 'sel');
		if (selectionIssues.length === 0) return;
		this.issues = [...this.issues.filter((issue) => issue.param !== 'sel'), ...selectionIssues];
		this.#writtenSelection = selectionKey(snapshot.selection);
		this.#state.select(snapshot.selection);
	}

	dismissIssues(): void {
		this.issues = [];
	}

	/** Writes the state to the URL; call it from an effect that reads the snapshot. */
	write(snapshot: ExplorerSnapshot): void {
		const query = encodeExplorerQuery(snapshot);
		if (query === this.#writtenQuery && query === location.search) return;
		const selection = selectionKey(snapshot.selection);
		const navigate = selection === this.#writtenSelection ? replaceState : pushState;
		this.#writtenQuery = query;
		this.#writtenSelection = selection;
		// A draft share link lives in the hash (see drafts/share.ts): keep it while it is shown.
		const hash = location.hash.includes('draft=') ? location.hash : '';
		navigate(explorerHref(`${query}${hash}`), {});
	}

	#read(): void {
		const { snapshot, issues } = decodeExplorerQuery(location.search, this.#catalogue);
		snapshot.lang = startingLang(location.search) ?? snapshot.lang;
		this.issues = issues;
		this.#writtenQuery = location.search;
		this.#writtenSelection = selectionKey(snapshot.selection);
		this.#state.apply(snapshot);
	}
}
