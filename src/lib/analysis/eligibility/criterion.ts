import type { SphereKind } from '../../data/types';
import { censusLabel, type CensusYear } from '../census';
import { citeRule, ELIGIBILITY_RULES, type CriterionRule } from '../rules';

export type CriterionStatus = 'pass' | 'fail' | 'near' | 'not-checkable';
/** 'alternative': another route to the same requirement; listed, never changes the verdict. */
export type CriterionRole = 'required' | 'alternative';
export type CriterionValue = number | string | boolean | null;

export interface CriterionResult {
	/** Namespaced id, e.g. "renkei.centre.dayNightRatio". */
	criterion: string;
	/** Short Japanese name of what is measured, e.g. 「昼夜間人口比率」. */
	title: string;
	/** Codes of the municipalities the criterion is about. */
	subject: string[];
	role: CriterionRole;
	status: CriterionStatus;
	value: CriterionValue;
	threshold: number | string | null;
	/** Lower bound of the 'near' band, where the rule has one. */
	nearFrom: number | null;
	census: CensusYear | null;
	/** Why `census` differs from the base asked for (a 2025 check reading 2020's ratio). */
	censusNote?: string;
	source: string;
	verified: boolean;
	/** e.g. 「昼夜間人口比率 0.991 (R2) — おおむね1以上: near」 */
	label: string;
}

export const NOT_CHECKABLE = 'not checkable with bundled data';

export interface CriterionSpec {
	criterion: string;
	rule: CriterionRule;
	subject: readonly string[];
	/** Prefix naming the subject in the label, e.g. "射水市". */
	subjectName?: string;
	role?: CriterionRole;
	status: CriterionStatus;
	value: CriterionValue;
	/** How the value reads in the label; omitted when there is nothing to show. */
	valueText?: string;
	threshold?: number | string | null;
	nearFrom?: number | null;
	census: CensusYear | null;
	censusNote?: string;
	/** Why a not-checkable criterion cannot be checked. */
	reason?: string;
}

function labelOf(spec: CriterionSpec): string {
	const subject = spec.subjectName === undefined ? '' : `${spec.subjectName}: `;
	const value = spec.valueText === undefined ? '' : ` ${spec.valueText}`;
	const note = spec.censusNote === undefined ? '' : `; ${spec.censusNote}`;
	const census =
		spec.census === null || spec.valueText === undefined ? '' : ` (${censusLabel(spec.census)}${note})`;
	const status = spec.status === 'not-checkable' ? (spec.reason ?? NOT_CHECKABLE) : spec.status;
	const unverified = spec.rule.verified ? '' : ' [unverified rule wording]';
	return `${subject}${spec.rule.title}${value}${census} — ${spec.rule.wording}: ${status}${unverified}`;
}

export function criterionResult(spec: CriterionSpec): CriterionResult {
	return {
		criterion: spec.criterion,
		title: spec.rule.title,
		subject: [...spec.subject],
		role: spec.role ?? 'required',
		status: spec.status,
		value: spec.value,
		threshold: spec.threshold === undefined ? spec.rule.threshold : spec.threshold,
		nearFrom: spec.nearFrom ?? null,
		census: spec.census,
		...(spec.censusNote !== undefined && { censusNote: spec.censusNote }),
		source: citeRule(spec.rule),
		verified: spec.rule.verified,
		label: labelOf(spec)
	};
}

export type Verdict = 'pass' | 'near' | 'fail';
export type EligibilityRoute = 'single' | 'pair' | 'none';

export interface EligibilityResult {
	kind: SphereKind;
	/** 'single': one centre city; 'pair': two-city (連携中枢) or 複眼型 (定住自立圏) centre. */
	route: EligibilityRoute;
	centres: string[];
	census: CensusYear;
	rulesVersion: string;
	/** From the checkable required criteria only: fail if any fails, else near if any is near. */
	verdict: Verdict;
	/** False when some criterion could not be checked; those are listed in `unknown`. */
	conclusive: boolean;
	criteria: CriterionResult[];
	unknown: CriterionResult[];
	/** e.g. "near (not checkable: 通勤通学割合)". */
	label: string;
}

export function verdictOf(criteria: readonly CriterionResult[]): Verdict {
	const checkable = criteria.filter((c) => c.role === 'required' && c.status !== 'not-checkable');
	if (checkable.some((c) => c.status === 'fail')) return 'fail';
	if (checkable.some((c) => c.status === 'near')) return 'near';
	return 'pass';
}

function uniqueTitles(criteria: readonly CriterionResult[]): string {
	return [...new Set(criteria.map((c) => c.title))].join(', ');
}

export function summarise(
	kind: SphereKind,
	route: EligibilityRoute,
	centres: readonly string[],
	census: CensusYear,
	criteria: CriterionResult[]
): EligibilityResult {
	const verdict = verdictOf(criteria);
	const unknown = criteria.filter((c) => c.status === 'not-checkable');
	const unknownText = unknown.length === 0 ? '' : ` (not checkable: ${uniqueTitles(unknown)})`;
	return {
		kind,
		route,
		centres: [...centres],
		census,
		rulesVersion: ELIGIBILITY_RULES.version,
		verdict,
		conclusive: unknown.length === 0,
		criteria,
		unknown,
		label: `${verdict}${unknownText}`
	};
}
