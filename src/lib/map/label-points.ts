/**
 * Where to put a polygon's name: a point well inside its largest part, found with a few
 * horizontal and vertical scan lines. Centroids fall outside crescent-shaped towns and
 * bays; this stays inside and roughly in the middle of the widest part.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Rings = Position[][];

/** Heights (as fractions of the bounding box) at which horizontal scan lines are tried. */
const SCAN_FRACTIONS = [0.5, 0.35, 0.65, 0.2, 0.8];

function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
		sum += (ring[previous][0] - ring[index][0]) * (ring[previous][1] + ring[index][1]);
	}
	return Math.abs(sum / 2);
}

export function largestPart(geometry: Polygon | MultiPolygon): Rings {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	let best = geometry.coordinates[0];
	let bestArea = -1;
	for (const part of geometry.coordinates) {
		const area = ringArea(part[0]);
		if (area > bestArea) {
			best = part;
			bestArea = area;
		}
	}
	return best;
}

/**
 * The inside stretches of a scan line, as [from, to] pairs along it. `axis` 1 scans a
 * horizontal line at latitude `at` (crossings are longitudes); axis 0 a vertical one.
 */
export function scanInside(rings: Rings, axis: 0 | 1, at: number): [number, number][] {
	const other = axis === 1 ? 0 : 1;
	const crossings: number[] = [];
	for (const ring of rings) {
		for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
			const a = ring[previous];
			const b = ring[index];
			// Half-open so that a line through a vertex counts it once.
			if (a[axis] <= at !== b[axis] <= at) {
				crossings.push(a[other] + ((at - a[axis]) / (b[axis] - a[axis])) * (b[other] - a[other]));
			}
		}
	}
	crossings.sort((x, y) => x - y);
	const stretches: [number, number][] = [];
	for (let index = 0; index + 1 < crossings.length; index += 2)
		stretches.push([crossings[index], crossings[index + 1]]);
	return stretches;
}

function widest(stretches: readonly [number, number][]): [number, number] | null {
	let best: [number, number] | null = null;
	for (const stretch of stretches) {
		if (best === null || stretch[1] - stretch[0] > best[1] - best[0]) best = stretch;
	}
	return best;
}

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const rings = largestPart(geometry);
	const outer = rings[0];
	let minLat = Infinity;
	let maxLat = -Infinity;
	for (const position of outer) {
		minLat = Math.min(minLat, position[1]);
		maxLat = Math.max(maxLat, position[1]);
	}
	// Longitude degrees shrink with latitude; compare widths and heights in like units.
	const lngScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);

	let best: [number, number] | null = null;
	let bestScore = -1;
	for (const fraction of SCAN_FRACTIONS) {
		const lat = minLat + (maxLat - minLat) * fraction;
		const across = widest(scanInside(rings, 1, lat));
		if (across === null) continue;
		const lng = (across[0] + across[1]) / 2;
		const upright = scanInside(rings, 0, lng).find(([from, to]) => from <= lat && lat <= to);
		if (upright === undefined) continue;
		const score = Math.min((across[1] - across[0]) * lngScale, upright[1] - upright[0]);
		if (score > bestScore) {
			bestScore = score;
			best = [lng, (upright[0] + upright[1]) / 2];
		}
	}
	return best ?? [outer[0][0], outer[0][1]];
}
