/**
 * The Researcher view's URL: a view of its state. Every parameter is optional; a value
 * that cannot be read is dropped and reported, never guessed.
 *
 *   date      YYYY-MM-DD               as-of date (default: the data's as-of date)
 *   measure   <category>-<quantity>    e.g. renkei-population (default)
 *   map       pref | muni              prefecture choropleth or "which scheme covers me"
 *   pref      01 … 47                  selected prefecture (map fitted to it)
 *   a, b      sphere:<id> | pref:NN | draft:<id>   the two compare picks
 *   lang      ja | en
 */
import { isCalendarDate } from '$lib/analysis/as-of';
import { COVERAGE_CATEGORIES, type CoverageCategory } from '$lib/analysis/coverage';
import type { Lang } from '$lib/state/types';

export const QUANTITIES = ['municipalities', 'population', 'area'] as const;
export type Quantity = (typeof QUANTITIES)[number];
export type MapMode = 'pref' | 'muni';

export interface Measure {
	category: CoverageCategory;
	quantity: Quantity;
}

export interface ResearchSnapshot {
	/** null: the data's own as-of date. */
	date: string | null;
	measure: Measure;
	map: MapMode;
	pref: string | null;
	a: string | null;
	b: string | null;
	lang: Lang;
}

export const DEFAULT_SNAPSHOT: ResearchSnapshot = {
	date: null,
	measure: { category: 'renkei', quantity: 'population' },
	map: 'pref',
	pref: null,
	a: null,
	b: null,
	lang: 'ja'
};

export type ResearchParam = 'date' | 'measure' | 'map' | 'pref' | 'a' | 'b' | 'lang';

export interface ResearchUrlIssue {
	param: ResearchParam;
	value: string;
}

const SUBJECT_PATTERN = /^(sphere:[a-z0-9_-]{1,64}|pref:(0[1-9]|[1-3]\d|4[0-7])|draft:\S{1,64})$/;
const PREF_PATTERN = /^(0[1-9]|[1-3]\d|4[0-7])$/;

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
	(values as readonly string[]).includes(value);

export function isSubjectKey(value: string): boolean {
	return SUBJECT_PATTERN.test(value);
}

export function parseMeasure(value: string): Measure | null {
	const [category, quantity, ...rest] = value.split('-');
	if (rest.length > 0 || category === undefined || quantity === undefined) return null;
	if (!isOneOf(COVERAGE_CATEGORIES, category) || !isOneOf(QUANTITIES, quantity)) return null;
	return { category, quantity };
}

export function measureKey(measure: Measure): string {
	return `${measure.category}-${measure.quantity}`;
}

/** Reads a query string; what cannot be read keeps its default and is listed in `issues`. */
export function decodeResearchQuery(search: string): {
	snapshot: ResearchSnapshot;
	issues: ResearchUrlIssue[];
} {
	const params = new URLSearchParams(search);
	const snapshot: ResearchSnapshot = { ...DEFAULT_SNAPSHOT, measure: { ...DEFAULT_SNAPSHOT.measure } };
	const issues: ResearchUrlIssue[] = [];
	/** Applies a present, readable value; reports a present, unreadable one. */
	const read = <T>(param: ResearchParam, parse: (value: string) => T | null, apply: (parsed: T) => void) => {
		const value = params.get(param);
		if (value === null) return;
		const parsed = parse(value);
		if (parsed === null) issues.push({ param, value });
		else apply(parsed);
	};
	const matching = (accept: (value: string) => boolean) => (value: string) => (accept(value) ? value : null);
	read('date', matching(isCalendarDate), (date) => (snapshot.date = date));
	read('measure', parseMeasure, (measure) => (snapshot.measure = measure));
	read(
		'map',
		matching((value) => isOneOf<MapMode>(['pref', 'muni'], value)),
		(map) => (snapshot.map = map as MapMode)
	);
	read(
		'pref',
		matching((value) => PREF_PATTERN.test(value)),
		(pref) => (snapshot.pref = pref)
	);
	read('a', matching(isSubjectKey), (key) => (snapshot.a = key));
	read('b', matching(isSubjectKey), (key) => (snapshot.b = key));
	read(
		'lang',
		matching((value) => isOneOf<Lang>(['ja', 'en'], value)),
		(lang) => (snapshot.lang = lang as Lang)
	);
	return { snapshot, issues };
}

/** The query string of a snapshot ("" when everything is at its default), in a fixed order. */
export function encodeResearchQuery(snapshot: ResearchSnapshot): string {
	const params = new URLSearchParams();
	if (snapshot.date !== null) params.set('date', snapshot.date);
	if (measureKey(snapshot.measure) !== measureKey(DEFAULT_SNAPSHOT.measure))
		params.set('measure', measureKey(snapshot.measure));
	if (snapshot.map !== DEFAULT_SNAPSHOT.map) params.set('map', snapshot.map);
	if (snapshot.pref !== null) params.set('pref', snapshot.pref);
	if (snapshot.a !== null) params.set('a', snapshot.a);
	if (snapshot.b !== null) params.set('b', snapshot.b);
	if (snapshot.lang !== 'ja') params.set('lang', snapshot.lang);
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}
