import type { MultiLineString } from 'geojson';
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { mapColours } from './colours';
import type { MapGeometry } from './geometry';

export const MUNICIPALITY_SOURCE = 'municipalities';

export const layerIds = {
	background: 'sea',
	municipalityFill: 'municipality-fill',
	municipalBorders: 'municipal-borders',
	prefectureBorders: 'prefecture-borders',
	coastline: 'coastline',
	municipalityHighlight: 'municipality-highlight'
} as const;

/** Feature-state keys on the `municipalities` source that drive highlighting. */
export type MunicipalityFeatureState = { hover?: boolean; selected?: boolean };

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Line width that grows with zoom: `base` px at z4, about four times that at z10. */
function zoomedWidth(base: number): ExpressionSpecification {
	return ['interpolate', ['exponential', 1.5], ['zoom'], 4, base, 10, base * 4];
}

function lineSource(geometry: MultiLineString): SourceSpecification {
	return { type: 'geojson', data: { type: 'Feature', properties: {}, geometry } };
}

/**
 * The whole map style, built in code. No sprite, no glyphs and no remote sources:
 * the app must not make requests to any other origin.
 */
export function buildMapStyle(geometry: MapGeometry): StyleSpecification {
	const sources: Record<string, SourceSpecification> = {
		[MUNICIPALITY_SOURCE]: { type: 'geojson', data: geometry.municipalities, promoteId: 'code' },
		[layerIds.municipalBorders]: lineSource(geometry.municipalBorders),
		[layerIds.prefectureBorders]: lineSource(geometry.prefectureBorders),
		[layerIds.coastline]: lineSource(geometry.coastline)
	};

	const layers: LayerSpecification[] = [
		{ id: layerIds.background, type: 'background', paint: { 'background-color': mapColours.sea } },
		{
			id: layerIds.municipalityFill,
			type: 'fill',
			source: MUNICIPALITY_SOURCE,
			paint: {
				'fill-color': [
					'case',
					isSelected,
					mapColours.landSelected,
					isHovered,
					mapColours.landHover,
					mapColours.land
				]
			}
		},
		{
			id: layerIds.municipalBorders,
			type: 'line',
			source: layerIds.municipalBorders,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': mapColours.municipalBorder, 'line-width': zoomedWidth(0.4) }
		},
		{
			id: layerIds.coastline,
			type: 'line',
			source: layerIds.coastline,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': mapColours.coastline, 'line-width': zoomedWidth(0.6) }
		},
		{
			id: layerIds.prefectureBorders,
			type: 'line',
			source: layerIds.prefectureBorders,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': mapColours.prefectureBorder, 'line-width': zoomedWidth(1) }
		},
		{
			id: layerIds.municipalityHighlight,
			type: 'line',
			source: MUNICIPALITY_SOURCE,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': mapColours.highlightOutline,
				'line-width': zoomedWidth(1.2),
				'line-opacity': ['case', ['any', isSelected, isHovered], 1, 0]
			}
		}
	];

	return { version: 8, sources, layers };
}
