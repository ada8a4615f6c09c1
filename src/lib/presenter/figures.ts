import type { CoverageRow } from '$lib/analysis/coverage';
import type { Figure } from '$lib/map/png-export';
import type { SphereSlide } from './slides';

export type { Figure };

const integer = new Intl.NumberFormat('ja-JP');

export function formatCount(value: number | null): string {
	return value === null ? '—' : integer.format(value);
}

export function formatPercent(value: number | null): string {
	return value === null ? '—' : `${value.toFixed(1)}%`;
}

/** The flag on a figure counted from a list known to be incomplete. */
export const PARTIAL_FLAG = '一部のみ確認';

/** `value` with the partial flag when it is counted from an incomplete list. */
export function flagged(value: string, partial: boolean, flag = PARTIAL_FLAG): string {
	return partial ? `${value}（${flag}）` : value;
}

/** The labels of the figures, in the page's language. */
export interface FigureLabels {
	population: string;
	/** A population count with its unit. */
	people: (count: string) => string;
	/** A figure counted from a list known to be incomplete. */
	partial: (value: string) => string;
	municipalities: string;
	renkeiPopulationPct: string;
	teijuPopulationPct: string;
	renkeiMunicipalitiesPct: string;
	teijuMunicipalitiesPct: string;
	projects: string;
	kind: string;
	kindNames: Readonly<Record<SphereSlide['kind'], string>>;
	memberCount: string;
	centres: string;
}

/** The headline figures of a prefecture, from its coverage row. */
export function prefectureFigures(row: CoverageRow, labels: FigureLabels): Figure[] {
	const teiju = (value: string) => (row.teijuIncomplete ? labels.partial(value) : value);
	return [
		{ label: labels.population, value: labels.people(formatCount(row.population)) },
		{ label: labels.municipalities, value: formatCount(row.municipalities) },
		{ label: labels.renkeiPopulationPct, value: formatPercent(row.renkeiPopulationPct) },
		{ label: labels.teijuPopulationPct, value: teiju(formatPercent(row.teijuPopulationPct)) },
		{ label: labels.renkeiMunicipalitiesPct, value: formatPercent(row.renkeiMunicipalitiesPct) },
		{ label: labels.teijuMunicipalitiesPct, value: teiju(formatPercent(row.teijuMunicipalitiesPct)) },
		{ label: labels.projects, value: formatCount(row.projects) }
	];
}

/** The figures of one sphere slide. */
export function sphereFigures(slide: SphereSlide, labels: FigureLabels): Figure[] {
	const partial = (value: string) => (slide.membersPartial ? labels.partial(value) : value);
	return [
		{ label: labels.kind, value: labels.kindNames[slide.kind] },
		{ label: labels.memberCount, value: partial(formatCount(slide.memberCount)) },
		{ label: labels.population, value: partial(labels.people(formatCount(slide.population))) },
		{ label: labels.centres, value: slide.centreNames.join('・') }
	];
}
