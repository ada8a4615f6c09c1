import type { Arc, Topology } from 'topojson-specification';

/**
 * Two decoded copies of the topology's arcs, built once, for fast outline merges.
 *
 * topojson-client's `merge` is `object(topology, mergeArcs(topology, objects))`. On a
 * delta-encoded topology both halves re-sum every arc and allocate a new point per vertex
 * on every call. Instead:
 * - `stitching` holds absolute arcs in quantized integer units: `mergeArcs` then reads arc
 *   ends directly and keys its stitching on short integer strings;
 * - `lonLat` holds absolute lon/lat arcs without a transform: turning the merged arcs into
 *   coordinates then reuses the point arrays. Outlines share them: treat as read-only.
 *
 * `stitch` recognises zero-length arcs only in delta form; the committed geodata has none
 * (checked by a unit test).
 */
export interface DecodedTopologies<T extends Topology> {
	stitching: T;
	lonLat: T;
}

function absoluteArcs(topology: Topology, toPosition: (x: number, y: number) => number[]): Arc[] {
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => toPosition((x += dx), (y += dy)));
	});
}

export function decodeTopologies<T extends Topology>(topology: T): DecodedTopologies<T> {
	const { transform, ...rest } = topology;
	if (transform === undefined) return { stitching: topology, lonLat: topology };
	const [scaleX, scaleY] = transform.scale;
	const [translateX, translateY] = transform.translate;
	return {
		stitching: { ...rest, arcs: absoluteArcs(topology, (x, y) => [x, y]) } as T,
		lonLat: {
			...rest,
			arcs: absoluteArcs(topology, (x, y) => [x * scaleX + translateX, y * scaleY + translateY])
		} as T
	};
}
