import { mapColours } from '$lib/map/colours';
import type { LegendEntry } from '$lib/map/png-export';

export const LEGEND: readonly LegendEntry[] = [
	{ key: 'renkei', label: '連携中枢都市圏 (圏域ごとに色分け)', colour: '#4e79a7' },
	{ key: 'teiju', label: '定住自立圏 (斜線)', colour: mapColours.teiju },
	{ key: 'centre', label: '中心市', colour: mapColours.centreMarker },
	{ key: 'prefecture', label: '都道府県境', colour: mapColours.prefectureBorder }
];
