import type { Municipality } from '../data/types';

/**
 * Census basis of every statistic. 2020 (令和2年国勢調査) carries population and daytime
 * population (不詳補完値 basis); 2015 (平成27年, re-tabulated to 2020 boundaries) carries
 * population only: its daytime figures are not in the bundled data, so they are reported
 * as not available rather than estimated.
 */
export type CensusYear = 2015 | 2020;

export const CENSUS_YEARS: readonly CensusYear[] = [2020, 2015];
export const DEFAULT_CENSUS_YEAR: CensusYear = 2020;

export const DAYTIME_NOT_AVAILABLE =
	'2015 (H27) daytime population is not in the bundled data, so 昼夜間人口比率 is not available';

export function isCensusYear(value: unknown): value is CensusYear {
	return value === 2015 || value === 2020;
}

/** Era label used in human-readable output: "R2" for 2020, "H27" for 2015. */
export function censusLabel(year: CensusYear): string {
	return year === 2020 ? 'R2' : 'H27';
}

export interface CensusFigures {
	population: number;
	/** null where the census basis has no daytime figures (2015). */
	daytimePopulation: number | null;
	/** null for 2015, and where the resident population is 0 (双葉町). */
	dayNightRatio: number | null;
}

export function censusFigures(municipality: Municipality, year: CensusYear): CensusFigures {
	if (year === 2015) {
		return { population: municipality.pop2015, daytimePopulation: null, dayNightRatio: null };
	}
	return {
		population: municipality.pop2020,
		daytimePopulation: municipality.daytimePop2020,
		dayNightRatio: municipality.dayNightRatio2020
	};
}

export function populationOf(municipality: Municipality, year: CensusYear): number {
	return year === 2015 ? municipality.pop2015 : municipality.pop2020;
}
