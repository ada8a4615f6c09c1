import type { SphereKind } from '../../data/types';
import { commutingShare, gradeShare, type CommutingIndex } from '../commuting';
import type { AnalysisContext } from '../context';
import { ELIGIBILITY_RULES, type EligibilityParameters } from '../rules';
import { criterionResult, NOT_CHECKABLE, type CriterionResult, type CriterionStatus } from './criterion';
import { formatCount, uncheckableCriterion } from './measures';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function prefectureName(context: AnalysisContext, code: string): string {
	return context.prefectures.get(code.slice(0, 2))?.name ?? code.slice(0, 2);
}

function uncheckable(criterion: string, kind: SphereKind, code: string, name: string, reason: string) {
	return criterionResult({
		criterion,
		rule: ELIGIBILITY_RULES[kind].members.commuting,
		subject: [code],
		subjectName: name,
		role: 'advisory',
		status: 'not-checkable',
		value: null,
		census: 2020,
		reason: `${NOT_CHECKABLE} (${reason})`
	});
}

/**
 * One advisory criterion per member: its share of commuters to the centre (to both centres
 * together for a pair). Without a commuting index, one not-checkable criterion for all.
 */
export function memberCommutingCriteria(
	context: AnalysisContext,
	kind: SphereKind,
	centres: readonly string[],
	members: readonly string[],
	parameters: EligibilityParameters,
	index: CommutingIndex | undefined
): CriterionResult[] {
	if (members.length === 0) return [];
	const rule = ELIGIBILITY_RULES[kind].members.commuting;
	const criterion = `${kind}.members.commuting`;
	if (index === undefined) return [uncheckableCriterion(criterion, rule, members, 'advisory')];
	const threshold = rule.threshold;
	const nearFrom = threshold - parameters.commutingTolerance;
	const centreNames = centres.map((code) => context.municipalities.get(code)?.name ?? code).join('・');
	const toText = centres.length > 1 ? ` to ${centreNames} together` : ` to ${centreNames}`;
	return members.map((code) => {
		const name = context.municipalities.get(code)?.name ?? code;
		const lookup = commutingShare(index, code, centres);
		if (!lookup.ok) {
			const reason =
				lookup.reason === 'prefecture-not-covered'
					? `no commuting data for ${prefectureName(context, code)}`
					: 'no commuters recorded';
			return uncheckable(criterion, kind, code, name, reason);
		}
		const { persons, total, share, below } = lookup.value;
		// An unstored flow leaves the share a lower bound; decide only when the bound cannot change the grade.
		if (below !== null && [nearFrom, threshold].some((bound) => share < bound && bound < below)) {
			return uncheckable(criterion, kind, code, name, `a flow under 1% is not in the bundled table`);
		}
		const status: CriterionStatus = gradeShare(share, threshold, parameters.commutingTolerance);
		const shareText = below === null ? percent(share) : `< ${percent(below)}`;
		return criterionResult({
			criterion,
			rule,
			subject: [code],
			subjectName: name,
			role: 'advisory',
			status,
			value: share,
			valueText: `${shareText}${toText} (${formatCount(persons)} / ${formatCount(total)})`,
			nearFrom,
			census: 2020,
			commuting: { to: lookup.value.to, persons, total, share, below }
		});
	});
}
