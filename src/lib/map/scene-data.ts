/**
 * Everything the map draws besides the municipal polygons, derived once from the data:
 * border meshes, sphere outlines (topojson merges), centre markers and label points.
 * Built right after the polygons are handed to MapLibre, while its worker tiles them,
 * so the main thread does it in time that would otherwise be spent waiting.
 */
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import type { ModelProject } from '$lib/data/projects-types';
import type { JapanTopology, Sphere, SphereKind } from '$lib/data/types';
import { mapColours } from './colours';
import {
	decodeBorderLines,
	decodePrefectures,
	geometryBounds,
	municipalNeighbours,
	type BorderLines,
	type Bounds,
	type MunicipalityFeatures,
	type PrefectureFeatures
} from './geometry';
import {
	buildMunicipalityLabels,
	buildPrefectureLabels,
	labelPointsByCode,
	type MunicipalityLabelProperties,
	type PrefectureLabelProperties
} from './labels';
import { sphereColours } from './sphere-colours';
import {
	buildSphereCentres,
	buildSphereShapes,
	type SphereCentres,
	type SphereShapes
} from './sphere-geometry';

export interface MapInput {
	topology: JapanTopology;
	/** The spheres to draw (those current at `asOf`). */
	spheres: readonly Sphere[];
	asOf: string;
	/** Name for a municipal label, including the 北方領土 villages. */
	nameOf(code: string): string | undefined;
	populationOf(code: string): number;
	prefectureNameOf(prefCode: string): string | undefined;
	/** Model projects, drawn as a layer of their own when present. */
	projects?: readonly ModelProject[];
}

/** The data of each source besides the municipal polygons, keyed as the sources are. */
export interface SceneData {
	borders: FeatureCollection<MultiLineString, { kind: 'prefecture' | 'coast' }>;
	renkei: SphereShapes;
	teiju: SphereShapes;
	centres: SphereCentres;
	labels: FeatureCollection<Point, MunicipalityLabelProperties | PrefectureLabelProperties>;
}

export function bordersCollection({ prefectureBorders, coastline }: BorderLines): SceneData['borders'] {
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', properties: { kind: 'coast' }, geometry: coastline },
			{ type: 'Feature', properties: { kind: 'prefecture' }, geometry: prefectureBorders }
		]
	};
}

/** Bounds of each feature, by its code (municipalities or prefectures). */
export function buildBoundsIndex(features: MunicipalityFeatures | PrefectureFeatures): Map<string, Bounds> {
	return new Map(
		features.features.map((feature) => [feature.properties.code, geometryBounds(feature.geometry)])
	);
}

export function buildSceneData(input: MapInput, features: MunicipalityFeatures): SceneData {
	const { topology, spheres, asOf } = input;
	const neighbours = municipalNeighbours(topology);
	const sphereFills = sphereColours(
		spheres.filter((sphere) => sphere.kind === 'renkei'),
		(code) => neighbours.get(code) ?? []
	);
	const fillOf = (sphere: Sphere) => sphereFills.get(sphere.id) ?? mapColours.teiju;

	const points = labelPointsByCode(features);
	const centres = new Set(spheres.flatMap((sphere) => sphere.centres));
	const shapesOf = (kind: SphereKind) =>
		buildSphereShapes(
			topology,
			spheres.filter((sphere) => sphere.kind === kind),
			asOf,
			fillOf
		);
	const municipalityLabels = buildMunicipalityLabels(points, {
		nameOf: input.nameOf,
		populationOf: input.populationOf,
		isCentre: (code) => centres.has(code)
	});
	const prefectureLabels = buildPrefectureLabels(decodePrefectures(topology), input.prefectureNameOf);
	return {
		borders: bordersCollection(decodeBorderLines(topology)),
		renkei: shapesOf('renkei'),
		teiju: shapesOf('teiju'),
		centres: buildSphereCentres(spheres, (code) => points.get(code)),
		labels: {
			type: 'FeatureCollection',
			features: [...prefectureLabels.features, ...municipalityLabels.features]
		}
	};
}
