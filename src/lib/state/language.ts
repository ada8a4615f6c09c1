/**
 * The language carried from page to page: each page reads `lang` from its URL, and
 * without one falls back to the language last shown, remembered in localStorage.
 * Browser only; storage that is blocked, full or holding something else is ignored.
 */
import type { Lang } from './types';

export const LANG_STORAGE_KEY = 'keniki-atlas:lang';

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The remembered language; null when there is none or the stored value is not one. */
export function rememberedLang(store: Storage | null = storage()): Lang | null {
	let value: string | null;
	try {
		value = store?.getItem(LANG_STORAGE_KEY) ?? null;
	} catch {
		return null;
	}
	if (value === 'ja' || value === 'en') return value;
	if (value !== null) forget(store);
	return null;
}

function forget(store: Storage | null): void {
	try {
		store?.removeItem(LANG_STORAGE_KEY);
	} catch {
		// Nothing to do: the value is ignored on every read anyway.
	}
}

export function rememberLang(lang: Lang, store: Storage | null = storage()): void {
	try {
		store?.setItem(LANG_STORAGE_KEY, lang);
	} catch {
		// Blocked or full storage: the language still carries through the URL.
	}
}

/** The page's language when its URL names none. */
export function startingLang(query: string, store: Storage | null = storage()): Lang | null {
	return new URLSearchParams(query).has('lang') ? null : rememberedLang(store);
}

/** Marks the document with the page's language (screen readers, fonts, hyphenation). */
export function showLang(lang: Lang): void {
	document.documentElement.lang = lang;
}
