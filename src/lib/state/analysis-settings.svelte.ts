import { DEFAULT_CENSUS_YEAR, type CensusYear } from '$lib/analysis/census';
import { DEFAULT_ELIGIBILITY_PARAMETERS } from '$lib/analysis/rules';

/**
 * What the analysis views let the reader adjust, shared by the sphere panel and the
 * candidates view so that both answer the same question.
 */
export class AnalysisSettings {
	census = $state<CensusYear>(DEFAULT_CENSUS_YEAR);
	/** 連携中枢都市 「おおむね1以上」: how far below 1 still counts as near. */
	ratioTolerance = $state(DEFAULT_ELIGIBILITY_PARAMETERS.renkeiRatioTolerance);

	/** The tolerance as the analysis takes it; an empty or invalid input counts as 0. */
	parameters(): { renkeiRatioTolerance: number } {
		const tolerance = Number.isFinite(this.ratioTolerance) ? Math.max(0, this.ratioTolerance) : 0;
		return { renkeiRatioTolerance: tolerance };
	}
}
