/**
 * Fill colours for spheres: a categorical palette assigned so that spheres that touch or
 * share a member never get the same colour (greedy graph colouring, biggest first).
 */
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { Sphere } from '$lib/data/types';

/** Tableau 10 without its grey, which would read as "no sphere". */
export const SPHERE_PALETTE: readonly string[] = schemeTableau10.filter((colour) => colour !== '#bab0ac');

export type NeighbourLookup = (code: string) => Iterable<string>;

/** Spheres that share a member or have members that share a border. */
export function sphereAdjacency(
	spheres: readonly { id: string; codes: readonly string[] }[],
	neighboursOf: NeighbourLookup
): Map<string, Set<string>> {
	const spheresByCode = new Map<string, string[]>();
	for (const sphere of spheres) {
		for (const code of sphere.codes) {
			const list = spheresByCode.get(code) ?? [];
			list.push(sphere.id);
			spheresByCode.set(code, list);
		}
	}
	const adjacency = new Map(spheres.map((sphere) => [sphere.id, new Set<string>()]));
	for (const sphere of spheres) {
		const adjacent = adjacency.get(sphere.id)!;
		for (const code of sphere.codes) {
			for (const touching of [code, ...neighboursOf(code)]) {
				for (const other of spheresByCode.get(touching) ?? []) {
					if (other !== sphere.id) adjacent.add(other);
				}
			}
		}
	}
	return adjacency;
}

/**
 * Greedy colouring: spheres with most neighbours first; each takes the palette colour
 * none of its neighbours has, the least used so far (so the palette is spread evenly).
 * Falls back to the least used colour overall if every colour is taken around it.
 */
export function assignColours(
	ids: readonly string[],
	adjacency: ReadonlyMap<string, ReadonlySet<string>>,
	palette: readonly string[] = SPHERE_PALETTE
): Map<string, string> {
	const order = [...ids].sort(
		(a, b) => (adjacency.get(b)?.size ?? 0) - (adjacency.get(a)?.size ?? 0) || a.localeCompare(b)
	);
	const colourIndex = new Map<string, number>();
	const uses = new Array<number>(palette.length).fill(0);
	for (const id of order) {
		const taken = new Set<number>();
		for (const other of adjacency.get(id) ?? []) {
			const index = colourIndex.get(other);
			if (index !== undefined) taken.add(index);
		}
		let choice = -1;
		for (let index = 0; index < palette.length; index += 1) {
			if (taken.has(index)) continue;
			if (choice === -1 || uses[index] < uses[choice]) choice = index;
		}
		if (choice === -1) choice = uses.indexOf(Math.min(...uses));
		colourIndex.set(id, choice);
		uses[choice] += 1;
	}
	return new Map([...colourIndex].map(([id, index]) => [id, palette[index]]));
}

export function sphereColours(
	spheres: readonly Sphere[],
	neighboursOf: NeighbourLookup
): Map<string, string> {
	const adjacency = sphereAdjacency(
		spheres.map((sphere) => ({ id: sphere.id, codes: sphere.members.map((member) => member.code) })),
		neighboursOf
	);
	return assignColours(
		spheres.map((sphere) => sphere.id),
		adjacency
	);
}

/** A darker shade of a "#rrggbb" colour. */
export function darken(hex: string, factor = 0.55): string {
	const value = Number.parseInt(hex.slice(1), 16);
	const channel = (shift: number) =>
		Math.round(((value >> shift) & 0xff) * factor)
			.toString(16)
			.padStart(2, '0');
	return `#${channel(16)}${channel(8)}${channel(0)}`;
}
