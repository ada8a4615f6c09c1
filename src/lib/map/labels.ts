import type { FeatureCollection, Point } from 'geojson';
import type { MunicipalityFeatures, PrefectureFeatures } from './geometry';
import { labelPoint } from './label-points';

export interface MunicipalityLabelProperties {
	level: 'municipality';
	code: string;
	name: string;
	/** Placement order: bigger towns first, so they win label collisions. */
	rank: number;
	/** The label sits beside a centre-city marker rather than on it. */
	centre: boolean;
}

export interface PrefectureLabelProperties {
	level: 'prefecture';
	code: string;
	name: string;
}

export type MunicipalityLabels = FeatureCollection<Point, MunicipalityLabelProperties>;
export type PrefectureLabels = FeatureCollection<Point, PrefectureLabelProperties>;

export interface MunicipalityLabelInput {
	nameOf(code: string): string | undefined;
	populationOf(code: string): number;
	isCentre(code: string): boolean;
}

/** One label point per municipality; also where centre markers are drawn. */
export function labelPointsByCode(features: MunicipalityFeatures): Map<string, [number, number]> {
	return new Map(features.features.map((feature) => [feature.properties.code, labelPoint(feature.geometry)]));
}

export function buildMunicipalityLabels(
	points: ReadonlyMap<string, [number, number]>,
	input: MunicipalityLabelInput
): MunicipalityLabels {
	const features: MunicipalityLabels['features'] = [];
	for (const [code, coordinates] of points) {
		const name = input.nameOf(code);
		if (name === undefined) continue;
		features.push({
			type: 'Feature',
			properties: {
				level: 'municipality',
				code,
				name,
				rank: -input.populationOf(code),
				centre: input.isCentre(code)
			},
			geometry: { type: 'Point', coordinates }
		});
	}
	return { type: 'FeatureCollection', features };
}

export function buildPrefectureLabels(
	prefectures: PrefectureFeatures,
	nameOf: (code: string) => string | undefined
): PrefectureLabels {
	const features: PrefectureLabels['features'] = [];
	for (const prefecture of prefectures.features) {
		const name = nameOf(prefecture.properties.code);
		if (name === undefined) continue;
		features.push({
			type: 'Feature',
			properties: { level: 'prefecture', code: prefecture.properties.code, name },
			geometry: { type: 'Point', coordinates: labelPoint(prefecture.geometry) }
		});
	}
	return { type: 'FeatureCollection', features };
}
