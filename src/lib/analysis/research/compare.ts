/**
 * Side-by-side comparison of two "subjects": any labelled list of municipality codes with
 * optional centres and kind. A sphere on a date, a prefecture, or a planner's draft all
 * reduce to one, so the comparison never needs to know where a list came from.
 */
import type { Prefecture, Sphere, SphereKind } from '../../data/types';
import type { Aggregate } from '../aggregate';
import { sphereMembership } from '../sphere';

export interface CompareSubject {
	/** Stable key, e.g. "sphere:bingo", "pref:34", "draft:…". */
	key: string;
	label: string;
	/** The scheme whose eligibility applies; null for a prefecture. */
	kind: SphereKind | null;
	codes: string[];
	centres: string[];
	/** Why the list is empty or partial, e.g. a sphere not yet formed on the date. */
	note: string | null;
}

export function sphereSubject(sphere: Sphere, asOf: string): CompareSubject {
	const membership = sphereMembership(sphere, asOf);
	return {
		key: `sphere:${sphere.id}`,
		label: sphere.name,
		kind: sphere.kind,
		codes: membership.codes,
		centres: membership.centres,
		note: membership.active ? null : 'inactive'
	};
}

export function prefectureSubject(prefecture: Prefecture, codes: readonly string[]): CompareSubject {
	return {
		key: `pref:${prefecture.code}`,
		label: prefecture.name,
		kind: null,
		codes: [...codes],
		centres: [],
		note: null
	};
}

export type CompareMeasure =
	| 'memberCount'
	| 'population'
	| 'areaOfficialKm2'
	| 'densityPerKm2'
	| 'dayNightRatio'
	| 'parts'
	| 'prefectures';

export const COMPARE_MEASURES: readonly CompareMeasure[] = [
	'memberCount',
	'population',
	'areaOfficialKm2',
	'densityPerKm2',
	'dayNightRatio',
	'parts',
	'prefectures'
];

export interface CompareRow {
	measure: CompareMeasure;
	a: number | null;
	b: number | null;
	/** b − a; null when either is missing. */
	delta: number | null;
	/** (b − a) ÷ a × 100; null when either is missing or a is 0. */
	deltaPct: number | null;
}

function valueOf(aggregate: Aggregate, measure: CompareMeasure): number | null {
	switch (measure) {
		case 'parts':
			return aggregate.memberCount === 0 ? 0 : aggregate.parts.length;
		case 'prefectures':
			return aggregate.prefectures.length;
		default:
			return aggregate[measure];
	}
}

/** The delta table: one row per measure, B against A. */
export function compareAggregates(a: Aggregate, b: Aggregate): CompareRow[] {
	return COMPARE_MEASURES.map((measure) => {
		const valueA = valueOf(a, measure);
		const valueB = valueOf(b, measure);
		const delta = valueA === null || valueB === null ? null : valueB - valueA;
		const deltaPct = delta === null || valueA === null || valueA === 0 ? null : (delta / valueA) * 100;
		return { measure, a: valueA, b: valueB, delta, deltaPct };
	});
}

/** Codes in A only, in both, in B only: what the map's two outlines show. */
export function overlapOf(a: readonly string[], b: readonly string[]) {
	const inA = new Set(a);
	const inB = new Set(b);
	return {
		onlyA: a.filter((code) => !inB.has(code)),
		shared: a.filter((code) => inB.has(code)),
		onlyB: b.filter((code) => !inA.has(code))
	};
}
