import type { SphereKind } from '../../data/types';
import { DEFAULT_CENSUS_YEAR, type CensusYear } from '../census';
import { getMunicipality, type AnalysisContext } from '../context';
import { ELIGIBILITY_RULES, resolveParameters, type EligibilityParameters } from '../rules';
import { criterionResult, summarise, type CriterionResult, type EligibilityResult } from './criterion';
import type { CommutingIndex } from '../commuting';
import { memberCommutingCriteria } from './members';
import { renkeiCentreCriteria, renkeiPairCriteria } from './renkei';
import { teijuCentreCriteria, teijuPairCriteria } from './teiju';

export interface EligibilityOptions {
	census?: CensusYear;
	parameters?: Partial<EligibilityParameters>;
	/** The commuting table; without it the member criterion is not checkable. */
	commuting?: CommutingIndex;
}

/** Who leads a (real or draft) sphere, and who else is in it. */
export interface CentreDesignation {
	kind: SphereKind;
	centres: readonly string[];
	/** Members other than the centres. */
	members?: readonly string[];
}

const centreCriteria = { renkei: renkeiCentreCriteria, teiju: teijuCentreCriteria };
const pairCriteria = { renkei: renkeiPairCriteria, teiju: teijuPairCriteria };

function centreCountCriterion(kind: SphereKind, centres: readonly string[]): CriterionResult {
	return criterionResult({
		criterion: `${kind}.centres`,
		rule: ELIGIBILITY_RULES.centreCount,
		subject: centres,
		status: 'fail',
		value: centres.length,
		valueText: String(centres.length),
		census: null
	});
}

/**
 * Evaluates the centre route that matches the number of centres (one city, or a two-city
 * pair), plus the member criterion. Throws UnknownMunicipalityError for an unknown centre.
 */
export function evaluateEligibility(
	context: AnalysisContext,
	designation: CentreDesignation,
	options: EligibilityOptions = {}
): EligibilityResult {
	const census = options.census ?? DEFAULT_CENSUS_YEAR;
	const parameters = resolveParameters(options.parameters);
	const { kind, centres } = designation;
	const members = (designation.members ?? []).filter((code) => !context.hoppoCodes.has(code));
	for (const code of [...centres, ...members]) getMunicipality(context, code);

	const route = centres.length === 1 ? 'single' : centres.length === 2 ? 'pair' : 'none';
	const centreResults =
		route === 'single'
			? centreCriteria[kind](context, centres[0], census, parameters)
			: route === 'pair'
				? pairCriteria[kind](context, [centres[0], centres[1]], census, parameters)
				: [centreCountCriterion(kind, centres)];
	const criteria = [
		...centreResults,
		...memberCommutingCriteria(context, kind, centres, members, parameters, options.commuting)
	];
	return summarise(kind, route, centres, census, criteria);
}

/** One city as the sole centre of a sphere of `kind` (no member criterion). */
export function evaluateCentre(
	context: AnalysisContext,
	kind: SphereKind,
	code: string,
	options: EligibilityOptions = {}
): EligibilityResult {
	return evaluateEligibility(context, { kind, centres: [code] }, options);
}

/** Two cities as joint centre (連携中枢 two-city route, 定住自立圏 複眼型). */
export function evaluatePair(
	context: AnalysisContext,
	kind: SphereKind,
	codes: readonly [string, string],
	options: EligibilityOptions = {}
): EligibilityResult {
	return evaluateEligibility(context, { kind, centres: codes }, options);
}
