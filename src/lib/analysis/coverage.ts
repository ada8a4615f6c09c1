/**
 * Coverage of Japan by 連携中枢都市圏 and 定住自立圏 (the Researcher view): per prefecture and
 * nationally, on a date, with the municipalities in no sphere or in several. Pure functions
 * over the loaded geodata (no topology needed), so a Svelte table can call them directly:
 *
 *   const table = computeCoverage({ ...geodata, projects }, { asOf: '2019-04-01', census: 2015 });
 *   table.prefectures, table.national   // CoverageRow: fields in COVERAGE_COLUMNS
 *   coverageCsv(table)                  // UTF-8 CSV with BOM
 *   coverageLists(geodata, { asOf })    // inNoSphere, inSeveralSpheres
 */
export { coverageCsv, toCsv, type CsvCell } from './coverage/csv';
export {
	coverageLists,
	type CoverageListOptions,
	type CoverageLists,
	type EligibleCentresWithoutSphere,
	type EligibleCentreWithoutSphere,
	type ListedMunicipality,
	type MunicipalityInSeveralSpheres
} from './coverage/lists';
export {
	activeSphereCounts,
	isUndatedMembership,
	spheresByMunicipality,
	type ActiveSphereCount,
	type MunicipalitySpheres
} from './coverage/memberships';
export {
	PREFECTURAL_BASIS_RULE,
	PROJECT_COUNTING_RULE,
	resolveCoverageOptions,
	UNDATED_MEMBERSHIP_RULE,
	type CoverageData,
	type CoverageOptions,
	type ResolvedCoverageOptions
} from './coverage/options';
export { projectCountsByPrefecture, projectPrefectures, type ProjectCounts } from './coverage/projects';
export {
	COVERAGE_CATEGORIES,
	COVERAGE_COLUMNS,
	NATIONAL_PREF_CODE,
	NATIONAL_PREF_NAME,
	type CoverageCategory,
	type CoverageRow
} from './coverage/row';
export { computeCoverage, coverageRows, type CoverageTable } from './coverage/table';
