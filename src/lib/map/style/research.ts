import type { StyleSpecification } from 'maplibre-gl';
import { mapColours } from '../colours';
import {
	choroplethFillColour,
	composeStyle,
	flaggedWidth,
	geojsonSource,
	linearWidth,
	sphereOutlinePaint
} from './base';
import { layerIds, sourceIds } from './ids';

/** Colours of the two compare outlines: A and B, also used on the page and in the table heads. */
export const COMPARE_COLOURS = { a: '#d55e00', b: '#0b5ea8' } as const;

/**
 * Over a choropleth, the explorer's per-sphere outline colours would read as classes:
 * every 連携中枢都市圏 outline is one dark blue here.
 */
const RENKEI_OVER_CHOROPLETH = '#1d3f66';

/**
 * The research map: municipalities and prefectures coloured through feature-state, the
 * outlines of the spheres active on the as-of date, the highlight of a list, and the two
 * compare outlines. No labels: nothing there would need a glyph.
 */
export function researchStyle(): StyleSpecification {
	return composeStyle({
		sources: {
			[sourceIds.prefectures]: geojsonSource({ promoteId: 'code' }),
			[sourceIds.datedSpheres]: geojsonSource({ promoteId: 'id' }),
			[sourceIds.compare]: geojsonSource()
		},
		under: [
			{
				id: layerIds.prefectureFill,
				type: 'fill',
				source: sourceIds.prefectures,
				paint: { 'fill-color': choroplethFillColour(), 'fill-antialias': false }
			}
		],
		over: [
			{
				id: layerIds.datedTeijuOutline,
				type: 'line',
				source: sourceIds.datedSpheres,
				filter: ['==', ['get', 'kind'], 'teiju'],
				paint: sphereOutlinePaint('teiju')
			},
			{
				id: layerIds.datedRenkeiOutline,
				type: 'line',
				source: sourceIds.datedSpheres,
				filter: ['==', ['get', 'kind'], 'renkei'],
				paint: sphereOutlinePaint('renkei', RENKEI_OVER_CHOROPLETH)
			},
			{
				id: layerIds.prefectureSelected,
				type: 'line',
				source: sourceIds.prefectures,
				paint: { 'line-color': mapColours.selectedSphere, 'line-width': flaggedWidth('selected', 2, 4) }
			},
			{
				id: layerIds.municipalityListed,
				type: 'line',
				source: sourceIds.municipalities,
				paint: {
					'line-color': mapColours.candidateOutline,
					'line-width': flaggedWidth('highlight', 1.6, 3.5)
				}
			},
			{
				// A white casing under both compare outlines, so they read over any fill.
				id: layerIds.compareCasing,
				type: 'line',
				source: sourceIds.compare,
				paint: { 'line-color': '#ffffff', 'line-width': linearWidth(4, 7) }
			},
			{
				id: layerIds.compareA,
				type: 'line',
				source: sourceIds.compare,
				filter: ['==', ['get', 'side'], 'a'],
				paint: { 'line-color': COMPARE_COLOURS.a, 'line-width': linearWidth(2, 4) }
			},
			{
				id: layerIds.compareB,
				type: 'line',
				source: sourceIds.compare,
				filter: ['==', ['get', 'side'], 'b'],
				paint: { 'line-color': COMPARE_COLOURS.b, 'line-width': linearWidth(2, 4), 'line-dasharray': [2, 1] }
			}
		]
	});
}
