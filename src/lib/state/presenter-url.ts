/**
 * A prefecture page's URL (/pref/NN): a view of its state. Every parameter is optional;
 * a value that cannot be read is dropped and reported.
 *
 *   present              presentation mode (no value: "?present" as older links have it)
 *   slide  <sphere id>   the sphere shown; absent: the prefecture as a whole
 *   lang   ja | en
 */
import type { Lang } from './types';

export interface PresenterSnapshot {
	present: boolean;
	/** The id of the sphere slide shown; null: the prefecture. */
	slide: string | null;
	lang: Lang;
}

export type PresenterParam = 'slide' | 'lang';

export interface PresenterUrlIssue {
	param: PresenterParam;
	value: string;
}

const SPHERE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function defaultPresenterSnapshot(): PresenterSnapshot {
	return { present: false, slide: null, lang: 'ja' };
}

export function decodePresenterQuery(query: string): {
	snapshot: PresenterSnapshot;
	issues: PresenterUrlIssue[];
} {
	const params = new URLSearchParams(query);
	const snapshot = defaultPresenterSnapshot();
	const issues: PresenterUrlIssue[] = [];
	snapshot.present = params.has('present');
	const slide = params.get('slide');
	if (slide !== null) {
		if (SPHERE_ID.test(slide)) snapshot.slide = slide;
		else issues.push({ param: 'slide', value: slide });
	}
	const lang = params.get('lang');
	if (lang !== null) {
		if (lang === 'ja' || lang === 'en') snapshot.lang = lang;
		else issues.push({ param: 'lang', value: lang });
	}
	return { snapshot, issues };
}

/** The query string of a snapshot ("" at the defaults), in a fixed order. */
export function encodePresenterQuery(snapshot: PresenterSnapshot): string {
	const parts: string[] = [];
	if (snapshot.present) parts.push('present');
	if (snapshot.slide !== null) parts.push(`slide=${encodeURIComponent(snapshot.slide)}`);
	if (snapshot.lang !== 'ja') parts.push(`lang=${snapshot.lang}`);
	return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** The prefecture index (/pref) carries only the language. */
export interface IndexSnapshot {
	lang: Lang;
}

export function decodeIndexQuery(query: string): { snapshot: IndexSnapshot; issues: PresenterUrlIssue[] } {
	const { snapshot, issues } = decodePresenterQuery(query);
	return { snapshot: { lang: snapshot.lang }, issues: issues.filter((issue) => issue.param === 'lang') };
}

export function encodeIndexQuery(snapshot: IndexSnapshot): string {
	return encodePresenterQuery({ ...defaultPresenterSnapshot(), lang: snapshot.lang });
}
