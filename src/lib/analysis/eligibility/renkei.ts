import type { MunicipalityKind } from '../../data/types';
import { areNeighbours, getMunicipality, type AnalysisContext } from '../context';
import { populationOf, type CensusYear } from '../census';
import { ELIGIBILITY_RULES, type EligibilityParameters } from '../rules';
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

const RULES = ELIGIBILITY_RULES.renkei;
const CENTRE_KINDS: ReadonlySet<MunicipalityKind> = new Set(['政令指定都市', '中核市']);
const IN_AREA_EXCEPTION =
	'区域内: 政令指定都市・特別区への通勤通学割合10%未満なら可 — commuting shares are not in the bundled data';

/** 連携中枢都市 on its own (要綱第3 as restated in RULES.md §1.2). */
export function renkeiCentreCriteria(
	context: AnalysisContext,
	code: string,
	census: CensusYear,
	parameters: EligibilityParameters
): CriterionResult[] {
	const subject: Subject = {
		criterionPrefix: 'renkei.centre',
		municipality: getMunicipality(context, code),
		named: false,
		census
	};
	const ratioRule = RULES.centre.dayNightRatio;
	const nearFrom = ratioRule.threshold - parameters.renkeiRatioTolerance;
	return [
		cityTypeCriterion(subject, RULES.centre.type, CENTRE_KINDS),
		populationCriterion(subject, RULES.centre.population, (population) =>
			population >= RULES.centre.population.threshold ? 'pass' : 'fail'
		),
		ratioCriterion(
			subject,
			ratioRule,
			(ratio) => (ratio >= ratioRule.threshold ? 'pass' : ratio >= nearFrom ? 'near' : 'fail'),
			nearFrom
		),
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
		criterionPrefix: 'renkei.pair',
		municipality: getMunicipality(context, code),
		named: true,
		census
	};
	const populationRule = RULES.pair.population;
	const nearFrom = populationRule.threshold * parameters.renkeiPairPopulationNearFraction;
	return [
		cityTypeCriterion(subject, RULES.pair.type, CITY_KINDS),
		populationCriterion(
			subject,
			populationRule,
			(population) =>
				population >= populationRule.threshold ? 'pass' : population >= nearFrom ? 'near' : 'fail',
			nearFrom
		),
		ratioCriterion(subject, RULES.pair.dayNightRatio, (ratio) =>
			ratio >= RULES.pair.dayNightRatio.threshold ? 'pass' : 'fail'
		),
		locationCriterion(subject, RULES.pair.location, parameters, IN_AREA_EXCEPTION)
	];
}

/** Two adjacent cities as joint centre (要綱第9 as restated in RULES.md §1.3). */
export function renkeiPairCriteria(
	context: AnalysisContext,
	codes: readonly [string, string],
	census: CensusYear,
	parameters: EligibilityParameters
): CriterionResult[] {
	const [a, b] = codes.map((code) => getMunicipality(context, code));
	const adjacent = areNeighbours(context, a.code, b.code);
	const combined = populationOf(a, census) + populationOf(b, census);
	const combinedRule = RULES.pair.combinedPopulation;
	const pairName = `${a.name}・${b.name}`;
	return [
		criterionResult({
			criterion: 'renkei.pair.adjacent',
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
			criterion: 'renkei.pair.combinedPopulation',
			rule: combinedRule,
			subject: codes,
			subjectName: pairName,
			// Exactly 20万 passes one source's wording and fails the other's.
			status:
				combined > combinedRule.threshold ? 'pass' : combined === combinedRule.threshold ? 'near' : 'fail',
			value: combined,
			valueText: formatCount(combined),
			census
		}),
		uncheckableCriterion('renkei.pair.travelTime', RULES.pair.travelTime, codes, 'required', pairName),
		uncheckableCriterion(
			'renkei.pair.equivalentEffort',
			RULES.pair.equivalentEffort,
			codes,
			'required',
			pairName
		)
	];
}
