import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { mapColours } from '$lib/map/colours';
import { EMPTY_COLLECTION } from '$lib/map/style';
import { researchLayerIds as layers, researchSourceIds as sources } from './research-ids';

/** Colours of the two compare outlines: A and B, also used on the page and in the table heads. */
export const COMPARE_COLOURS = { a: '#d55e00', b: '#0b5ea8' } as const;

const fillOrLand = (land: string): ExpressionSpecification => [
	'case',
	['!=', ['feature-state', 'fill'], null],
	['to-color', ['feature-state', 'fill']],
	['has', 'hoppo'],
	mapColours.hoppoLand,
	land
];

/** Zero width except where the feature-state flag is set, so unflagged features cost nothing. */
const flaggedWidth = (flag: string, z4: number, z10: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	['case', ['boolean', ['feature-state', flag], false], z4, 0],
	10,
	['case', ['boolean', ['feature-state', flag], false], z10, 0]
];

function source(promoteId?: string) {
	return {
		type: 'geojson' as const,
		data: EMPTY_COLLECTION,
		maxzoom: 12,
		tolerance: 1,
		buffer: 16,
		...(promoteId ? { promoteId } : {})
	};
}

/**
 * The research map: municipalities and prefectures coloured through feature-state, the
 * active spheres' outlines (rebuilt when the date changes), the highlight of a list, and
 * the two compare outlines. No labels, sprite or glyphs: nothing is requested.
 */
export function buildResearchStyle(): StyleSpecification {
	const style: LayerSpecification[] = [
		{
			id: layers.municipalityFill,
			type: 'fill',
			source: sources.municipalities,
			paint: { 'fill-color': fillOrLand(mapColours.land), 'fill-antialias': false }
		},
		{
			id: layers.prefectureFill,
			type: 'fill',
			source: sources.prefectures,
			paint: { 'fill-color': fillOrLand(mapColours.land), 'fill-antialias': false }
		},
		{
			id: layers.municipalBorders,
			type: 'line',
			source: sources.municipalities,
			minzoom: 5.5,
			paint: {
				'line-color': mapColours.municipalBorder,
				'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 5.5, 0.3, 10, 1.2]
			}
		},
		{
			id: layers.coastline,
			type: 'line',
			source: sources.borders,
			filter: ['==', ['get', 'kind'], 'coast'],
			paint: { 'line-color': mapColours.coastline, 'line-width': 0.6 }
		},
		{
			id: layers.prefectureBorders,
			type: 'line',
			source: sources.borders,
			filter: ['==', ['get', 'kind'], 'prefecture'],
			paint: {
				'line-color': mapColours.prefectureBorder,
				'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 4, 0.8, 10, 3.5]
			}
		},
		{
			id: layers.teijuOutline,
			type: 'line',
			source: sources.spheres,
			filter: ['==', ['get', 'kind'], 'teiju'],
			paint: {
				'line-color': mapColours.teiju,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.7, 10, 2],
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: layers.renkeiOutline,
			type: 'line',
			source: sources.spheres,
			filter: ['==', ['get', 'kind'], 'renkei'],
			paint: {
				'line-color': '#1d3f66',
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 10, 2.6]
			}
		},
		{
			id: layers.prefectureSelected,
			type: 'line',
			source: sources.prefectures,
			paint: { 'line-color': '#111111', 'line-width': flaggedWidth('selected', 2, 4) }
		},
		{
			id: layers.municipalityHighlight,
			type: 'line',
			source: sources.municipalities,
			paint: { 'line-color': mapColours.candidateOutline, 'line-width': flaggedWidth('highlight', 1.6, 3.5) }
		},
		{
			// A white casing under both compare outlines, so they read over any fill.
			id: layers.compareCasing,
			type: 'line',
			source: sources.compare,
			paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4, 10, 7] }
		},
		{
			id: layers.compareA,
			type: 'line',
			source: sources.compare,
			filter: ['==', ['get', 'side'], 'a'],
			paint: {
				'line-color': COMPARE_COLOURS.a,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 10, 4]
			}
		},
		{
			id: layers.compareB,
			type: 'line',
			source: sources.compare,
			filter: ['==', ['get', 'side'], 'b'],
			paint: {
				'line-color': COMPARE_COLOURS.b,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 10, 4],
				'line-dasharray': [2, 1]
			}
		}
	];
	return {
		version: 8,
		sources: {
			[sources.municipalities]: source('code'),
			[sources.prefectures]: source('code'),
			[sources.borders]: source(),
			[sources.spheres]: source('id'),
			[sources.compare]: source()
		},
		layers: style,
		transition: { duration: 0, delay: 0 }
	};
}
