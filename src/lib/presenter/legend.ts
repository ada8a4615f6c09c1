import { mapColours } from '$lib/map/colours';

/** One legend entry: a swatch drawn in CSS on the page and with canvas calls in the PNG. */
export interface LegendEntry {
	/** 'fill', 'line' and 'dashed' are plain swatches, for legends other than the presenter's. */
	key: 'renkei' | 'teiju' | 'centre' | 'prefecture' | 'fill' | 'line' | 'dashed';
	label: string;
	colour: string;
}

export const LEGEND: readonly LegendEntry[] = [
	{ key: 'renkei', label: '連携中枢都市圏 (圏域ごとに色分け)', colour: '#4e79a7' },
	{ key: 'teiju', label: '定住自立圏 (斜線)', colour: mapColours.teiju },
	{ key: 'centre', label: '中心市', colour: mapColours.centreMarker },
	{ key: 'prefecture', label: '都道府県境', colour: mapColours.prefectureBorder }
];
