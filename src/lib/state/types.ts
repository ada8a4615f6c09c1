/**
 * The explorer's serialisable state: everything the URL carries. Plain data only, so a
 * snapshot can be compared, encoded and restored without touching the map or the DOM.
 */

export type Lang = 'ja' | 'en';

/** Map layers the user can switch on and off. 'projects' is a slot until its data lands. */
export const LAYER_IDS = ['renkei', 'teiju', 'projects', 'labels'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type LayerVisibility = Record<LayerId, boolean>;

export const DEFAULT_LAYERS: Readonly<LayerVisibility> = {
	renkei: true,
	teiju: true,
	projects: false,
	labels: true
};

export const CHOROPLETH_METRICS = [
	'pop',
	'ratio',
	'density',
	'change',
	'pop2025',
	'change2025',
	'change2050'
] as const;
export type ChoroplethMetric = (typeof CHOROPLETH_METRICS)[number];

export const CLASSIFICATION_METHODS = ['quantile', 'equal', 'manual'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;
export const DEFAULT_CLASSES = 5;

export interface ChoroplethChoice {
	metric: ChoroplethMetric;
	method: ClassificationMethod;
	/** Number of classes for quantile and equal-interval breaks. */
	classes: number;
	/** Ascending class limits for manual breaks, in the metric's display unit; empty otherwise. */
	breaks: number[];
}

export type Selection = { kind: 'municipality'; code: string } | { kind: 'sphere'; id: string };

export interface Camera {
	lat: number;
	lng: number;
	zoom: number;
}

export interface ExplorerSnapshot {
	/** null: the default national view. */
	camera: Camera | null;
	selection: Selection | null;
	layers: LayerVisibility;
	choropleth: ChoroplethChoice | null;
	lang: Lang;
}

export function defaultSnapshot(): ExplorerSnapshot {
	return { camera: null, selection: null, layers: { ...DEFAULT_LAYERS }, choropleth: null, lang: 'ja' };
}

export function selectionKey(selection: Selection | null): string {
	if (selection === null) return '';
	return selection.kind === 'municipality' ? `m:${selection.code}` : `s:${selection.id}`;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
	return selectionKey(a) === selectionKey(b);
}
