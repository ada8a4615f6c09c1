/**
 * One way for a page to keep its URL and its state store in step. A codec turns the query
 * string into a snapshot (listing what it could not read) and back; the binding applies
 * the URL on load, on history navigation and on client-side navigation, and writes the
 * store's snapshot back whenever it changes. Writes that add no history entry are spaced
 * at least `minIntervalMs` apart (map moves, Play steps), the last one always landing.
 * It also carries the page's language: without `lang` in the URL the remembered one
 * applies, and the language in use is remembered and set on <html>. Browser only;
 * construct it while the page component initialises.
 */
import { onMount } from 'svelte';
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import type { ResolvedPathname } from '$app/types';
import { rememberLang, showLang, startingLang } from './language';
import type { Lang } from './types';

export interface UrlCodec<S, I> {
	/** Reads a query string ("?a=b", "a=b" or ""); what cannot be read keeps its default and is listed. */
	decode(query: string): { snapshot: S; issues: I[] };
	/** The query string of a snapshot: "" or "?…". */
	encode(snapshot: S): string;
}

export interface PageStore<S> {
	snapshot(): S;
	apply(snapshot: S): void;
}

export interface UrlBindingOptions<S> {
	/** The page's own path under the base path, without a query. */
	path: () => ResolvedPathname;
	/** True when going from `previous` to `next` deserves its own history entry. */
	isNewEntry?: (previous: S, next: S) => boolean;
	/** The part of the current hash to keep when rewriting the URL ("" drops it). */
	keepHash?: (hash: string) => string;
	minIntervalMs?: number;
}

export class UrlBinding<S extends { lang: Lang }, I> {
	/** What the URL held that could not be used, for the page's notice. */
	issues = $state.raw<I[]>([]);
	#store: PageStore<S>;
	#codec: UrlCodec<S, I>;
	#options: Required<UrlBindingOptions<S>>;
	/** The snapshot the address bar shows: read from it or written to it. */
	#shown: S | null = null;
	#routerReady = false;
	#lastWrite = -Infinity;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(store: PageStore<S>, codec: UrlCodec<S, I>, options: UrlBindingOptions<S>) {
		this.#store = store;
		this.#codec = codec;
		this.#options = {
			isNewEntry: () => false,
			keepHash: () => '',
			minIntervalMs: 100,
			...options
		};
		onMount(() => {
			this.#read();
			const onPopState = () => this.#read();
			addEventListener('popstate', onPopState);
			return () => {
				removeEventListener('popstate', onPopState);
				clearTimeout(this.#timer);
			};
		});
		afterNavigate((navigation) => {
			// The first navigation is the page load, read on mount; later ones change the URL.
			if (this.#routerReady && navigation.type !== 'popstate') this.#read();
			this.#routerReady = true;
			this.#write(this.#store.snapshot());
		});
		$effect(() => {
			const snapshot = this.#store.snapshot();
			if (this.#routerReady) this.#write(snapshot);
		});
		$effect(() => {
			const lang = this.#store.snapshot().lang;
			showLang(lang);
			if (this.#shown !== null) rememberLang(lang);
		});
	}

	dismissIssues(): void {
		this.issues = [];
	}

	/**
	 * Reports values found unusable once data has loaded; `fix` drops them from the store.
	 * The URL is then corrected in place, without a history entry.
	 */
	correct(issues: readonly I[], fix: () => void): void {
		if (issues.length === 0) return;
		const known = this.issues.map((issue) => JSON.stringify(issue));
		this.issues = [...this.issues, ...issues.filter((issue) => !known.includes(JSON.stringify(issue)))];
		fix();
		this.#shown = this.#store.snapshot();
	}

	/** The page's path comes resolved (under the base path); the query and kept hash follow it. */
	#href(query: string): ResolvedPathname {
		return `${this.#options.path()}${query}${this.#options.keepHash(location.hash)}` as ResolvedPathname;
	}

	#read(): void {
		const { snapshot, issues } = this.#codec.decode(location.search);
		snapshot.lang = startingLang(location.search) ?? snapshot.lang;
		this.issues = issues;
		this.#shown = snapshot;
		this.#store.apply(snapshot);
	}

	#write(snapshot: S): void {
		clearTimeout(this.#timer);
		const query = this.#codec.encode(snapshot);
		if (query === location.search || (query === '' && location.search === '?')) {
			this.#shown = snapshot;
			return;
		}
		const newEntry = this.#shown !== null && this.#options.isNewEntry(this.#shown, snapshot);
		const wait = this.#lastWrite + this.#options.minIntervalMs - performance.now();
		if (!newEntry && wait > 0) {
			this.#timer = setTimeout(() => this.#write(this.#store.snapshot()), wait);
			return;
		}
		this.#shown = snapshot;
		this.#lastWrite = performance.now();
		const navigate = newEntry ? pushState : replaceState;
		navigate(this.#href(query), {});
	}
}
