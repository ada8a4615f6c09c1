/**
 * One row of the coverage table: a prefecture, or the national row. The field names are a
 * contract (CLI --json, CSV header): add fields, never rename them.
 */

/** Municipalities in a 連携中枢都市圏, in a 定住自立圏, in either, in both, in neither. */
export const COVERAGE_CATEGORIES = ['renkei', 'teiju', 'either', 'both', 'neither'] as const;
export type CoverageCategory = (typeof COVERAGE_CATEGORIES)[number];

type CategoryFields<Measure extends string> = Record<`${CoverageCategory}${Measure}`, number> &
	Record<`${CoverageCategory}${Measure}Pct`, number | null>;

export type CoverageRow = {
	/** 2-digit prefecture code; "00" for the national row. */
	prefCode: string;
	/** "全国" for the national row. */
	prefName: string;
	municipalities: number;
	/** Census population of the chosen basis (2020 or 2015). */
	population: number;
	/** Official area (国土地理院 2020-10-01), km², rounded to 0.01. */
	areaKm2: number;
	/** Memberships counted without any known date (see UNDATED_MEMBERSHIP_RULE). */
	undatedMemberships: number;
	/** Model projects involving the prefecture (see PROJECT_COUNTING_RULE); null without projects.json. */
	projects: number | null;
	kankeiProjects: number | null;
	koikiProjects: number | null;
	/** The 定住自立圏 list is known to be incomplete or unverified in part here. */
	teijuIncomplete: boolean;
	teijuIncompleteReasons: string[];
} & CategoryFields<'Municipalities'> &
	CategoryFields<'Population'> &
	CategoryFields<'AreaKm2'>;

/**
 * Every field, in table and CSV order. Each category count is followed later by its
 * percentage of the row's total (`…Pct`, 0–100, rounded to 0.01; null when the total is 0).
 */
export const COVERAGE_COLUMNS = [
	'prefCode',
	'prefName',
	'municipalities',
	'renkeiMunicipalities',
	'teijuMunicipalities',
	'eitherMunicipalities',
	'bothMunicipalities',
	'neitherMunicipalities',
	'renkeiMunicipalitiesPct',
	'teijuMunicipalitiesPct',
	'eitherMunicipalitiesPct',
	'bothMunicipalitiesPct',
	'neitherMunicipalitiesPct',
	'population',
	'renkeiPopulation',
	'teijuPopulation',
	'eitherPopulation',
	'bothPopulation',
	'neitherPopulation',
	'renkeiPopulationPct',
	'teijuPopulationPct',
	'eitherPopulationPct',
	'bothPopulationPct',
	'neitherPopulationPct',
	'areaKm2',
	'renkeiAreaKm2',
	'teijuAreaKm2',
	'eitherAreaKm2',
	'bothAreaKm2',
	'neitherAreaKm2',
	'renkeiAreaKm2Pct',
	'teijuAreaKm2Pct',
	'eitherAreaKm2Pct',
	'bothAreaKm2Pct',
	'neitherAreaKm2Pct',
	'undatedMemberships',
	'projects',
	'kankeiProjects',
	'koikiProjects',
	'teijuIncomplete',
	'teijuIncompleteReasons'
] as const satisfies readonly (keyof CoverageRow)[];

export const NATIONAL_PREF_CODE = '00';
export const NATIONAL_PREF_NAME = '全国';
