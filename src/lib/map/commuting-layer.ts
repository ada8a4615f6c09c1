/**
 * The commuting layers of the explorer map: a choropleth of the share of commuters to the
 * chosen municipality (feature-state `commutingShare` on the municipalities source, never
 * setData), flow lines from a sphere's members to its centre, and the 都市雇用圏 outlines.
 * They attach to a map that already has the municipalities source (keyed by code).
 */
import type {
	ExpressionSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { ELIGIBILITY_RULES } from '$lib/analysis/rules';

export const COMMUTING_SHARE_STATE = 'commutingShare';
export const commutingLayerIds = {
	shareFill: 'commuting-share-fill',
	flows: 'commuting-flows',
	ueaFill: 'uea-fill',
	ueaOutline: 'uea-outline'
} as const;
export const commutingSourceIds = { flows: 'commuting-flows', uea: 'uea' } as const;

const { threshold } = ELIGIBILITY_RULES.commuting;

/** Classes of the share choropleth: lower limit and colour; under the first, no fill. */
export const SHARE_CLASSES: readonly { from: number; colour: string }[] = [
	{ from: 0.01, colour: '#fdf0d5' },
	{ from: 0.05, colour: '#f9c98b' },
	{ from: threshold, colour: '#ef8a47' },
	{ from: 0.2, colour: '#d4512a' },
	{ from: 0.4, colour: '#8f2314' }
];

const shareColour: ExpressionSpecification = [
	'step',
	['coalesce', ['feature-state', COMMUTING_SHARE_STATE], -1],
	'rgba(0,0,0,0)',
	...SHARE_CLASSES.flatMap(({ from, colour }) => [from, colour] as [number, string])
];

export type FlowLines = FeatureCollection<LineString, { from: string; to: string; persons: number }>;
export type UeaOutlines = FeatureCollection<
	Polygon | MultiPolygon,
	{ id: string; type: 'MEA' | 'McEA'; name: string }
>;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function layers(municipalitiesSource: string): LayerSpecification[] {
	return [
		{
			id: commutingLayerIds.shareFill,
			type: 'fill',
			source: municipalitiesSource,
			layout: { visibility: 'none' },
			paint: { 'fill-color': shareColour, 'fill-opacity': 0.85 }
		},
		{
			id: commutingLayerIds.ueaFill,
			type: 'fill',
			source: commutingSourceIds.uea,
			layout: { visibility: 'none' },
			paint: {
				'fill-color': ['match', ['get', 'type'], 'MEA', '#5b3f8c', '#2f7d6d'],
				'fill-opacity': 0.08
			}
		},
		{
			id: commutingLayerIds.ueaOutline,
			type: 'line',
			source: commutingSourceIds.uea,
			layout: { visibility: 'none' },
			paint: {
				'line-color': ['match', ['get', 'type'], 'MEA', '#5b3f8c', '#2f7d6d'],
				'line-width': ['match', ['get', 'type'], 'MEA', 2, 1.2],
				'line-dasharray': [2, 1]
			}
		},
		{
			id: commutingLayerIds.flows,
			type: 'line',
			source: commutingSourceIds.flows,
			layout: { 'line-cap': 'round', visibility: 'none' },
			paint: {
				'line-color': '#3b2a6b',
				'line-opacity': 0.75,
				// Width grows with the square root of persons, so area-like reading stays fair.
				'line-width': ['interpolate', ['linear'], ['sqrt', ['get', 'persons']], 0, 0.5, 30, 3, 100, 9]
			}
		}
	];
}

/**
 * Adds the sources and layers once (hidden): the fill under `before.fill` (the municipal
 * borders), the lines under `before.lines` (the labels), where those layers exist.
 */
export function addCommutingLayers(
	map: MapLibreMap,
	municipalitiesSource: string,
	before: { fill: string; lines: string }
): void {
	if (map.getLayer(commutingLayerIds.shareFill)) return;
	map.addSource(commutingSourceIds.flows, { type: 'geojson', data: EMPTY });
	map.addSource(commutingSourceIds.uea, { type: 'geojson', data: EMPTY });
	const under = (id: string) => (map.getLayer(id) ? id : undefined);
	for (const layer of layers(municipalitiesSource)) {
		map.addLayer(layer, under(layer.id === commutingLayerIds.shareFill ? before.fill : before.lines));
	}
}

const setVisible = (map: MapLibreMap, id: string, visible: boolean) =>
	map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');

/**
 * Shows `shares` (code → fraction) as the choropleth, or hides it for null. Only the codes
 * whose state changes are touched: `shown` holds what the map has now and is updated.
 */
export function showCommutingShares(
	map: MapLibreMap,
	municipalitiesSource: string,
	shares: ReadonlyMap<string, number> | null,
	shown: Map<string, number>
): void {
	for (const code of [...shown.keys()]) {
		if (shares?.has(code)) continue;
		map.removeFeatureState({ source: municipalitiesSource, id: code }, COMMUTING_SHARE_STATE);
		shown.delete(code);
	}
	for (const [code, share] of shares ?? []) {
		if (shown.get(code) === share) continue;
		map.setFeatureState({ source: municipalitiesSource, id: code }, { [COMMUTING_SHARE_STATE]: share });
		shown.set(code, share);
	}
	setVisible(map, commutingLayerIds.shareFill, shares !== null);
}

export function showFlowLines(map: MapLibreMap, flows: FlowLines | null): void {
	(map.getSource(commutingSourceIds.flows) as GeoJSONSource).setData(flows ?? EMPTY);
	setVisible(map, commutingLayerIds.flows, flows !== null);
}

/** The outlines are set once; toggling only changes visibility. */
export function showUea(
	map: MapLibreMap,
	outlines: UeaOutlines | null,
	visible: boolean,
	loaded: { done: boolean }
): void {
	if (outlines !== null && !loaded.done) {
		(map.getSource(commutingSourceIds.uea) as GeoJSONSource).setData(outlines);
		loaded.done = true;
	}
	setVisible(map, commutingLayerIds.ueaFill, visible && loaded.done);
	setVisible(map, commutingLayerIds.ueaOutline, visible && loaded.done);
}

/** What the commuting layers show; null parts are hidden. */
export interface CommutingMapView {
	/** Municipality code → share of its commuters to the chosen place. */
	shares: ReadonlyMap<string, number> | null;
	flows: FlowLines | null;
	uea: UeaOutlines | null;
	ueaVisible: boolean;
}

/** What the map holds now, so that each update touches only what changed. */
export interface CommutingMapMemory {
	shown: Map<string, number>;
	uea: { done: boolean };
}

export function applyCommutingView(
	map: MapLibreMap,
	municipalitiesSource: string,
	before: { fill: string; lines: string },
	view: CommutingMapView,
	memory: CommutingMapMemory
): void {
	addCommutingLayers(map, municipalitiesSource, before);
	showCommutingShares(map, municipalitiesSource, view.shares, memory.shown);
	showFlowLines(map, view.flows);
	showUea(map, view.uea, view.ueaVisible, memory.uea);
}
