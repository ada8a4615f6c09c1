import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { labelPoint, largestPart, scanInside } from '../../../src/lib/map/label-points';
import { readCommittedGeodata } from '../read-geodata';

/** Even-odd point-in-polygon over every ring. */
function inside(rings: number[][][], [x, y]: [number, number]): boolean {
	let result = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
		}
	}
	return result;
}

describe('labelPoint', () => {
	it('puts the label of a crescent inside it, where the centroid would fall outside', () => {
		// A "C": open to the right; its centroid lies in the gap.
		const crescent: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 2],
					[2, 2],
					[2, 8],
					[10, 8],
					[10, 10],
					[0, 10],
					[0, 0]
				]
			]
		};
		const point = labelPoint(crescent);
		expect(inside(crescent.coordinates, point)).toBe(true);
	});

	it('skips holes', () => {
		const ring: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 10],
					[0, 0]
				],
				[
					[3, 3],
					[7, 3],
					[7, 7],
					[3, 7],
					[3, 3]
				]
			]
		};
		expect(inside(ring.coordinates, labelPoint(ring))).toBe(true);
		expect(scanInside(ring.coordinates, 1, 5)).toEqual([
			[0, 3],
			[7, 10]
		]);
	});

	it('uses the largest part of a multipolygon', () => {
		const islands: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 1],
						[0, 0]
					]
				],
				[
					[
						[10, 10],
						[20, 10],
						[20, 20],
						[10, 20],
						[10, 10]
					]
				]
			]
		};
		expect(largestPart(islands)[0][0]).toEqual([10, 10]);
		expect(labelPoint(islands)).toEqual([15, 15]);
	});

	it('lands inside every municipality of the real data', () => {
		const { topology } = readCommittedGeodata();
		const collection = feature(
			topology as unknown as Topology,
			(topology as unknown as Topology).objects.municipalities
		) as FeatureCollection<Polygon | MultiPolygon>;
		for (const municipality of collection.features) {
			const rings = largestPart(municipality.geometry);
			expect(inside(rings, labelPoint(municipality.geometry))).toBe(true);
		}
	});
});
