import { gradeShare, sharesTo, type CommutingIndex } from './commuting';
import { ELIGIBILITY_RULES, resolveParameters, type EligibilityParameters } from './rules';

export interface CommutingCandidate {
	code: string;
	share: number;
	persons: number;
	total: number;
	grade: 'pass' | 'near';
}

/**
 * Municipalities outside `exclude` whose share of commuters to `centres` (together) is at
 * least 10%, or near it, largest share first. Works for any centre, real or draft.
 */
export function commutingCandidates(
	index: CommutingIndex,
	centres: readonly string[],
	exclude: Iterable<string> = [],
	parameters: Partial<EligibilityParameters> = {}
): CommutingCandidate[] {
	const { commutingTolerance } = resolveParameters(parameters);
	const { threshold } = ELIGIBILITY_RULES.commuting;
	const skip = new Set([...exclude, ...centres]);
	const candidates: CommutingCandidate[] = [];
	// Only an origin with a stored flow to some centre can reach the near band (scripts/lib/commuting.ts).
	for (const [code, value] of sharesTo(index, centres)) {
		if (skip.has(code) || value.below !== null) continue;
		const { share, persons, total } = value;
		const grade = gradeShare(share, threshold, commutingTolerance);
		if (grade !== 'fail') candidates.push({ code, share, persons, total, grade });
	}
	return candidates.sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}

/** The centres and every municipality sending at least 10% of its commuters to them. */
export function tenPercentArea(index: CommutingIndex, centres: readonly string[]): string[] {
	const area = commutingCandidates(index, centres, [], { commutingTolerance: 0 }).map((c) => c.code);
	return [...centres, ...area];
}
