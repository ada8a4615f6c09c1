import type { Prefecture, SphereKind } from '../../data/types';
import { activeSphereCounts, spheresByMunicipality, type ActiveSphereCount } from './memberships';
import {
	resolveCoverageOptions,
	type CoverageData,
	type CoverageOptions,
	type ResolvedCoverageOptions
} from './options';
import {
	nationalProjectCounts,
	projectCountsByPrefecture,
	projectCountsOrEmpty,
	type ProjectCounts
} from './projects';
import {
	COVERAGE_CATEGORIES,
	COVERAGE_COLUMNS,
	NATIONAL_PREF_CODE,
	NATIONAL_PREF_NAME,
	type CoverageRow
} from './row';
import { addMunicipality, addTally, emptyTally, type Measures, type Tally } from './tally';

export interface CoverageTable extends ResolvedCoverageOptions {
	/** Spheres (and their centres) active on the as-of date. */
	activeSpheres: Record<SphereKind, ActiveSphereCount>;
	/** The 47 prefectures in code order. */
	prefectures: CoverageRow[];
	national: CoverageRow;
}

const MEASURES = [
	{ total: 'municipalities', suffix: 'Municipalities', value: (m: Measures) => m.municipalities },
	{ total: 'population', suffix: 'Population', value: (m: Measures) => m.population },
	{ total: 'areaKm2', suffix: 'AreaKm2', value: (m: Measures) => m.areaHundredthsKm2 / 100 }
] as const;

const percent = (part: number, total: number): number | null =>
	total === 0 ? null : Math.round((part / total) * 10_000) / 100;

interface RowLabels {
	prefCode: string;
	prefName: string;
	projects: ProjectCounts | null;
	incompleteReasons: string[] | undefined;
}

function rowOf(labels: RowLabels, tally: Tally): CoverageRow {
	const values: Record<string, unknown> = {
		prefCode: labels.prefCode,
		prefName: labels.prefName,
		undatedMemberships: tally.undatedMemberships,
		projects: labels.projects?.projects ?? null,
		kankeiProjects: labels.projects?.kankeiProjects ?? null,
		koikiProjects: labels.projects?.koikiProjects ?? null,
		teijuIncomplete: labels.incompleteReasons !== undefined,
		teijuIncompleteReasons: labels.incompleteReasons ?? []
	};
	for (const { total, suffix, value } of MEASURES) {
		values[total] = value(tally.total);
		for (const category of COVERAGE_CATEGORIES) {
			values[`${category}${suffix}`] = value(tally[category]);
			values[`${category}${suffix}Pct`] = percent(value(tally[category]), value(tally.total));
		}
	}
	return Object.fromEntries(COVERAGE_COLUMNS.map((column) => [column, values[column]])) as CoverageRow;
}

function tallyByPrefecture(data: CoverageData, options: ResolvedCoverageOptions, prefectures: Prefecture[]) {
	const spheresByCode = spheresByMunicipality(data.spheres.spheres, options);
	const tallies = new Map(prefectures.map((prefecture) => [prefecture.code, emptyTally()]));
	for (const municipality of data.municipalities.municipalities) {
		const tally = tallies.get(municipality.prefCode);
		if (tally === undefined) throw new Error(`municipality ${municipality.code} has an unknown prefecture`);
		addMunicipality(tally, municipality, spheresByCode.get(municipality.code), options.census);
	}
	return tallies;
}

/**
 * Coverage of municipalities, population and area by 連携中枢都市圏 and 定住自立圏, per
 * prefecture and nationally, on one date. Only the municipalities of municipalities.json are
 * counted, so the six 北方領土 villages (not in it) never are.
 */
export function computeCoverage(data: CoverageData, options: CoverageOptions = {}): CoverageTable {
	const resolved = resolveCoverageOptions(data, options);
	const prefectures = [...data.municipalities.prefectures].sort((a, b) => a.code.localeCompare(b.code));
	const tallies = tallyByPrefecture(data, resolved, prefectures);
	const projects = data.projects?.projects ?? null;
	const projectsByPrefecture = projects && projectCountsByPrefecture(projects);
	const teijuCoverage = data.manifest.coverage.find((entry) => entry.kind === 'teiju');
	const incomplete = new Map(teijuCoverage?.incompletePrefectures.map((p) => [p.prefCode, p.reasons]) ?? []);

	const nationalTally = emptyTally();
	const rows = prefectures.map((prefecture) => {
		const tally = tallies.get(prefecture.code) ?? emptyTally();
		addTally(nationalTally, tally);
		const labels = {
			prefCode: prefecture.code,
			prefName: prefecture.name,
			projects: projectsByPrefecture && projectCountsOrEmpty(projectsByPrefecture.get(prefecture.code)),
			incompleteReasons: incomplete.get(prefecture.code)
		};
		return rowOf(labels, tally);
	});
	const nationalIncomplete = teijuCoverage !== undefined && (!teijuCoverage.complete || incomplete.size > 0);
	const national = rowOf(
		{
			prefCode: NATIONAL_PREF_CODE,
			prefName: NATIONAL_PREF_NAME,
			projects: projects && nationalProjectCounts(projects),
			incompleteReasons: nationalIncomplete ? [teijuCoverage.note] : undefined
		},
		nationalTally
	);
	return {
		...resolved,
		activeSpheres: activeSphereCounts(data.spheres.spheres, resolved.asOf),
		prefectures: rows,
		national
	};
}

/** The prefecture rows followed by the national row: what a table or CSV shows. */
export function coverageRows(table: CoverageTable): CoverageRow[] {
	return [...table.prefectures, table.national];
}
