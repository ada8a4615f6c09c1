/**
 * Sphere shapes for the map: each sphere's members merged into one outline along shared
 * topology arcs (topojson `merge`, no polygon clipping), and a point per centre city.
 * Built once when the data loads; the map only restyles them afterwards.
 */
import { merge } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { activeMembers } from '$lib/analysis/as-of';
import { geometryCode, type JapanTopology, type Sphere, type SphereKind } from '$lib/data/types';
import { darken } from './sphere-colours';

export interface SphereShapeProperties {
	id: string;
	kind: SphereKind;
	/** Fill colour (連携中枢都市圏; 定住自立圏 are hatched and ignore it). */
	fill: string;
	/** Outline colour: a darker shade of the fill, so it is not mistaken for a prefecture border. */
	line: string;
}

export interface SphereCentreProperties {
	sphereId: string;
	kind: SphereKind;
	code: string;
}

export type SphereShapes = FeatureCollection<MultiPolygon, SphereShapeProperties>;
export type SphereCentres = FeatureCollection<Point, SphereCentreProperties>;

export function buildSphereShapes(
	topology: JapanTopology,
	spheres: readonly Sphere[],
	asOf: string,
	fillOf: (sphere: Sphere) => string
): SphereShapes {
	const geometryByCode = new Map<string, GeometryObject>();
	for (const geometry of topology.objects.municipalities.geometries)
		geometryByCode.set(geometryCode(geometry), geometry);

	const features: SphereShapes['features'] = [];
	for (const sphere of spheres) {
		const members = activeMembers(sphere, asOf)
			.map((member) => geometryByCode.get(member.code))
			.filter((geometry) => geometry !== undefined);
		if (members.length === 0) continue;
		const outline = merge(topology, members as Parameters<typeof merge>[1]);
		features.push({
			type: 'Feature',
			properties: { id: sphere.id, kind: sphere.kind, fill: fillOf(sphere), line: darken(fillOf(sphere)) },
			geometry: outline
		});
	}
	return { type: 'FeatureCollection', features };
}

export function buildSphereCentres(
	spheres: readonly Sphere[],
	labelPointOf: (code: string) => [number, number] | undefined
): SphereCentres {
	const features: SphereCentres['features'] = [];
	for (const sphere of spheres) {
		for (const code of sphere.centres) {
			const point = labelPointOf(code);
			if (point === undefined) continue;
			features.push({
				type: 'Feature',
				properties: { sphereId: sphere.id, kind: sphere.kind, code },
				geometry: { type: 'Point', coordinates: point }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
