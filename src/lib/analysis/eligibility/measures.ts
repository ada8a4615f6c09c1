import type { Municipality, MunicipalityKind } from '../../data/types';
import {
	censusFigures,
	DAYTIME_NOT_AVAILABLE,
	RATIO_FROM_2020,
	ratioCensus,
	type CensusYear
} from '../census';
import type { EligibilityParameters, CriterionRule } from '../rules';
import {
	criterionResult,
	NOT_CHECKABLE,
	type CriterionResult,
	type CriterionRole,
	type CriterionStatus
} from './criterion';

export const CITY_KINDS: ReadonlySet<MunicipalityKind> = new Set([
	'政令指定都市',
	'中核市',
	'施行時特例市',
	'市'
]);

export const isCity = (municipality: Municipality): boolean => CITY_KINDS.has(municipality.kind);

const numberFormat = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => numberFormat.format(value);
export const formatRatio = (value: number): string => value.toFixed(3);

export interface Subject {
	criterionPrefix: string;
	municipality: Municipality;
	/** Show the municipality's name in labels (for pairs). */
	named: boolean;
	census: CensusYear;
}

const subjectFields = (subject: Subject) => ({
	subject: [subject.municipality.code],
	subjectName: subject.named ? subject.municipality.name : undefined
});

export function cityTypeCriterion(
	subject: Subject,
	rule: CriterionRule,
	allowedKinds: ReadonlySet<MunicipalityKind>
): CriterionResult {
	const { kind } = subject.municipality;
	return criterionResult({
		criterion: `${subject.criterionPrefix}.type`,
		rule,
		...subjectFields(subject),
		status: allowedKinds.has(kind) ? 'pass' : 'fail',
		value: kind,
		valueText: kind,
		threshold: rule.wording,
		census: null
	});
}

/**
 * `statusOf` grades a known ratio; an unknown one (2015, or no residents) is not checkable.
 * On the 2025 base the ratio is 2020's, and the result says so.
 */
export function ratioCriterion(
	subject: Subject,
	rule: CriterionRule,
	statusOf: (ratio: number) => CriterionStatus,
	nearFrom: number | null = null
): CriterionResult {
	const source = ratioCensus(subject.census);
	const dayNightRatio = source === null ? null : censusFigures(subject.municipality, source).dayNightRatio;
	const reason =
		source === null
			? `${NOT_CHECKABLE} (${DAYTIME_NOT_AVAILABLE})`
			: `${NOT_CHECKABLE} (no resident population)`;
	return criterionResult({
		criterion: `${subject.criterionPrefix}.dayNightRatio`,
		rule,
		...subjectFields(subject),
		status: dayNightRatio === null ? 'not-checkable' : statusOf(dayNightRatio),
		value: dayNightRatio,
		valueText: dayNightRatio === null ? undefined : formatRatio(dayNightRatio),
		nearFrom,
		census: source ?? subject.census,
		censusNote: source !== null && source !== subject.census ? RATIO_FROM_2020 : undefined,
		reason
	});
}

export function populationCriterion(
	subject: Subject,
	rule: CriterionRule,
	statusOf: (population: number) => CriterionStatus,
	nearFrom: number | null = null
): CriterionResult {
	const { population } = censusFigures(subject.municipality, subject.census);
	return criterionResult({
		criterion: `${subject.criterionPrefix}.population`,
		rule,
		...subjectFields(subject),
		status: statusOf(population),
		value: population,
		valueText: formatCount(population),
		nearFrom,
		census: subject.census
	});
}

/**
 * Outside the listed prefectures passes (under an unverified reading). Inside depends on an
 * exception the bundled data cannot check, so it is not checkable: never a pass, and not a
 * fail either, since existing centres (岐阜市, 姫路市, 秩父市 …) lie inside.
 */
export function locationCriterion(
	subject: Subject,
	rule: CriterionRule,
	parameters: EligibilityParameters,
	insideReason: string
): CriterionResult {
	const { prefCode, prefName } = subject.municipality;
	const inside = parameters.metroAreaPrefectureCodes.includes(prefCode);
	return criterionResult({
		criterion: `${subject.criterionPrefix}.location`,
		rule,
		...subjectFields(subject),
		status: inside ? 'not-checkable' : 'pass',
		value: prefName,
		valueText: `${prefName} (${inside ? '三大都市圏内' : '三大都市圏外'}, reading (b))`,
		threshold: '三大都市圏外 (reading (b): 都府県単位)',
		census: null,
		reason: `${NOT_CHECKABLE} (${insideReason})`
	});
}

/** A criterion that no bundled data can decide (commuting shares, travel time …). */
export function uncheckableCriterion(
	criterion: string,
	rule: CriterionRule,
	subject: readonly string[],
	role: CriterionRole = 'required',
	subjectName?: string
): CriterionResult {
	return criterionResult({
		criterion,
		rule,
		subject,
		subjectName,
		role,
		status: 'not-checkable',
		value: null,
		census: null
	});
}
