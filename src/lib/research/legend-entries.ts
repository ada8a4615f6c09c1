/** The legend of the research map, as data: drawn as HTML on the page and on the PNG. */
import type { CoverageTable } from '$lib/analysis/coverage';
import { COVERAGE_SCHEMES, type MunicipalityScheme } from '$lib/analysis/research/schemes';
import { mapColours } from '$lib/map/colours';
import { percentLegend, percentScale, schemeScale } from '$lib/map/research/coverage-colours';
import type { MapMode, Measure } from '$lib/state/research-url';
import type { ResearchStrings } from '$lib/ui/i18n/research';
import { shareOf } from './table-columns';

export interface ResearchLegendEntry {
	label: string;
	colour: string;
	/** A filled square, or a line sample. */
	shape: 'fill' | 'line' | 'dashed';
}

export interface ResearchLegend {
	title: string;
	entries: ResearchLegendEntry[];
}

export function researchLegend(mode: MapMode, measure: Measure, strings: ResearchStrings): ResearchLegend {
	const outlines: ResearchLegendEntry[] = [
		{ label: strings.categories.renkei, colour: '#1d3f66', shape: 'line' },
		{ label: strings.categories.teiju, colour: mapColours.teiju, shape: 'dashed' }
	];
	if (mode === 'muni') {
		const scale = schemeScale();
		return {
			title: strings.mapModes.muni,
			entries: [
				...COVERAGE_SCHEMES.map((scheme) => ({
					label: strings.schemes[scheme],
					colour: scale(scheme),
					shape: 'fill' as const
				})),
				...outlines
			]
		};
	}
	const classes = percentLegend(percentScale(measure.category));
	return {
		title: strings.legendShare(strings.categories[measure.category], strings.quantities[measure.quantity]),
		entries: [...classes.map((entry) => ({ ...entry, shape: 'fill' as const })), ...outlines]
	};
}

/** Prefecture code → colour of its share of the measure. */
export function prefectureFills(table: CoverageTable, measure: Measure): Map<string, string> {
	const scale = percentScale(measure.category);
	const fills = new Map<string, string>();
	for (const row of table.prefectures) {
		const share = shareOf(row, measure.category, measure.quantity);
		if (share !== null) fills.set(row.prefCode, scale(share));
	}
	return fills;
}

/** Municipality code → colour of the scheme covering it; municipalities in no sphere stay plain land. */
export function municipalityFills(schemes: ReadonlyMap<string, MunicipalityScheme>): Map<string, string> {
	const scale = schemeScale();
	return new Map([...schemes].map(([code, entry]) => [code, scale(entry.scheme)]));
}
