/**
 * Colour scales of the Researcher view's choropleths, built with d3-scale so the map, the
 * on-page legend and the PNG legend all read the same classes.
 *
 * Percentages use fixed class limits (not quantiles of the day's values), so that a colour
 * means the same share on every date while Play runs.
 */
import { scaleOrdinal, scaleThreshold, type ScaleOrdinal, type ScaleThreshold } from 'd3-scale';
import {
	interpolateBlues,
	interpolateGreens,
	interpolateOranges,
	interpolatePurples,
	interpolateReds
} from 'd3-scale-chromatic';
import type { CoverageCategory } from '$lib/analysis/coverage';
import { COVERAGE_SCHEMES, type CoverageSchemeOrNone } from '$lib/analysis/research/schemes';

/** Inner class limits of every percentage choropleth: 0–20, 20–40, … 80–100 %. */
export const PERCENT_LIMITS = [20, 40, 60, 80] as const;

const CATEGORY_RAMPS: Record<CoverageCategory, (t: number) => string> = {
	renkei: interpolateBlues,
	teiju: interpolatePurples,
	either: interpolateGreens,
	both: interpolateOranges,
	neither: interpolateReds
};

export function percentScale(category: CoverageCategory): ScaleThreshold<number, string> {
	const ramp = CATEGORY_RAMPS[category];
	const colours = [0.12, 0.3, 0.5, 0.7, 0.9].map(ramp);
	return scaleThreshold<number, string>()
		.domain([...PERCENT_LIMITS])
		.range(colours);
}

export interface LegendClass {
	/** e.g. "20–40%". */
	label: string;
	colour: string;
}

/** One entry per class of a threshold scale, lowest first. */
export function percentLegend(scale: ScaleThreshold<number, string>): LegendClass[] {
	const limits = [0, ...scale.domain(), 100];
	return scale.range().map((colour, index) => ({ label: `${limits[index]}–${limits[index + 1]}%`, colour }));
}

/**
 * "Which scheme covers me": Okabe–Ito colours, told apart with colour-blindness too;
 * the overlap (both schemes) has a colour of its own.
 */
export function schemeScale(): ScaleOrdinal<CoverageSchemeOrNone, string> {
	return scaleOrdinal<CoverageSchemeOrNone, string>()
		.domain(COVERAGE_SCHEMES)
		.range(['#56b4e9', '#e69f00', '#b5527f', '#f6f3ec']);
}

/** Grey for a prefecture or municipality without a value (none in practice: every row has a total). */
export const NO_VALUE_COLOUR = '#c9c4bb';
