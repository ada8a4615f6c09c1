import { describe, expect, it } from 'vitest';
import {
	assignColours,
	SPHERE_PALETTE,
	sphereAdjacency,
	sphereColours
} from '../../../src/lib/map/sphere-colours';
import { municipalNeighbours } from '../../../src/lib/map/geometry';
import type { JapanTopology } from '../../../src/lib/data/types';
import { readCommittedGeodata } from '../read-geodata';

describe('sphere colours', () => {
	it('treats spheres as adjacent when members touch or are shared', () => {
		const neighbours = new Map([
			['a1', ['b1']],
			['b1', ['a1']]
		]);
		const adjacency = sphereAdjacency(
			[
				{ id: 'A', codes: ['a1'] },
				{ id: 'B', codes: ['b1'] },
				{ id: 'C', codes: ['c1', 'a1'] },
				{ id: 'D', codes: ['d1'] }
			],
			(code) => neighbours.get(code) ?? []
		);
		expect([...adjacency.get('A')!].sort()).toEqual(['B', 'C']);
		expect([...adjacency.get('D')!]).toEqual([]);
	});

	it('never gives two adjacent spheres the same colour when the palette allows', () => {
		const adjacency = new Map([
			['A', new Set(['B', 'C'])],
			['B', new Set(['A', 'C'])],
			['C', new Set(['A', 'B'])]
		]);
		const colours = assignColours(['A', 'B', 'C'], adjacency, ['red', 'green', 'blue']);
		expect(new Set(colours.values()).size).toBe(3);
	});

	it('colours the 38 連携中枢都市圏 so that no neighbours share a colour', () => {
		const { topology, spheres } = readCommittedGeodata();
		const neighbours = municipalNeighbours(topology as unknown as JapanTopology);
		const renkei = spheres.filter((sphere) => sphere.kind === 'renkei' && sphere.endedOn === null);
		const colours = sphereColours(renkei, (code) => neighbours.get(code) ?? []);
		const adjacency = sphereAdjacency(
			renkei.map((sphere) => ({ id: sphere.id, codes: sphere.members.map((member) => member.code) })),
			(code) => neighbours.get(code) ?? []
		);
		expect(colours.size).toBe(renkei.length);
		for (const [id, adjacent] of adjacency) {
			expect(SPHERE_PALETTE).toContain(colours.get(id));
			for (const other of adjacent) expect(colours.get(other)).not.toBe(colours.get(id));
		}
	});
});
