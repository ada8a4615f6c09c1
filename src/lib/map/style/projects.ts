import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { PROJECT_KIND_COLOURS } from '../projects-kinds';

export const PROJECT_LAYER_IDS = { links: 'projects-links', points: 'projects-points' } as const;

/** Feature-state of a project feature: hidden by the filters, or part of the selected project. */
export interface ProjectFeatureState {
	hidden?: boolean;
	highlight?: boolean;
}

const isHidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const isLead: ExpressionSpecification = ['==', ['get', 'role'], 'lead'];

const kindColour: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	...Object.entries(PROJECT_KIND_COLOURS).flat(),
	'#777777'
] as unknown as ExpressionSpecification;

/**
 * Links and body points of the model projects. Filtering and highlighting change only
 * feature-state: a hidden feature is drawn fully transparent (and reads as hidden).
 */
export function projectLayers(source: string): LayerSpecification[] {
	return [
		{
			id: PROJECT_LAYER_IDS.links,
			type: 'line',
			source,
			filter: ['==', ['geometry-type'], 'LineString'],
			paint: {
				'line-color': ['case', isHighlighted, '#111111', kindColour],
				'line-width': ['case', isHighlighted, 2.5, 1.2],
				'line-opacity': ['case', isHidden, 0, isHighlighted, 0.95, 0.55]
			}
		},
		{
			id: PROJECT_LAYER_IDS.points,
			type: 'circle',
			source,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					4,
					['case', isHighlighted, 5, isLead, 3.5, 2.2],
					10,
					['case', isHighlighted, 10, isLead, 8, 5]
				],
				'circle-color': kindColour,
				'circle-stroke-color': ['case', isHighlighted, '#111111', '#ffffff'],
				'circle-stroke-width': ['case', isHighlighted, 2, isLead, 1.2, 0.6],
				'circle-opacity': ['case', isHidden, 0, 1],
				'circle-stroke-opacity': ['case', isHidden, 0, 1]
			}
		}
	];
}
