import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { LAYER_IDS, type LayerVisibility } from '$lib/state/types';
import { LAYER_GROUPS, layerIds, sourceIds, TEIJU_HATCH_IMAGE } from './ids';
import { mapColours, RENKEI_FILL_OPACITY } from './colours';
import { projectLayers } from './projects-style';

/** Label fonts are drawn locally by MapLibre (no glyph server): these are CSS font families. */
export const LABEL_FONT_FAMILIES = [
	'Noto Sans CJK JP',
	'Hiragino Sans',
	'Hiragino Kaku Gothic ProN',
	'Yu Gothic',
	'Meiryo',
	'sans-serif'
];
// MapLibre reads the weight from the first name of the stack.
const REGULAR_FONT = ['Noto Sans CJK JP Regular', ...LABEL_FONT_FAMILIES];
const BOLD_FONT = ['Noto Sans CJK JP Bold', ...LABEL_FONT_FAMILIES];

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHoppo: ExpressionSpecification = ['has', 'hoppo'];

/** Line width that grows with zoom: `base` px at z4, about four times that at z10. */
function zoomedWidth(base: number): ExpressionSpecification {
	return ['interpolate', ['exponential', 1.5], ['zoom'], 4, base, 10, base * 4];
}

/**
 * Width of a line drawn only around selected features: zero elsewhere, so the lines of
 * everything else cost no pixels to draw. All highlight lines share this shape of
 * expression (and so one shader program, which is slow to compile on software WebGL).
 */
function selectionWidth(atZ4: number, atZ10: number, hovered?: [number, number]): ExpressionSpecification {
	const width = (selected: number, hover: number | undefined): ExpressionSpecification =>
		hover === undefined
			? ['case', isSelected, selected, 0]
			: ['case', isSelected, selected, isHovered, hover, 0];
	return ['interpolate', ['linear'], ['zoom'], 4, width(atZ4, hovered?.[0]), 10, width(atZ10, hovered?.[1])];
}

/** Width of the centre-candidate outline: zero for every other municipality. */
function candidateWidth(atZ4: number, atZ10: number): ExpressionSpecification {
	const isCandidate: ExpressionSpecification = ['boolean', ['feature-state', 'candidate'], false];
	return [
		'interpolate',
		['linear'],
		['zoom'],
		4,
		['case', isCandidate, atZ4, 0],
		10,
		['case', isCandidate, atZ10, 0]
	];
}

/**
 * Municipality fill: the choropleth colour when there is one, otherwise plain land that
 * lights up on hover and selection. Only feature-state changes, never this expression:
 * a new data-driven paint value would make MapLibre re-tile all the polygons.
 */
export function municipalityFillColour(): DataDrivenPropertyValueSpecification<string> {
	// Draft members are coloured here rather than by a layer of their own: one polygon layer
	// fewer to draw and to restyle on every draft edit.
	const draftState: ExpressionSpecification = ['number', ['feature-state', 'draft'], 0];
	return [
		'case',
		['==', draftState, 2],
		mapColours.draftCentre,
		['==', draftState, 1],
		mapColours.draftMember,
		['!=', ['feature-state', 'fill'], null],
		['to-color', ['feature-state', 'fill']],
		isSelected,
		mapColours.landSelected,
		isHovered,
		mapColours.landHover,
		isHoppo,
		mapColours.hoppoLand,
		mapColours.land
	];
}

export const EMPTY_COLLECTION: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * A GeoJSON source with MapLibre's tiling tuned for software WebGL, where every vertex
 * saved is worker time and frame time saved:
 * - maxzoom 12: deeper tiles are overzoomed, plenty for boundaries simplified at source;
 * - tolerance 1 px (MapLibre: 0.375): simplification that does not show;
 * - buffer 16 px (MapLibre: 128) for shapes: enough for the widest line, so tiles carry
 *   far less of their neighbours. Labels keep the default, for placement across tiles.
 */
function geojson(
	data: GeoJSON.GeoJSON,
	options: { promoteId?: string; labels?: boolean } = {}
): SourceSpecification {
	return {
		type: 'geojson',
		data,
		maxzoom: 12,
		tolerance: 1,
		...(options.labels ? {} : { buffer: 16 }),
		...(options.promoteId ? { promoteId: options.promoteId } : {})
	};
}

/** The white casing and black line around a selected sphere, on the source of its kind. */
function selectedSphereLayers(source: string, casingId: string, lineId: string): LayerSpecification[] {
	return [
		{
			id: casingId,
			type: 'line',
			source,
			layout: { 'line-join': 'bevel' },
			paint: { 'line-color': '#ffffff', 'line-width': selectionWidth(5, 8), 'line-opacity': 0.9 }
		},
		{
			id: lineId,
			type: 'line',
			source,
			layout: { 'line-join': 'bevel' },
			paint: { 'line-color': mapColours.selectedSphere, 'line-width': selectionWidth(2, 4) }
		}
	];
}

/** A draft's outlines; its members are coloured by the municipality fill (feature-state `draft`). */
function draftLayers(): LayerSpecification[] {
	return [
		{
			id: layerIds.draftOriginalOutline,
			type: 'line',
			source: sourceIds.draftOutline,
			filter: ['==', ['get', 'role'], 'original'],
			paint: { 'line-color': mapColours.draftOriginal, 'line-width': 2.5, 'line-dasharray': [2, 1.5] }
		},
		{
			id: layerIds.draftOutline,
			type: 'line',
			source: sourceIds.draftOutline,
			filter: ['==', ['get', 'role'], 'draft'],
			paint: { 'line-color': mapColours.draftOutline, 'line-width': 3 }
		}
	];
}

/**
 * The whole map style, built in code. No sprite, no glyph server and no remote sources:
 * the app must not make requests to any other origin. Every source starts empty; the
 * controller fills each in once, when the data has loaded.
 */
export function buildMapStyle(layers: LayerVisibility): StyleSpecification {
	const sources: Record<string, SourceSpecification> = {
		[sourceIds.municipalities]: geojson(EMPTY_COLLECTION, { promoteId: 'code' }),
		[sourceIds.borders]: geojson(EMPTY_COLLECTION),
		[sourceIds.renkei]: geojson(EMPTY_COLLECTION, { promoteId: 'id' }),
		[sourceIds.teiju]: geojson(EMPTY_COLLECTION, { promoteId: 'id' }),
		[sourceIds.centres]: geojson(EMPTY_COLLECTION),
		[sourceIds.labels]: geojson(EMPTY_COLLECTION, { labels: true }),
		[sourceIds.projects]: geojson(EMPTY_COLLECTION),
		[sourceIds.draftOutline]: geojson(EMPTY_COLLECTION)
	};

	const style: LayerSpecification[] = [
		{
			id: layerIds.municipalityFill,
			type: 'fill',
			source: sourceIds.municipalities,
			paint: { 'fill-color': municipalityFillColour(), 'fill-antialias': false }
		},
		{
			id: layerIds.renkeiFill,
			type: 'fill',
			source: sourceIds.renkei,
			paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': RENKEI_FILL_OPACITY, 'fill-antialias': false }
		},
		{
			id: layerIds.teijuHatch,
			type: 'fill',
			source: sourceIds.teiju,
			paint: {
				'fill-pattern': TEIJU_HATCH_IMAGE,
				// Lighter at national scale, where the hatch covers much of the country.
				'fill-opacity': ['interpolate', ['linear'], ['zoom'], 4, 0.55, 8, 1],
				'fill-antialias': false
			}
		},
		{
			id: layerIds.municipalBorders,
			type: 'line',
			source: sourceIds.municipalities,
			// At national scale 1,700 borders are a grey blur that hides the spheres (and
			// the costliest thing to draw); from a region down they are drawn.
			minzoom: 5.5,
			paint: { 'line-color': mapColours.municipalBorder, 'line-width': zoomedWidth(0.4) }
		},
		{
			id: layerIds.coastline,
			type: 'line',
			source: sourceIds.borders,
			filter: ['==', ['get', 'kind'], 'coast'],
			paint: { 'line-color': mapColours.coastline, 'line-width': zoomedWidth(0.6) }
		},
		{
			id: layerIds.prefectureBorders,
			type: 'line',
			source: sourceIds.borders,
			filter: ['==', ['get', 'kind'], 'prefecture'],
			paint: {
				'line-color': mapColours.prefectureBorder,
				'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 4, 1, 10, 4.5]
			}
		},
		{
			id: layerIds.teijuOutline,
			type: 'line',
			source: sourceIds.teiju,
			paint: {
				'line-color': mapColours.teiju,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 2.2],
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: layerIds.renkeiOutline,
			type: 'line',
			source: sourceIds.renkei,
			paint: {
				'line-color': ['get', 'line'],
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 10, 2.6]
			}
		},
		...selectedSphereLayers(sourceIds.renkei, layerIds.renkeiSelectedCasing, layerIds.renkeiSelected),
		...selectedSphereLayers(sourceIds.teiju, layerIds.teijuSelectedCasing, layerIds.teijuSelected),
		{
			id: layerIds.municipalityHighlight,
			type: 'line',
			source: sourceIds.municipalities,
			// Shares the borders' tiles; at national scale the fill colour shows hover and selection.
			minzoom: 5.5,
			paint: { 'line-color': mapColours.highlightOutline, 'line-width': selectionWidth(2, 5, [1.2, 3.5]) }
		},
		{
			id: layerIds.municipalityCandidate,
			type: 'line',
			source: sourceIds.municipalities,
			// Zero width except for candidates, like the selection lines.
			paint: { 'line-color': mapColours.candidateOutline, 'line-width': candidateWidth(1.2, 3) }
		},
		...draftLayers(),
		{
			id: layerIds.teijuCentres,
			type: 'circle',
			source: sourceIds.centres,
			filter: ['==', ['get', 'kind'], 'teiju'],
			// Over a hundred of them would speckle the national view.
			minzoom: 5.5,
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 10, 5.5],
				'circle-color': '#ffffff',
				'circle-stroke-color': mapColours.teiju,
				'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 4, 1.2, 10, 2.2]
			}
		},
		{
			id: layerIds.renkeiCentres,
			type: 'circle',
			source: sourceIds.centres,
			filter: ['==', ['get', 'kind'], 'renkei'],
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 10, 5],
				'circle-color': mapColours.centreMarker,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.2
			}
		},
		...projectLayers(sourceIds.projects),
		{
			id: layerIds.municipalityLabels,
			type: 'symbol',
			source: sourceIds.labels,
			filter: ['==', ['get', 'level'], 'municipality'],
			minzoom: 7,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': REGULAR_FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
				'symbol-sort-key': ['get', 'rank'],
				'text-padding': 3,
				'text-anchor': ['case', ['get', 'centre'], 'top', 'center'],
				'text-offset': ['case', ['get', 'centre'], ['literal', [0, 0.6]], ['literal', [0, 0]]]
			},
			paint: {
				'text-color': mapColours.labelText,
				'text-halo-color': mapColours.labelHalo,
				'text-halo-width': 1.4
			}
		},
		{
			id: layerIds.prefectureLabels,
			type: 'symbol',
			source: sourceIds.labels,
			filter: ['==', ['get', 'level'], 'prefecture'],
			maxzoom: 7.5,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': BOLD_FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 7, 15],
				'text-padding': 4
			},
			paint: {
				'text-color': mapColours.prefectureLabelText,
				'text-halo-color': mapColours.labelHalo,
				'text-halo-width': 1.6
			}
		}
	];

	// Start with the layers the state asks for, so nothing is re-tiled to hide them.
	const hidden = new Set(LAYER_IDS.filter((id) => !layers[id]).flatMap((id) => LAYER_GROUPS[id]));
	for (const layer of style) {
		if (hidden.has(layer.id)) layer.layout = { ...layer.layout, visibility: 'none' };
	}
	// No paint transitions: every change shows in the next frame, and the map is idle after it.
	return { version: 8, sources, layers: style, transition: { duration: 0, delay: 0 } };
}
