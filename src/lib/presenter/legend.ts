import { mapColours } from '$lib/map/colours';
import type { LegendEntry } from '$lib/map/png-export';

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
