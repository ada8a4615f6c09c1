import { feature, mesh, neighbors } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import {
	geometryCode,
	type JapanTopology,
	type MunicipalityGeometryProperties,
	type PrefectureGeometryProperties
} from '$lib/data/types';

export type MunicipalityFeatures = FeatureCollection<Polygon | MultiPolygon, MunicipalityGeometryProperties>;
export type PrefectureFeatures = FeatureCollection<Polygon | MultiPolygon, PrefectureGeometryProperties>;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Decodes the municipal polygons: the one large source every fill is drawn from. */
export function decodeMunicipalities(topology: JapanTopology): MunicipalityFeatures {
	return feature(topology, topology.objects.municipalities) as MunicipalityFeatures;
}

export function decodePrefectures(topology: JapanTopology): PrefectureFeatures {
	return feature(topology, topology.objects.prefectures) as PrefectureFeatures;
}

export interface BorderLines {
	/** Arcs shared by two prefectures. */
	prefectureBorders: MultiLineString;
	/** Arcs that belong to one municipality only: the shore. */
	coastline: MultiLineString;
}

/**
 * Prefecture borders and the shore as line meshes. Municipal borders are not meshed: they
 * are drawn by a line layer on the polygons, which saves the worker a third large source.
 */
export function decodeBorderLines(topology: JapanTopology): BorderLines {
	const { municipalities, prefectures } = topology.objects;
	return {
		prefectureBorders: mesh(topology, prefectures, (a, b) => a !== b),
		coastline: mesh(topology, municipalities, (a, b) => a === b)
	};
}

function extendBounds(bounds: Bounds, positions: readonly Position[]): void {
	for (const [lng, lat] of positions) {
		if (lng < bounds[0]) bounds[0] = lng;
		if (lat < bounds[1]) bounds[1] = lat;
		if (lng > bounds[2]) bounds[2] = lng;
		if (lat > bounds[3]) bounds[3] = lat;
	}
}

export function geometryBounds(geometry: Polygon | MultiPolygon): Bounds {
	const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	// Outer rings are enough: holes lie inside them.
	for (const polygon of polygons) extendBounds(bounds, polygon[0]);
	return bounds;
}

export function unionBounds(all: Iterable<Bounds>): Bounds | null {
	let union: Bounds | null = null;
	for (const bounds of all) {
		union =
			union === null
				? [...bounds]
				: [
						Math.min(union[0], bounds[0]),
						Math.min(union[1], bounds[1]),
						Math.max(union[2], bounds[2]),
						Math.max(union[3], bounds[3])
					];
	}
	return union;
}

/** Municipalities sharing a boundary arc, by code. */
export function municipalNeighbours(topology: JapanTopology): Map<string, string[]> {
	const geometries = topology.objects.municipalities.geometries;
	const byIndex = neighbors(geometries as Parameters<typeof neighbors>[0]);
	return new Map(
		geometries.map((geometry, index) => [
			geometryCode(geometry),
			byIndex[index].map((other) => geometryCode(geometries[other]))
		])
	);
}
