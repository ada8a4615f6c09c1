/**
 * The language mechanism. Every table of UI words is a `Texts<T>`: the same shape in
 * Japanese and English, read through `text(table, lang)`. Each page's table lives beside
 * this file (explorer, research, drafts, projects, presenter) and starts from the shared
 * words in ./shared. Names of places and spheres are data and stay Japanese in both.
 */
import type { Lang } from '$lib/state/types';

export type { Lang };
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** One table of UI words, in both languages. */
export type Texts<T> = Readonly<Record<Lang, T>>;

/** The words of `table` in `lang`: the one way components read UI text. */
export function text<T>(table: Texts<T>, lang: Lang): T {
	return table[lang];
}

export function isLang(value: unknown): value is Lang {
	return value === 'ja' || value === 'en';
}

/** The other language: what the language button switches to. */
export function otherLang(lang: Lang): Lang {
	return lang === 'ja' ? 'en' : 'ja';
}

export type { Strings } from './explorer';
