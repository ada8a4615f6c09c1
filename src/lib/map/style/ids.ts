/** Names of every page's map sources, layers and images, and the feature-state they read. */
import type { LayerId } from '$lib/state/types';

/**
 * Few sources: each one's tiles arriving makes MapLibre draw a frame, and on software
 * WebGL those frames compete with the worker at start-up. The sphere outlines are split
 * by kind all the same: switching a kind on or off makes MapLibre re-tile the sources of
 * the switched layers, which should be small.
 */
export const sourceIds = {
	/** Every page: the municipal polygons, keyed by code. */
	municipalities: 'municipalities',
	/** Every page: prefecture borders and the shore, told apart by `kind`. */
	borders: 'borders',
	renkei: 'renkei',
	teiju: 'teiju',
	/** Centre-city markers of both kinds, told apart by `kind`. */
	centres: 'centres',
	/** Prefecture and municipality names, told apart by `level`. */
	labels: 'labels',
	projects: 'projects',
	/** A draft's merged outline and its original sphere's, told apart by `role`. */
	draftOutline: 'draft-outline',
	/** Research: the prefecture polygons, keyed by code. */
	prefectures: 'prefectures',
	/** Research: the spheres active on the as-of date, both kinds, told apart by `kind`. */
	datedSpheres: 'research-spheres',
	/** Research: the two compare subjects, told apart by `side`. */
	compare: 'research-compare'
} as const;

export const layerIds = {
	municipalityFill: 'municipality-fill',
	renkeiFill: 'renkei-fill',
	teijuHatch: 'teiju-hatch',
	projectLinks: 'projects-links',
	projectPoints: 'projects-points',
	municipalBorders: 'municipal-borders',
	coastline: 'coastline',
	prefectureBorders: 'prefecture-borders',
	teijuOutline: 'teiju-outline',
	renkeiOutline: 'renkei-outline',
	renkeiSelectedCasing: 'renkei-selected-casing',
	renkeiSelected: 'renkei-selected',
	teijuSelectedCasing: 'teiju-selected-casing',
	teijuSelected: 'teiju-selected',
	municipalityHighlight: 'municipality-highlight',
	/** Outline of the centre-city candidates listed by the candidates view. */
	municipalityCandidate: 'municipality-candidate',
	draftOriginalOutline: 'draft-original-outline',
	draftOutline: 'draft-outline',
	teijuCentres: 'teiju-centres',
	renkeiCentres: 'renkei-centres',
	municipalityLabels: 'municipality-labels',
	prefectureLabels: 'prefecture-labels',
	prefectureFill: 'research-prefecture-fill',
	datedTeijuOutline: 'research-teiju-outline',
	datedRenkeiOutline: 'research-renkei-outline',
	prefectureSelected: 'research-prefecture-selected',
	/** Research: the municipalities of the highlighted list. */
	municipalityListed: 'research-municipality-highlight',
	compareCasing: 'research-compare-casing',
	compareA: 'research-compare-a',
	compareB: 'research-compare-b'
} as const;

/**
 * The map layers each user-facing layer switches. A selected sphere's outline is not in
 * its group: it stays visible with its kind switched off.
 */
export const LAYER_GROUPS: Readonly<Record<LayerId, readonly string[]>> = {
	renkei: [layerIds.renkeiFill, layerIds.renkeiOutline, layerIds.renkeiCentres],
	teiju: [layerIds.teijuHatch, layerIds.teijuOutline, layerIds.teijuCentres],
	projects: [layerIds.projectLinks, layerIds.projectPoints],
	labels: [layerIds.municipalityLabels, layerIds.prefectureLabels]
};

export const TEIJU_HATCH_IMAGE = 'teiju-hatch';

/**
 * Feature-state on the `municipalities` source. `fill`: the choropleth colour, null
 * without a choropleth (or for the 北方領土 villages, which stay grey).
 */
export type MunicipalityFeatureState = {
	hover?: boolean;
	selected?: boolean;
	fill?: string | null;
	/** Listed by the centre-candidates view. */
	candidate?: boolean;
	/** In the open draft: 1 a member, 2 a centre, 0 neither. */
	draft?: number;
	/** Research: in the highlighted list. */
	highlight?: boolean;
};
