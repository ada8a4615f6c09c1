/**
 * What every page's map style shares: the source settings, the expressions, and the base
 * layers (land, municipal borders, coast, prefecture borders). Each page's style
 * (./explorer, ./research) adds its own layers under and over the borders.
 */
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification,
	LineLayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { mapColours } from '../colours';
import { layerIds, sourceIds } from './ids';

/** Label fonts are drawn locally by MapLibre (no glyph server): these are CSS font families. */
export const LABEL_FONT_FAMILIES = [
	'Noto Sans CJK JP',
	'Hiragino Sans',
	'Hiragino Kaku Gothic ProN',
	'Yu Gothic',
	'Meiryo',
	'sans-serif'
];

export const EMPTY_COLLECTION: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Line width that grows with zoom: `base` px at z4, about four times that at z10. */
export function zoomedWidth(base: number): ExpressionSpecification {
	return ['interpolate', ['exponential', 1.5], ['zoom'], 4, base, 10, base * 4];
}

/** Line width from `atZ4` to `atZ10`, linear in zoom. */
export function linearWidth(atZ4: number, atZ10: number): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 4, atZ4, 10, atZ10];
}

/**
 * Width of a line drawn only around selected features: zero elsewhere, so the lines of
 * everything else cost no pixels to draw. All highlight lines share this shape of
 * expression (and so one shader program, which is slow to compile on software WebGL).
 */
export function selectionWidth(
	atZ4: number,
	atZ10: number,
	hovered?: [number, number]
): ExpressionSpecification {
	const width = (selected: number, hover: number | undefined): ExpressionSpecification =>
		hover === undefined
			? ['case', isSelected, selected, 0]
			: ['case', isSelected, selected, isHovered, hover, 0];
	return ['interpolate', ['linear'], ['zoom'], 4, width(atZ4, hovered?.[0]), 10, width(atZ10, hovered?.[1])];
}

/** Zero width except where the feature-state flag is set, so unflagged features cost nothing. */
export function flaggedWidth(flag: string, atZ4: number, atZ10: number): ExpressionSpecification {
	const isFlagged: ExpressionSpecification = ['boolean', ['feature-state', flag], false];
	return linearWidthCase(isFlagged, atZ4, atZ10);
}

function linearWidthCase(
	test: ExpressionSpecification,
	atZ4: number,
	atZ10: number
): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 4, ['case', test, atZ4, 0], 10, ['case', test, atZ10, 0]];
}

const hasFill: ExpressionSpecification = ['!=', ['feature-state', 'fill'], null];
const fill: ExpressionSpecification = ['to-color', ['feature-state', 'fill']];
const isHoppo: ExpressionSpecification = ['has', 'hoppo'];

/**
 * Municipality fill: a draft's colours, then the choropleth colour when there is one,
 * otherwise plain land that lights up on hover and selection. Only feature-state changes,
 * never this expression: a new data-driven paint value would make MapLibre re-tile all
 * the polygons. A page that sets none of these states draws plain land.
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
		hasFill,
		fill,
		isSelected,
		mapColours.landSelected,
		isHovered,
		mapColours.landHover,
		isHoppo,
		mapColours.hoppoLand,
		mapColours.land
	];
}

/** A choropleth fill (feature-state `fill`) over plain land. */
export function choroplethFillColour(): ExpressionSpecification {
	return ['case', hasFill, fill, isHoppo, mapColours.hoppoLand, mapColours.land];
}

/**
 * A GeoJSON source with MapLibre's tiling tuned for software WebGL, where every vertex
 * saved is worker time and frame time saved:
 * - maxzoom 12: deeper tiles are overzoomed, plenty for boundaries simplified at source;
 * - tolerance 1 px (MapLibre: 0.375): simplification that does not show;
 * - buffer 16 px (MapLibre: 128) for shapes: enough for the widest line, so tiles carry
 *   far less of their neighbours. Labels keep the default, for placement across tiles.
 * Every source starts empty; the page's scene fills it in once the data has loaded.
 */
export function geojsonSource(options: { promoteId?: string; labels?: boolean } = {}): SourceSpecification {
	return {
		type: 'geojson',
		data: EMPTY_COLLECTION,
		maxzoom: 12,
		tolerance: 1,
		...(options.labels ? {} : { buffer: 16 }),
		...(options.promoteId ? { promoteId: options.promoteId } : {})
	};
}

/** Sphere outlines: the 定住自立圏 dashed in its blue-violet, the 連携中枢都市圏 in `renkeiColour`. */
export function sphereOutlinePaint(
	kind: 'renkei' | 'teiju',
	renkeiColour: DataDrivenPropertyValueSpecification<string> = ['get', 'line']
): LineLayerSpecification['paint'] {
	return kind === 'teiju'
		? { 'line-color': mapColours.teiju, 'line-width': linearWidth(0.8, 2.2), 'line-dasharray': [3, 1.5] }
		: { 'line-color': renkeiColour, 'line-width': linearWidth(0.9, 2.6) };
}

export interface PageLayers {
	/** Sources besides the municipalities and borders. */
	sources: Record<string, SourceSpecification>;
	/** Drawn over the land, under the borders. */
	under: LayerSpecification[];
	/** Drawn over the borders. */
	over: LayerSpecification[];
	/** Layers that start hidden. */
	hidden?: ReadonlySet<string>;
}

/**
 * A whole map style, built in code. No sprite, no glyph server and no remote sources:
 * the app must not make requests to any other origin.
 */
export function composeStyle(page: PageLayers): StyleSpecification {
	const layers: LayerSpecification[] = [
		{
			id: layerIds.municipalityFill,
			type: 'fill',
			source: sourceIds.municipalities,
			paint: { 'fill-color': municipalityFillColour(), 'fill-antialias': false }
		},
		...page.under,
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
		...page.over
	];
	for (const layer of layers) {
		if (page.hidden?.has(layer.id)) layer.layout = { ...layer.layout, visibility: 'none' };
	}
	return {
		version: 8,
		sources: {
			[sourceIds.municipalities]: geojsonSource({ promoteId: 'code' }),
			[sourceIds.borders]: geojsonSource(),
			...page.sources
		},
		layers,
		// No paint transitions: every change shows in the next frame, and the map is idle after it.
		transition: { duration: 0, delay: 0 }
	};
}
