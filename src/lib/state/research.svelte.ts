/**
 * The Researcher view's state, in runes. Serialisable: `snapshot` is all of it, and the URL
 * is a view of the snapshot (research-url.ts). Derived figures live in the components.
 */
import type { Lang } from '$lib/state/types';
import { DEFAULT_SNAPSHOT, type MapMode, type Measure, type ResearchSnapshot } from './research-url';

export type CompareSide = 'a' | 'b';

export class ResearchState {
	date = $state<string | null>(DEFAULT_SNAPSHOT.date);
	measure = $state<Measure>({ ...DEFAULT_SNAPSHOT.measure });
	map = $state<MapMode>(DEFAULT_SNAPSHOT.map);
	pref = $state<string | null>(DEFAULT_SNAPSHOT.pref);
	a = $state<string | null>(DEFAULT_SNAPSHOT.a);
	b = $state<string | null>(DEFAULT_SNAPSHOT.b);
	lang = $state<Lang>(DEFAULT_SNAPSHOT.lang);

	snapshot(): ResearchSnapshot {
		return {
			date: this.date,
			measure: { ...this.measure },
			map: this.map,
			pref: this.pref,
			a: this.a,
			b: this.b,
			lang: this.lang
		};
	}

	apply(snapshot: ResearchSnapshot): void {
		this.date = snapshot.date;
		this.measure = { ...snapshot.measure };
		this.map = snapshot.map;
		this.pref = snapshot.pref;
		this.a = snapshot.a;
		this.b = snapshot.b;
		this.lang = snapshot.lang;
	}

	/** The as-of date in force: the chosen one, or the data's own. */
	asOf(dataAsOf: string): string {
		return this.date ?? dataAsOf;
	}

	/** A date equal to the data's own is kept as null, so the default URL stays clean. */
	setDate(date: string, dataAsOf: string): void {
		this.date = date === dataAsOf ? null : date;
	}

	setSubject(side: CompareSide, key: string | null): void {
		this[side] = key;
	}
}
