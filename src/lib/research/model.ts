/**
 * What the Researcher view shows, derived from the data and the page state: pure
 * functions, so the view only wires them to runes. They are grouped by what they depend
 * on, so a Play step (a new date) recomputes the coverage but not the data indexes, and a
 * new measure recomputes neither.
 */
import { activeSpheres } from '$lib/analysis/as-of';
import type { CandidateReport } from '$lib/analysis';
import { cachedCandidates } from '$lib/analysis/candidate-cache';
import {
	computeCoverage,
	coverageLists,
	spheresByMunicipality,
	type CoverageLists,
	type CoverageTable
} from '$lib/analysis/coverage';
import type { LoadedAnalysis } from '$lib/analysis/load-analysis';
import type { CompareSubject } from '$lib/analysis/research/compare';
import { candidatesWithoutSphere, coverageSchemes } from '$lib/analysis/research/schemes';
import { timelineRange } from '$lib/analysis/research/timeline';
import type { Credit } from '$lib/data/attribution';
import type { Geodata, Manifest, Municipality, Sphere } from '$lib/data/types';
import type { ExportText } from '$lib/map/png-export';
import type { Measure, ResearchSnapshot } from '$lib/state/research-url';
import type { ResearchStrings } from '$lib/ui/i18n/research';
import { compareSubjects, type Comparison } from './comparison';
import type { ResearchLegend } from './legend-entries';
import type { CentresWithoutSphere, ListId } from './list-ids';
import { centresWithoutSphereCsv, inNoSphereCsv, inSeveralSpheresCsv } from './research-csv';
import { shareOf } from './table-columns';

/** What does not depend on the date: the data's indexes. */
export interface ResearchData {
	geodata: Geodata;
	spheres: readonly Sphere[];
	dataAsOf: string;
	range: ReturnType<typeof timelineRange>;
	sphereById: ReadonlyMap<string, Sphere>;
	municipalityByCode: ReadonlyMap<string, Municipality>;
	teijuCoverage: Manifest['coverage'][number] | undefined;
}

export function researchData(geodata: Geodata): ResearchData {
	const spheres = geodata.spheres.spheres;
	const dataAsOf = geodata.manifest.asOf.spheres;
	return {
		geodata,
		spheres,
		dataAsOf,
		range: timelineRange(spheres, dataAsOf),
		sphereById: new Map(spheres.map((sphere) => [sphere.id, sphere])),
		municipalityByCode: new Map(geodata.municipalities.municipalities.map((m) => [m.code, m])),
		teijuCoverage: geodata.manifest.coverage.find((entry) => entry.kind === 'teiju')
	};
}

/** The coverage on one date. */
export interface CoverageOnDate {
	asOf: string;
	table: CoverageTable;
	lists: CoverageLists;
	membership: ReturnType<typeof spheresByMunicipality>;
	schemes: ReturnType<typeof coverageSchemes>;
	/** The spheres in force, to pick from for comparison. */
	active: Sphere[];
}

export function coverageOn(data: ResearchData, asOf: string): CoverageOnDate {
	const { geodata, spheres } = data;
	return {
		asOf,
		table: computeCoverage(geodata, { asOf }),
		lists: coverageLists(geodata, { asOf }),
		membership: spheresByMunicipality(spheres, { asOf, includePrefecturalBasis: true }),
		schemes: coverageSchemes(spheres, { asOf, includePrefecturalBasis: true }),
		active: activeSpheres(spheres, asOf)
	};
}

export type CandidateReports = Record<'renkei' | 'teiju', CandidateReport>;

/** Eligibility of every city as a centre (2020 census, default tolerance): scanned once, whatever the date. */
export function candidateReports(analysis: LoadedAnalysis): CandidateReports {
	const parameters = {
		renkeiRatioTolerance: analysis.api.DEFAULT_ELIGIBILITY_PARAMETERS.renkeiRatioTolerance
	};
	return {
		renkei: cachedCandidates(analysis, 'renkei', 2020, parameters),
		teiju: cachedCandidates(analysis, 'teiju', 2020, parameters)
	};
}

/** Cities meeting the centre criteria that lead no sphere of that kind on the date. */
export function centresOn(
	reports: CandidateReports,
	spheres: readonly Sphere[],
	asOf: string
): CentresWithoutSphere {
	return {
		renkei: candidatesWithoutSphere(reports.renkei.single, spheres, asOf),
		teiju: candidatesWithoutSphere(reports.teiju.single, spheres, asOf)
	};
}

/** The municipalities of the list highlighted on the map. */
export function listCodes(
	list: ListId | null,
	lists: CoverageLists,
	centres: CentresWithoutSphere | null
): string[] {
	if (list === 'none') return lists.inNoSphere.map((m) => m.code);
	if (list === 'several') return lists.inSeveralSpheres.map((m) => m.code);
	if (list === 'centres' && centres)
		return [...centres.renkei, ...centres.teiju].flatMap((candidate) => candidate.codes);
	return [];
}

/** A list as CSV, with the word its file is named by; null while the list is not ready. */
export function listCsv(
	list: ListId,
	lists: CoverageLists,
	centres: CentresWithoutSphere | null
): { text: string; name: string } | null {
	if (list === 'none') return { text: inNoSphereCsv(lists.inNoSphere), name: 'no-sphere' };
	if (list === 'several')
		return { text: inSeveralSpheresCsv(lists.inSeveralSpheres), name: 'several-spheres' };
	if (!centres) return null;
	const rows = (['renkei', 'teiju'] as const).flatMap((kind) =>
		centres[kind].map((candidate) => ({ kind, candidate }))
	);
	return { text: centresWithoutSphereCsv(rows), name: 'eligible-centres-without-sphere' };
}

export interface Compared {
	comparison: Comparison | null;
	failure: string | null;
}

/**
 * The two picks compared (prefectures also by their coverage on the date), or why they
 * could not be; nothing until both picks and the analysis are there.
 */
export function compare(
	analysis: LoadedAnalysis | null,
	a: CompareSubject | null,
	b: CompareSubject | null,
	coverage: CoverageOnDate | null
): Compared {
	if (!analysis || !a || !b) return { comparison: null, failure: null };
	const coverageRowOf = (prefCode: string) =>
		coverage?.table.prefectures.find((row) => row.prefCode === prefCode);
	try {
		return { comparison: compareSubjects(analysis, a, b, coverageRowOf), failure: null };
	} catch (error) {
		return { comparison: null, failure: error instanceof Error ? error.message : String(error) };
	}
}

/** The municipalities of both compared subjects, as one key: the map refits only when it changes. */
export function comparedCodesKey(comparison: Comparison | null): string {
	return comparison ? [...comparison.a.aggregate.codes, ...comparison.b.aggregate.codes].join(',') : '';
}

export function compareOutlines(comparison: Comparison | null) {
	return {
		a: comparison?.a.aggregate.outline ?? null,
		b: comparison?.b.aggregate.outline ?? null
	};
}

const percent = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(1)}%`);

/** The tooltip of a prefecture (its share of the measure) or a municipality (its spheres). */
export function describeTarget(
	target: { mode: 'pref' | 'muni'; code: string },
	data: ResearchData,
	coverage: CoverageOnDate | null,
	measure: Measure,
	legend: ResearchLegend,
	strings: ResearchStrings
): string {
	if (target.mode === 'pref') {
		const row = coverage?.table.prefectures.find((entry) => entry.prefCode === target.code);
		if (!row) return target.code;
		return `${row.prefName}\n${legend.title}: ${percent(shareOf(row, measure.category, measure.quantity))}`;
	}
	const municipality = data.municipalityByCode.get(target.code);
	if (!municipality) return strings.hoppoLegend;
	const entry = coverage?.membership.get(target.code);
	const ids = entry ? [...entry.renkei, ...entry.teiju] : [];
	const scheme = coverage?.schemes.get(target.code)?.scheme ?? 'none';
	const names = ids.map((id) => data.sphereById.get(id)?.name ?? id).join('・');
	return `${municipality.prefName} ${municipality.name}\n${strings.schemes[scheme]}${names ? `\n${names}` : ''}`;
}

/** The title, figures and notes drawn on the exported PNG of the map. */
export function exportText(
	data: ResearchData | null,
	coverage: CoverageOnDate | null,
	view: Pick<ResearchSnapshot, 'pref' | 'measure'>,
	legend: ResearchLegend,
	credits: readonly Credit[],
	strings: ResearchStrings
): ExportText {
	const table = coverage?.table;
	const selected = view.pref ? table?.prefectures.find((row) => row.prefCode === view.pref) : undefined;
	const row = selected ?? table?.national;
	const quantity = view.measure.quantity;
	const figures = row
		? (['renkei', 'teiju', 'either', 'both', 'neither'] as const).map((category) => ({
				label: `${strings.categories[category]} (${strings.quantities[quantity]})`,
				value: percent(shareOf(row, category, quantity))
			}))
		: [];
	const asOfDates = data?.geodata.manifest.asOf;
	const teiju = data?.teijuCoverage;
	return {
		title: `${selected ? `${selected.prefName} — ` : ''}${legend.title}`,
		subtitle: `${strings.pngAsOf(coverage?.asOf ?? '')} · ${strings.pngSubtitle}`,
		figures,
		notes: [
			table
				? strings.activeCounts(
						table.activeSpheres.renkei.spheres,
						table.activeSpheres.renkei.centres,
						table.activeSpheres.teiju.spheres,
						table.activeSpheres.teiju.centres
					)
				: '',
			asOfDates ? strings.dataDates(asOfDates.spheres, asOfDates.census, asOfDates.boundaries) : '',
			teiju && !teiju.complete ? strings.teijuIncompleteNote(teiju.note) : ''
		].filter((line) => line !== ''),
		credits: credits.map((credit) => credit.text),
		legend: legend.entries.map((entry) => ({ key: entry.shape, label: entry.label, colour: entry.colour }))
	};
}
