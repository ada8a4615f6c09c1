import type { KoikiProject, ModelProject } from '$lib/data/projects-types';
import type { Municipality } from '$lib/data/types';
import { FIGURE_REASONS, type FigureReason } from './figure-reasons';

/** Sum of the census figures (and official areas) of some municipalities. */
export interface CensusSum {
	population: number;
	areaKm2: number;
}

export interface ComparisonRow {
	project: KoikiProject;
	/** The part of the area this row is about (秋田's two model areas), or null for the whole. */
	part: string | null;
	codes: string[];
	document: { population: number; areaKm2: number };
	census2015: CensusSum;
	/** The 2020 census sum, for the bases that are neither census. */
	pop2020: number;
	populationDifference: number;
	areaDifference: number;
	/**
	 * Where the document's population sits between the 2015 (0) and 2020 (1) census sums;
	 * null unless it lies strictly between them.
	 */
	interpolated: { fraction: number; approximateDate: string } | null;
	reason: FigureReason | undefined;
}

export function isCommissioned(project: ModelProject): project is KoikiProject {
	return project.programme === 'koiki' && project.listing === 'commissioned' && project.figures !== null;
}

/** Approximate date `fraction` of the way from census day 2015-10-01 to 2020-10-01 (YYYY-MM). */
export function dateBetweenCensuses(fraction: number): string {
	const months = Math.round(fraction * 60);
	const total = 2015 * 12 + 9 + months;
	return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function interpolate(documentPop: number, pop2015: number, pop2020: number) {
	const low = Math.min(pop2015, pop2020);
	const high = Math.max(pop2015, pop2020);
	if (!(documentPop > low && documentPop < high)) return null;
	const fraction = (pop2015 - documentPop) / (pop2015 - pop2020);
	return { fraction, approximateDate: dateBetweenCensuses(fraction) };
}

/**
 * The document's figures beside ours, one row per project (and per part where the
 * document gives parts). `sum2015` is aggregateCodes on the 2015 census basis.
 */
export function comparisonRows(
	projects: readonly ModelProject[],
	sum2015: (codes: string[]) => CensusSum,
	municipalityOf: (code: string) => Municipality | undefined
): ComparisonRow[] {
	const rows: ComparisonRow[] = [];
	for (const project of projects) {
		if (!isCommissioned(project) || project.figures === null) continue;
		const whole = project.bodies.filter((b) => b.level === 'municipality').map((b) => b.code);
		const entries = [
			{ part: null, codes: whole, document: project.figures },
			...project.figures.parts.map((part) => ({ part: part.label, codes: part.codes, document: part }))
		];
		for (const { part, codes, document } of entries) {
			const census2015 = sum2015(codes);
			const pop2020 = codes.reduce((sum, code) => sum + (municipalityOf(code)?.pop2020 ?? 0), 0);
			rows.push({
				project,
				part,
				codes,
				document: { population: document.population, areaKm2: document.areaKm2 },
				census2015,
				pop2020,
				populationDifference: document.population - census2015.population,
				areaDifference: document.areaKm2 - census2015.areaKm2,
				interpolated: interpolate(document.population, census2015.population, pop2020),
				reason: FIGURE_REASONS[project.id]
			});
		}
	}
	return rows;
}
