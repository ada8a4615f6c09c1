import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS, type LayerVisibility } from '$lib/state/types';
import { mapColours, RENKEI_FILL_OPACITY } from '../colours';
import {
	composeStyle,
	flaggedWidth,
	geojsonSource,
	LABEL_FONT_FAMILIES,
	linearWidth,
	selectionWidth,
	sphereOutlinePaint
} from './base';
import { LAYER_GROUPS, layerIds, sourceIds, TEIJU_HATCH_IMAGE } from './ids';
import { projectLayers } from './projects';

// MapLibre reads the weight from the first name of the stack.
const REGULAR_FONT = ['Noto Sans CJK JP Regular', ...LABEL_FONT_FAMILIES];
const BOLD_FONT = ['Noto Sans CJK JP Bold', ...LABEL_FONT_FAMILIES];

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

function labelLayers(): LayerSpecification[] {
	return [
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
}

function centreLayers(): LayerSpecification[] {
	return [
		{
			id: layerIds.teijuCentres,
			type: 'circle',
			source: sourceIds.centres,
			filter: ['==', ['get', 'kind'], 'teiju'],
			// Over a hundred of them would speckle the national view.
			minzoom: 5.5,
			paint: {
				'circle-radius': linearWidth(2.5, 5.5),
				'circle-color': '#ffffff',
				'circle-stroke-color': mapColours.teiju,
				'circle-stroke-width': linearWidth(1.2, 2.2)
			}
		},
		{
			id: layerIds.renkeiCentres,
			type: 'circle',
			source: sourceIds.centres,
			filter: ['==', ['get', 'kind'], 'renkei'],
			paint: {
				'circle-radius': linearWidth(2.5, 5),
				'circle-color': mapColours.centreMarker,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.2
			}
		}
	];
}

/**
 * The explorer's and presenter's map: sphere fills and outlines, selection, candidates,
 * a draft, centre markers, model projects and labels over the base layers.
 */
export function explorerStyle(layers: LayerVisibility): StyleSpecification {
	return composeStyle({
		sources: {
			[sourceIds.renkei]: geojsonSource({ promoteId: 'id' }),
			[sourceIds.teiju]: geojsonSource({ promoteId: 'id' }),
			[sourceIds.centres]: geojsonSource(),
			[sourceIds.labels]: geojsonSource({ labels: true }),
			[sourceIds.projects]: geojsonSource(),
			[sourceIds.draftOutline]: geojsonSource()
		},
		under: [
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
			}
		],
		over: [
			{
				id: layerIds.teijuOutline,
				type: 'line',
				source: sourceIds.teiju,
				paint: sphereOutlinePaint('teiju')
			},
			{
				id: layerIds.renkeiOutline,
				type: 'line',
				source: sourceIds.renkei,
				paint: sphereOutlinePaint('renkei')
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
				paint: { 'line-color': mapColours.candidateOutline, 'line-width': flaggedWidth('candidate', 1.2, 3) }
			},
			...draftLayers(),
			...centreLayers(),
			...projectLayers(sourceIds.projects),
			...labelLayers()
		],
		// Start with the layers the state asks for, so nothing is re-tiled to hide them.
		hidden: new Set(LAYER_IDS.filter((id) => !layers[id]).flatMap((id) => LAYER_GROUPS[id]))
	});
}
