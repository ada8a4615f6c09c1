import type { Manifest, MunicipalityTable, SphereTable } from '../../data/types';
import type { ProjectTable } from '../../data/projects-types';
import { isCalendarDate } from '../as-of';
import { DEFAULT_CENSUS_YEAR, isCensusYear, type CensusYear } from '../census';
import { AnalysisInputError } from '../errors';

/** What the coverage figures are computed from: the loaded geodata, plus projects.json when at hand. */
export interface CoverageData {
	manifest: Pick<Manifest, 'asOf' | 'coverage'>;
	municipalities: MunicipalityTable;
	spheres: SphereTable;
	/** Without it, the project columns are null. */
	projects?: ProjectTable | null;
}

export interface CoverageOptions {
	/** "YYYY-MM-DD"; by default the data's own as-of date, `manifest.asOf.spheres`. */
	asOf?: string;
	/** Census basis of the population columns; 2020 by default. */
	census?: CensusYear;
	/** Whether `basis: 'prefectural'` memberships count as covered; true by default (see PREFECTURAL_BASIS_RULE). */
	includePrefecturalBasis?: boolean;
}

export interface ResolvedCoverageOptions {
	asOf: string;
	census: CensusYear;
	includePrefecturalBasis: boolean;
}

export const UNDATED_MEMBERSHIP_RULE =
	'A membership is undated when neither the member nor its sphere has a date (no joinedOn, and no ' +
	'協約/協定, 宣言 or vision date for the sphere). Following the as-of rules (analysis/as-of.ts), such a ' +
	'membership counts as active on every date until its sphere ends, so it is included at any as-of date; ' +
	'undatedMemberships says how many of a row’s memberships rest on that assumption. A member without a ' +
	'date of its own in a dated sphere is taken to have joined when the sphere started, and is not undated.';

export const PREFECTURAL_BASIS_RULE =
	'The 13 高知県 partners of れんけいこうち広域都市圏 funded by the prefecture rather than the national ' +
	'scheme (basis "prefectural") signed 協約 like the others, so they count as covered by default. ' +
	'Leave them out (includePrefecturalBasis: false, CLI --exclude-prefectural) to match 総務省’s counts.';

export const PROJECT_COUNTING_RULE =
	'projects: the 総務省 model projects (projects.json, FY2014–FY2019, not filtered by the as-of date) with ' +
	'at least one body, lead or partner, in the prefecture: the prefecture itself or one of its municipalities ' +
	'(bodies named only collectively in the document included). A project with bodies in two prefectures ' +
	'counts in both, so the prefecture rows add up to more than the national row, which counts each project ' +
	'once. kankeiProjects and koikiProjects split the count by programme (関係人口 / 新たな広域連携).';

/** Fills in the defaults and rejects a date that is not a real calendar date. */
export function resolveCoverageOptions(
	data: CoverageData,
	options: CoverageOptions = {}
): ResolvedCoverageOptions {
	const asOf = options.asOf ?? data.manifest.asOf.spheres;
	if (!isCalendarDate(asOf)) {
		throw new AnalysisInputError(`Invalid date "${asOf}" (expected a real calendar date, YYYY-MM-DD)`);
	}
	const census = options.census ?? DEFAULT_CENSUS_YEAR;
	if (!isCensusYear(census))
		throw new AnalysisInputError(`Invalid census year "${String(census)}" (expected 2015, 2020 or 2025)`);
	return { asOf, census, includePrefecturalBasis: options.includePrefecturalBasis ?? true };
}
