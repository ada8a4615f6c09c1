export const mapColours = {
	land: '#f6f3ec',
	/** 北方領土: land, but outside every statistic. */
	hoppoLand: '#dedbd4',
	landHover: '#fbe7a6',
	landSelected: '#f2c14e',
	municipalBorder: '#b3aa99',
	prefectureBorder: '#4d4a46',
	coastline: '#6f8fa6',
	highlightOutline: '#8a5a00',
	/** Centre-city candidates (analysis view). */
	candidateOutline: '#c2185b',
	/** 定住自立圏 hatch and outline: a blue-violet no Tableau fill colour is close to. */
	teiju: '#3f3596',
	teijuHatchRgba: [63, 53, 150, 150] as const,
	centreMarker: '#2b2925',
	/** Members of a draft, their merged outline, and the original sphere's outline. */
	draftMember: '#f0ad6e',
	draftCentre: '#c4662a',
	draftOutline: '#7a2e00',
	draftOriginal: '#1c5d99',
	selectedSphere: '#111111',
	labelText: '#2b2925',
	labelHalo: '#ffffff',
	prefectureLabelText: '#4a4338'
} as const;

/** Opacity of the 連携中枢都市圏 fills, lower while a choropleth is shown under them. */
export const RENKEI_FILL_OPACITY = 0.45;
export const RENKEI_FILL_OPACITY_OVER_CHOROPLETH = 0;
