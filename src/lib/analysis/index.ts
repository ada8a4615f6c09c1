/**
 * Sphere analytics: statistics, contiguity, outline and eligibility of real and draft
 * spheres. Pure functions over an AnalysisContext built once from the geodata.
 *
 *   const context = createAnalysisContext(geodata);
 *   analyseSphere(context, 'bingo', { asOf: '2019-11-17', census: 2015 });
 *   analyseDraft(context, { kind: 'renkei', centres: ['34207'], codes: [...] });
 *   findCandidates(context, 'teiju');
 */
export {
	aggregateCodes,
	type Aggregate,
	type AggregateOptions,
	type ExcludedCode,
	type PrefectureSpan
} from './aggregate';
export { analyseAllSpheres, type AllSpheresOptions } from './all-spheres';
export { isCalendarDate } from './as-of';
export {
	findCandidates,
	type Candidate,
	type CandidateOptions,
	type CandidateReport,
	type LedSphere
} from './candidates';
export {
	CENSUS_YEARS,
	censusFigures,
	censusLabel,
	DEFAULT_CENSUS_YEAR,
	isCensusYear,
	ratioCensus,
	type CensusYear
} from './census';
export { contiguityOf, type Contiguity, type ContiguityPart, type PartSeparation } from './contiguity';
export {
	areNeighbours,
	createAnalysisContext,
	getMunicipality,
	getSphere,
	isIslandMunicipality,
	withOutlook,
	type AnalysisContext,
	type AnalysisInput,
	type ProjectionData
} from './context';
export type {
	CriterionResult,
	CriterionRole,
	CriterionStatus,
	EligibilityResult,
	EligibilityRoute,
	Verdict
} from './eligibility/criterion';
export {
	evaluateCentre,
	evaluateEligibility,
	evaluatePair,
	type CentreDesignation,
	type EligibilityOptions
} from './eligibility/evaluate';
export { AnalysisInputError, UnknownMunicipalityError, UnknownSphereError } from './errors';
export { outlineOf } from './outline';
export {
	centresBelowThresholds,
	OUTLOOK_BASIS,
	outlookOf,
	populationPath,
	sphereOutlook,
	type CentreAtRisk,
	type Outlook,
	type OutlookSubject,
	type PopulationPath,
	type ThresholdCrossing
} from './outlook';
export {
	DEFAULT_ELIGIBILITY_PARAMETERS,
	ELIGIBILITY_RULES,
	RULE_SOURCES,
	type CriterionRule,
	type EligibilityParameters
} from './rules';
export {
	analyseDraft,
	analyseSphere,
	sphereMembership,
	spheresContaining,
	spheresLedBy,
	type AnalysisOptions,
	type DraftAnalysis,
	type DraftSphere,
	type SphereAnalysis,
	type SphereAnalysisOptions,
	type SphereMembership,
	type SphereRole
} from './sphere';
