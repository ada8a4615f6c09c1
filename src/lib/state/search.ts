/**
 * Search over municipalities (kanji, kana, code) and spheres (name, alternative name).
 * Prefix matches rank before partial ones; katakana, full-width characters and spaces
 * are folded so that 「フクヤマ」, 「ふくやま」 and 「ふくやま し」 find the same city.
 * A sphere is found by its name, its romanised id read as kana (bingo → びんご) and the
 * readings of its centre cities.
 */
import { isKana, toHiragana } from 'wanakana';
import type { Municipality, Prefecture, Sphere } from '$lib/data/types';
import type { Selection } from './types';

/** What choosing a result selects. */
export type SearchTarget = Selection;

export interface SearchEntry {
	target: SearchTarget;
	label: string;
	/** Secondary text: prefecture and code, or the kind of sphere. */
	detail: string;
	/** Normalised strings the query is matched against. */
	keys: string[];
	/** Larger sorts first among equally good matches (population for municipalities). */
	weight: number;
}

export interface SearchResult {
	entry: SearchEntry;
	match: 'exact' | 'prefix' | 'partial';
}

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KATAKANA_TO_HIRAGANA = 0x60;

/** NFKC, lower case, katakana → hiragana, without spaces and middle dots. */
export function normaliseForSearch(text: string): string {
	let folded = '';
	for (const char of text.normalize('NFKC').toLowerCase()) {
		const code = char.codePointAt(0)!;
		folded +=
			code >= KATAKANA_START && code <= KATAKANA_END
				? String.fromCodePoint(code - KATAKANA_TO_HIRAGANA)
				: char;
	}
	return folded.replace(/[\s・･]/gu, '');
}

export function municipalityEntries(
	municipalities: readonly Municipality[],
	describe: (municipality: Municipality) => string
): SearchEntry[] {
	return municipalities.map((municipality) => ({
		target: { kind: 'municipality', code: municipality.code },
		label: municipality.name,
		detail: describe(municipality),
		keys: [
			municipality.name,
			municipality.kana,
			municipality.code,
			municipality.prefName + municipality.name
		].map(normaliseForSearch),
		weight: municipality.pop2020
	}));
}

/**
 * Kana readings of a sphere id, one per word: `tokushima-tobu` → とくしま, とぶ and
 * とくしまとぶ. Ids are romanised without long vowels (tobu for 東部, chuo for 中央), so a
 * query written with them (とうぶ) does not match these keys. English words in ids
 * (`-city`) do not read as kana and are left out.
 */
export function idReadings(id: string): string[] {
	const words = id
		.split('-')
		.map((word) => toHiragana(word))
		.filter((word) => word !== '' && isKana(word));
	return words.length > 1 ? [...words, words.join('')] : words;
}

export function sphereEntries(
	spheres: readonly Sphere[],
	describe: (sphere: Sphere) => string,
	kanaOf: (code: string) => string | undefined = () => undefined
): SearchEntry[] {
	return spheres.map((sphere) => ({
		target: { kind: 'sphere', id: sphere.id },
		label: sphere.name,
		detail: describe(sphere),
		keys: [
			sphere.name,
			sphere.note ?? '',
			sphere.id,
			...idReadings(sphere.id),
			...sphere.centres.map((code) => kanaOf(code) ?? '')
		]
			.filter((key) => key !== '')
			.map(normaliseForSearch),
		// Spheres rank after a municipality matched equally well, and current ones first.
		weight: sphere.endedOn === null ? -1 : -2
	}));
}

export function prefectureDetail(prefectures: readonly Prefecture[]): (municipality: Municipality) => string {
	const names = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture.name]));
	return (municipality) =>
		`${names.get(municipality.prefCode) ?? municipality.prefName} · ${municipality.code}`;
}

const MATCH_RANK = { exact: 0, prefix: 1, partial: 2 } as const;

function bestMatch(keys: readonly string[], query: string): SearchResult['match'] | null {
	let best: SearchResult['match'] | null = null;
	for (const key of keys) {
		if (key === query) return 'exact';
		if (key.startsWith(query)) best = 'prefix';
		else if (best === null && key.includes(query)) best = 'partial';
	}
	return best;
}

export function search(entries: readonly SearchEntry[], query: string, limit = 10): SearchResult[] {
	const normalised = normaliseForSearch(query);
	if (normalised === '') return [];
	const results: SearchResult[] = [];
	for (const entry of entries) {
		const match = bestMatch(entry.keys, normalised);
		if (match !== null) results.push({ entry, match });
	}
	results.sort(
		(a, b) =>
			MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
			b.entry.weight - a.entry.weight ||
			a.entry.label.localeCompare(b.entry.label, 'ja')
	);
	return results.slice(0, limit);
}
