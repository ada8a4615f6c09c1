import { areNeighbours, getMunicipality, type AnalysisContext } from '../context';
import { populationOf, type CensusYear } from '../census';
import { ELIGIBILITY_RULES, type CriterionRule, type EligibilityParameters } from '../rules';
import { criterionResult, type CriterionResult } from './criterion';
import {
	CITY_KINDS,
	cityTypeCriterion,
	formatCount,
	locationCriterion,
	populationCriterion,
	ratioCriterion,
	uncheckableCriterion,
	type Subject
} from './measures';

const RULES = ELIGIBILITY_RULES.teiju;
const IN_AREA_EXCEPTION =
	'区域内: whether an exception exists is unverified (centres exist in 埼玉・千葉・三重・兵庫)';

/**
 * 昼夜間人口比率 1以上, and when that fails, the 合併市 route (largest former city ≥ 1) as an
 * alternative that the bundled data cannot check: listed, never turned into a pass.
 */
function ratioWithMergedCityAlternative(
	subject: Subject,
	ratioRule: CriterionRule,
	mergedRule: CriterionRule
) {
	const threshold = ratioRule.threshold ?? 1;
	const ratio = ratioCriterion(subject, ratioRule, (value) => (value >= threshold ? 'pass' : 'fail'));
	if (ratio.status !== 'fail') return [ratio];
	const alternative = uncheckableCriterion(
		`${subject.criterionPrefix}.mergedCityRatio`,
		mergedRule,
		[subject.municipality.code],
		'alternative',
		subject.named ? subject.municipality.name : undefined
	);
	return [ratio, alternative];
}

/** 定住自立圏 中心市 on its own (RULES.md §2.2). */
export function teijuCentreCriteria(
	context: AnalysisContext,
	code: string,
	census: CensusYear,
	parameters: EligibilityParameters
): CriterionResult[] {
	const subject: Subject = {
		criterionPrefix: 'teiju.centre',
		municipality: getMunicipality(context, code),
		named: false,
		census
	};
	const populationRule = RULES.centre.population;
	return [
		cityTypeCriterion(subject, RULES.centre.type, CITY_KINDS),
		populationCriterion(
			subject,
			populationRule,
			(population) =>
				population >= populationRule.threshold ? 'pass' : population > populationRule.floor ? 'near' : 'fail',
			populationRule.floor
		),
		...ratioWithMergedCityAlternative(subject, RULES.centre.dayNightRatio, RULES.centre.mergedCityRatio),
		locationCriterion(subject, RULES.centre.location, parameters, IN_AREA_EXCEPTION)
	];
}

function pairCityCriteria(
	context: AnalysisContext,
	code: string,
	census: CensusYear,
	parameters: EligibilityParameters
): CriterionResult[] {
	const subject: Subject = {
		criterionPrefix: 'teiju.pair',
		municipality: getMunicipality(context, code),
		named: true,
		census
	};
	return [
		cityTypeCriterion(subject, RULES.pair.type, CITY_KINDS),
		...ratioWithMergedCityAlternative(subject, RULES.pair.dayNightRatio, RULES.pair.mergedCityRatio),
		locationCriterion(subject, RULES.pair.location, parameters, IN_AREA_EXCEPTION)
	];
}

/** 複眼型中心市: two adjacent cities as one centre (RULES.md §2.5). */
export function teijuPairCriteria(
	context: AnalysisContext,
	codes: readonly [string, string],
	census: CensusYear,
	parameters: EligibilityParameters
): CriterionResult[] {
	const [a, b] = codes.map((code) => getMunicipality(context, code));
	const adjacent = areNeighbours(context, a.code, b.code);
	const combined = populationOf(a, census) + populationOf(b, census);
	const pairName = `${a.name}・${b.name}`;
	return [
		criterionResult({
			criterion: 'teiju.pair.adjacent',
			rule: RULES.pair.adjacent,
			subject: codes,
			subjectName: pairName,
			status: adjacent ? 'pass' : 'fail',
			value: adjacent,
			valueText: adjacent ? 'yes' : 'no',
			threshold: RULES.pair.adjacent.wording,
			census: null
		}),
		...pairCityCriteria(context, a.code, census, parameters),
		...pairCityCriteria(context, b.code, census, parameters),
		criterionResult({
			criterion: 'teiju.pair.combinedPopulation',
			rule: RULES.pair.combinedPopulation,
			subject: codes,
			subjectName: pairName,
			status: combined > RULES.pair.combinedPopulation.threshold ? 'pass' : 'fail',
			value: combined,
			valueText: formatCount(combined),
			census
		})
	];
}
