import { describe, expect, it } from 'vitest';
import { activeSpheres } from '../../../src/lib/analysis/as-of';
import type { JapanTopology, Manifest } from '../../../src/lib/data/types';
import { buildSphereCentres, buildSphereShapes } from '../../../src/lib/map/sphere-geometry';
import { readCommittedGeodata } from '../read-geodata';

const { topology, spheres, manifest } = readCommittedGeodata();
const asOf = (manifest as Manifest).asOf.spheres;
const current = activeSpheres(spheres, asOf);

describe('sphere shapes', () => {
	const shapes = buildSphereShapes(topology as unknown as JapanTopology, current, asOf, (sphere) =>
		sphere.kind === 'renkei' ? '#4e79a7' : '#000000'
	);

	it('gives one merged outline per current sphere', () => {
		expect(shapes.features).toHaveLength(current.length);
		expect(new Set(shapes.features.map((feature) => feature.properties.id)).size).toBe(current.length);
	});

	it('merges 備後圏域 along shared borders: its mainland towns become one polygon', () => {
		const bingo = shapes.features.find((feature) => feature.properties.id === 'bingo')!;
		expect(bingo.properties).toEqual({ id: 'bingo', kind: 'renkei', fill: '#4e79a7', line: '#2b435c' });
		const codes = new Set(
			current.find((sphere) => sphere.id === 'bingo')!.members.map((member) => member.code)
		);
		const memberPolygons = (topology as unknown as JapanTopology).objects.municipalities.geometries
			.filter((geometry) => codes.has((geometry.properties as { code: string }).code))
			.reduce((sum, geometry) => sum + (geometry.type === 'MultiPolygon' ? geometry.arcs.length : 1), 0);
		// Nine towns, each with a mainland part, merge into one mainland polygon (plus islands).
		expect(bingo.geometry.coordinates.length).toBeLessThanOrEqual(memberPolygons - (codes.size - 1));
	});

	it('marks each centre city of each sphere', () => {
		const centres = buildSphereCentres(current, () => [133, 34]);
		expect(centres.features).toHaveLength(current.reduce((sum, sphere) => sum + sphere.centres.length, 0));
		expect(centres.features.find((feature) => feature.properties.code === '34207')?.properties.kind).toBe(
			'renkei'
		);
	});
});
