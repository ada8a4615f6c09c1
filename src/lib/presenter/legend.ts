import { mapColours } from '$lib/map/colours';

/** One legend entry: a swatch drawn in CSS on the page and with canvas calls in the PNG. */
export interface LegendEntry {
	/** 'fill', 'line' and 'dashed' are plain swatches, for legends other than the presenter's. */
	key: 'renkei' | 'teiju' | 'centre' | 'prefecture' | 'fill' | 'line' | 'dashed';
	label: string;
	colour: string;
}

export type LegendLabels = Record<'renkei' | 'teiju' | 'centre' | 'prefecture', string>;

/** The presenter's legend, on the page and in its PNG. */
export function presenterLegend(labels: LegendLabels): LegendEntry[] {
	return [
		{ key: 'renkei', label: labels.renkei, colour: '#4e79a7' },
		{ key: 'teiju', label: labels.teiju, colour: mapColours.teiju },
		{ key: 'centre', label: labels.centre, colour: mapColours.centreMarker },
		{ key: 'prefecture', label: labels.prefecture, colour: mapColours.prefectureBorder }
	];
}
