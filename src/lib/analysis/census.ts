import type { Municipality } from '../data/types';

/**
 * Census basis of every statistic. 2020 (令和2年国勢調査) carries population and daytime
 * population (不詳補完値 basis); 2015 (平成27年, re-tabulated to 2020 boundaries) carries
 * population only: its daytime figures are not in the bundled data, so they are reported
 * as not available rather than estimated. 2025 (令和7年 速報) carries population only: the
 * 速報 has no daytime population, so a check of 昼夜間人口比率 on it uses 2020's and says so.
 */
export type CensusYear = 2015 | 2020 | 2025;

export const CENSUS_YEARS: readonly CensusYear[] = [2025, 2020, 2015];
export const DEFAULT_CENSUS_YEAR: CensusYear = 2020;

export const DAYTIME_NOT_AVAILABLE =
	'2015 (H27) daytime population is not in the bundled data, so 昼夜間人口比率 is not available';
export const DAYTIME_NOT_IN_2025 =
	'the 2025 (R7) 速報 has no daytime population, so 昼夜間人口比率 is not available on that base';
export const RATIO_FROM_2020 = 'the 2025 速報 has no 昼夜間人口比率: the 2020 (R2) ratio is used';

export function isCensusYear(value: unknown): value is CensusYear {
	return value === 2015 || value === 2020 || value === 2025;
}

/** Era label used in human-readable output: "R7速報" for 2025, "R2" for 2020, "H27" for 2015. */
export function censusLabel(year: CensusYear): string {
	return year === 2025 ? 'R7速報' : year === 2020 ? 'R2' : 'H27';
}

/** Why a base has no daytime figures; null where it has them. */
export function daytimeUnavailable(year: CensusYear): string | null {
	return year === 2015 ? DAYTIME_NOT_AVAILABLE : year === 2025 ? DAYTIME_NOT_IN_2025 : null;
}

/**
 * The census whose 昼夜間人口比率 a check on `year` reads: 2025 has none and borrows 2020's;
 * 2015's is not bundled (null).
 */
export function ratioCensus(year: CensusYear): 2020 | null {
	return year === 2015 ? null : 2020;
}

export interface CensusFigures {
	population: number;
	/** null where the census basis has no daytime figures (2015, 2025). */
	daytimePopulation: number | null;
	/** null for 2015 and 2025, and where the resident population is 0 (双葉町). */
	dayNightRatio: number | null;
}

export function populationOf(municipality: Municipality, year: CensusYear): number {
	if (year === 2015) return municipality.pop2015;
	if (year === 2020) return municipality.pop2020;
	if (municipality.pop2025 === undefined) {
		throw new Error(
			`The 2025 census base needs outlook.json joined to the municipalities (no figure for ${municipality.code})`
		);
	}
	return municipality.pop2025;
}

export function censusFigures(municipality: Municipality, year: CensusYear): CensusFigures {
	if (year !== 2020) {
		return { population: populationOf(municipality, year), daytimePopulation: null, dayNightRatio: null };
	}
	return {
		population: municipality.pop2020,
		daytimePopulation: municipality.daytimePop2020,
		dayNightRatio: municipality.dayNightRatio2020
	};
}
