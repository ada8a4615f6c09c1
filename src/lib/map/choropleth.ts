/**
 * Choropleth classification: metric values per municipality, class limits by quantile,
 * equal interval or manual breaks, and a colour per class. Pure: no DOM, no map.
 *
 * Values are in each metric's display unit (people, %, people/km²) so that the legend,
 * the manual-break input and the URL all speak the same numbers.
 */
import { scaleQuantile } from 'd3-scale';
import { interpolateBrBG, interpolatePuOr, interpolateYlGnBu, interpolateYlOrRd } from 'd3-scale-chromatic';
import type { Municipality } from '$lib/data/types';
import { MAX_ABS_BREAK, normaliseBreaks } from '$lib/state/url';
import type { ChoroplethChoice, ChoroplethMetric } from '$lib/state/types';

export interface MetricDefinition {
	/** The value for one municipality, or null where there is no meaningful figure. */
	value(municipality: Municipality): number | null;
	/** Diverging metrics have a neutral midpoint that is always a class limit. */
	midpoint: number | null;
	interpolate(t: number): string;
	/** Decimals shown for class limits. */
	decimals: number;
}

export const METRICS: Record<ChoroplethMetric, MetricDefinition> = {
	pop: {
		value: (m) => m.pop2020,
		midpoint: null,
		interpolate: interpolateYlGnBu,
		decimals: 0
	},
	ratio: {
		// 昼夜間人口比率 as a percentage: 100 means as many people by day as by night.
		value: (m) => (m.dayNightRatio2020 === null ? null : m.dayNightRatio2020 * 100),
		midpoint: 100,
		interpolate: interpolateBrBG,
		decimals: 1
	},
	density: {
		value: (m) => (m.areaKm2 > 0 ? m.pop2020 / m.areaKm2 : null),
		midpoint: null,
		interpolate: interpolateYlOrRd,
		decimals: 1
	},
	change: {
		// 2015 → 2020, %; the evacuated towns had no residents in 2015, so no rate exists.
		value: (m) => (m.pop2015 > 0 ? ((m.pop2020 - m.pop2015) / m.pop2015) * 100 : null),
		midpoint: 0,
		interpolate: (t) => interpolatePuOr(1 - t),
		decimals: 1
	}
};

export const NO_DATA_COLOUR = '#c9c4bb';

export interface ChoroplethClass {
	/** Inclusive lower limit; null for the open-ended first class. */
	min: number | null;
	/** Exclusive upper limit; null for the open-ended last class. */
	max: number | null;
	colour: string;
	count: number;
}

export interface Classification {
	choice: ChoroplethChoice;
	/** A string that changes whenever the classes or their colours change. */
	key: string;
	/** Ascending inner limits: a value v is in class i when limits[i-1] <= v < limits[i]. */
	limits: number[];
	classes: ChoroplethClass[];
	/** Class index per municipality code; codes without a value are absent. */
	classByCode: Map<string, number>;
	noDataCount: number;
	/** Smallest and largest value classified, for the legend and the manual-break input. */
	extent: [number, number] | null;
}

export function quantileLimits(values: readonly number[], classes: number): number[] {
	if (values.length === 0) return [];
	const scale = scaleQuantile<number>()
		.domain(values)
		.range(Array.from({ length: classes }, (_, index) => index));
	return normaliseBreaks(scale.quantiles());
}

export function equalIntervalLimits(min: number, max: number, classes: number): number[] {
	if (!(max > min)) return [];
	const step = (max - min) / classes;
	return Array.from({ length: classes - 1 }, (_, index) => min + step * (index + 1));
}

/**
 * Makes `midpoint` a limit, so that no class straddles it: the nearest limit moves onto
 * it (it cannot pass a neighbour, being the nearest), or it becomes the only limit.
 */
export function anchorLimits(
	limits: readonly number[],
	midpoint: number,
	extent: [number, number]
): number[] {
	if (midpoint <= extent[0] || midpoint > extent[1]) return [...limits];
	if (limits.length === 0) return [midpoint];
	let nearest = 0;
	for (let index = 1; index < limits.length; index += 1) {
		if (Math.abs(limits[index] - midpoint) < Math.abs(limits[nearest] - midpoint)) nearest = index;
	}
	const moved = [...limits];
	moved[nearest] = midpoint;
	return normaliseBreaks(moved);
}

export function classIndex(limits: readonly number[], value: number): number {
	let low = 0;
	let high = limits.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (value >= limits[middle]) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Sequential ramp from light to dark, avoiding the palest end that vanishes on land. */
function sequentialColours(interpolate: (t: number) => string, count: number): string[] {
	if (count === 1) return [interpolate(0.6)];
	return Array.from({ length: count }, (_, index) => interpolate(0.12 + (0.83 * index) / (count - 1)));
}

/**
 * Colours for classes split at a midpoint limit: the classes below get one hue, those
 * above the other, darker the further from the midpoint; both sides keep the same step.
 */
function divergingColours(interpolate: (t: number) => string, below: number, above: number): string[] {
	const side = Math.max(below, above);
	// Distance 1 is the class next to the midpoint.
	const offset = (distance: number) => (side <= 1 ? 0.3 : 0.1 + (0.32 * (distance - 1)) / (side - 1));
	const colours: string[] = [];
	for (let index = 0; index < below; index += 1) colours.push(interpolate(0.5 - offset(below - index)));
	for (let index = 0; index < above; index += 1) colours.push(interpolate(0.5 + offset(index + 1)));
	return colours;
}

function extentOf(values: readonly number[]): [number, number] | null {
	if (values.length === 0) return null;
	let min = Infinity;
	let max = -Infinity;
	for (const value of values) {
		if (value < min) min = value;
		if (value > max) max = value;
	}
	return [min, max];
}

function limitsFor(
	choice: ChoroplethChoice,
	values: readonly number[],
	extent: [number, number] | null
): number[] {
	if (choice.method === 'manual') return normaliseBreaks(choice.breaks);
	if (extent === null) return [];
	const limits =
		choice.method === 'quantile'
			? quantileLimits(values, choice.classes)
			: equalIntervalLimits(extent[0], extent[1], choice.classes);
	const { midpoint } = METRICS[choice.metric];
	return midpoint === null ? limits : anchorLimits(limits, midpoint, extent);
}

/** Classifies every municipality given; callers leave out those that are never counted. */
export function classify(choice: ChoroplethChoice, municipalities: readonly Municipality[]): Classification {
	const metric = METRICS[choice.metric];
	const valued: [code: string, value: number][] = [];
	for (const municipality of municipalities) {
		const value = metric.value(municipality);
		if (value !== null && Number.isFinite(value)) valued.push([municipality.code, value]);
	}
	const values = valued.map(([, value]) => value);
	const extent = extentOf(values);
	const limits = limitsFor(choice, values, extent);
	const classCount = limits.length + 1;

	let colours: string[];
	if (metric.midpoint === null) {
		colours = sequentialColours(metric.interpolate, classCount);
	} else {
		const below = classIndex(limits, metric.midpoint);
		colours = divergingColours(metric.interpolate, below, classCount - below);
	}

	const counts = new Array<number>(classCount).fill(0);
	const classByCode = new Map<string, number>();
	for (const [code, value] of valued) {
		const index = classIndex(limits, value);
		classByCode.set(code, index);
		counts[index] += 1;
	}

	const classes = colours.map((colour, index) => ({
		min: index === 0 ? null : limits[index - 1],
		max: index === classCount - 1 ? null : limits[index],
		colour,
		count: counts[index]
	}));
	return {
		choice,
		key: `${choice.metric}|${limits.join(',')}|${colours.join(',')}`,
		limits,
		classes,
		classByCode,
		noDataCount: municipalities.length - valued.length,
		extent
	};
}

/**
 * Reads manual class limits typed by a person: numbers separated by commas, 、 or
 * spaces. Returns them sorted and without duplicates, or null if anything is not a
 * plain number or there are none or too many.
 */
export function parseManualBreaks(text: string, maxBreaks: number): number[] | null {
	const parts = text
		.normalize('NFKC')
		.split(/[\s,、]+/u)
		.filter((part) => part !== '');
	if (parts.length === 0 || parts.length > maxBreaks) return null;
	const values: number[] = [];
	for (const part of parts) {
		if (!/^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(part)) return null;
		const value = Number(part);
		if (Math.abs(value) > MAX_ABS_BREAK) return null;
		values.push(value);
	}
	return normaliseBreaks(values);
}

/** A limit rounded for display and for prefilling the manual-break input. */
export function roundLimit(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}

/** The colour of each classified municipality, as the map's props carry it. */
export function classColours(
	classification: Classification | null
): { key: string; colours: Record<string, string> } | null {
	if (classification === null) return null;
	const colours: Record<string, string> = {};
	for (const [code, index] of classification.classByCode)
		colours[code] = classification.classes[index].colour;
	return { key: classification.key, colours };
}
