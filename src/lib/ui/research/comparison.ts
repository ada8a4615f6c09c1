/**
 * The comparison the Researcher view shows: two subjects resolved from their keys
 * ("sphere:<id>", "pref:NN", "draft:<id>") on the as-of date, then aggregated and checked
 * against the eligibility rules with the analysis module (loaded on demand).
 */
import type { Aggregate } from '$lib/analysis/aggregate';
import type { CriterionResult, EligibilityResult } from '$lib/analysis/eligibility/criterion';
import type { CoverageRow } from '$lib/analysis/coverage';
import {
	compareAggregates,
	compareCoverageRows,
	MIXED_MEASURES,
	overlapOf,
	prefectureCodeOf,
	prefectureSubject,
	sphereSubject,
	type CompareRow,
	type CompareSubject
} from '$lib/analysis/research/compare';
import type { Geodata } from '$lib/data/types';
import type { LoadedAnalysis } from '../analysis/load-analysis';

export interface ComparedSide {
	subject: CompareSubject;
	aggregate: Aggregate;
	/** null for a prefecture, or a sphere without members on the date. */
	eligibility: EligibilityResult | null;
}

export interface Comparison {
	a: ComparedSide;
	b: ComparedSide;
	rows: CompareRow[];
	overlap: ReturnType<typeof overlapOf>;
}

/** A subject from its key; null for a key naming nothing in the data or the stored drafts. */
export function resolveSubject(
	geodata: Geodata,
	drafts: readonly CompareSubject[],
	key: string | null,
	asOf: string
): CompareSubject | null {
	if (key === null) return null;
	if (key.startsWith('draft:')) return drafts.find((draft) => draft.key === key) ?? null;
	const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
	if (type === 'sphere') {
		const sphere = geodata.spheres.spheres.find((entry) => entry.id === id);
		return sphere ? sphereSubject(sphere, asOf) : null;
	}
	if (type === 'pref') {
		const prefecture = geodata.municipalities.prefectures.find((entry) => entry.code === id);
		if (!prefecture) return null;
		const codes = geodata.municipalities.municipalities.filter((m) => m.prefCode === id).map((m) => m.code);
		return prefectureSubject(prefecture, codes);
	}
	return null;
}

function compareSide({ api, context }: LoadedAnalysis, subject: CompareSubject): ComparedSide {
	if (subject.kind !== null && subject.centres.length > 0) {
		const draft = { kind: subject.kind, centres: subject.centres, codes: subject.codes };
		const { aggregate, eligibility } = api.analyseDraft(context, draft);
		return { subject, aggregate, eligibility };
	}
	return { subject, aggregate: api.aggregateCodes(context, subject.codes), eligibility: null };
}

/**
 * Rows that mean something for the kinds compared: two prefectures by their coverage rows
 * on the date, two spheres or drafts by everything their aggregates say, and a sphere
 * against a prefecture by size alone.
 */
function compareRows(
	a: ComparedSide,
	b: ComparedSide,
	coverageRowOf: (prefCode: string) => CoverageRow | undefined
): CompareRow[] {
	const [prefA, prefB] = [prefectureCodeOf(a.subject), prefectureCodeOf(b.subject)];
	const rowA = prefA === null ? undefined : coverageRowOf(prefA);
	const rowB = prefB === null ? undefined : coverageRowOf(prefB);
	if (rowA && rowB) return compareCoverageRows(rowA, rowB);
	const flags = { partialA: a.subject.partial ?? false, partialB: b.subject.partial ?? false };
	const mixed = (prefA === null) !== (prefB === null);
	return compareAggregates(a.aggregate, b.aggregate, mixed ? MIXED_MEASURES : undefined, flags);
}

export function compareSubjects(
	analysis: LoadedAnalysis,
	a: CompareSubject,
	b: CompareSubject,
	coverageRowOf: (prefCode: string) => CoverageRow | undefined = () => undefined
): Comparison {
	const sideA = compareSide(analysis, a);
	const sideB = compareSide(analysis, b);
	return {
		a: sideA,
		b: sideB,
		rows: compareRows(sideA, sideB, coverageRowOf),
		overlap: overlapOf(sideA.aggregate.codes, sideB.aggregate.codes)
	};
}

export interface CriterionPair {
	criterion: string;
	title: string;
	a: CriterionResult | null;
	b: CriterionResult | null;
}

/** The criteria of both sides by id, in the order they first appear (A's, then B's own). */
export function criteriaSideBySide(
	a: EligibilityResult | null,
	b: EligibilityResult | null
): CriterionPair[] {
	const pairs: CriterionPair[] = [];
	for (const [side, result] of [
		['a', a],
		['b', b]
	] as const) {
		for (const criterion of result?.criteria ?? []) {
			let pair = pairs.find((entry) => entry.criterion === criterion.criterion);
			if (pair === undefined) {
				pair = { criterion: criterion.criterion, title: criterion.title, a: null, b: null };
				pairs.push(pair);
			}
			pair[side] = criterion;
		}
	}
	return pairs;
}
