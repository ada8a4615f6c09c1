/** Sources and layers of the Researcher view's map (its own style, not the explorer's). */
export const researchSourceIds = {
	municipalities: 'research-municipalities',
	prefectures: 'research-prefectures',
	borders: 'research-borders',
	/** Outlines of the spheres active on the as-of date, both kinds, told apart by `kind`. */
	spheres: 'research-spheres',
	/** The two compare subjects, told apart by `side`. */
	compare: 'research-compare'
} as const;

export const researchLayerIds = {
	municipalityFill: 'research-municipality-fill',
	prefectureFill: 'research-prefecture-fill',
	municipalBorders: 'research-municipal-borders',
	coastline: 'research-coastline',
	prefectureBorders: 'research-prefecture-borders',
	teijuOutline: 'research-teiju-outline',
	renkeiOutline: 'research-renkei-outline',
	prefectureSelected: 'research-prefecture-selected',
	municipalityHighlight: 'research-municipality-highlight',
	compareCasing: 'research-compare-casing',
	compareA: 'research-compare-a',
	compareB: 'research-compare-b'
} as const;

/** Feature-state on the municipalities and prefectures sources. */
export interface ResearchFeatureState {
	/** Choropleth colour; null leaves plain land. */
	fill?: string | null;
	/** Listed in the highlighted list (municipalities). */
	highlight?: boolean;
	/** The selected prefecture. */
	selected?: boolean;
}
