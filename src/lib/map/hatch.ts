/**
 * The 定住自立圏 hatch: diagonal lines as raw RGBA pixels, added to the map at runtime
 * with `map.addImage` (no sprite file, no request).
 */

export interface PatternImage {
	width: number;
	height: number;
	data: Uint8Array;
}

export interface HatchOptions {
	/** Tile edge in pixels; also the distance between lines along each axis. */
	size: number;
	/** Line width in pixels, measured across the line. */
	lineWidth: number;
	rgba: readonly [number, number, number, number];
}

/**
 * Lines running from bottom-left to top-right (x + y constant), antialiased by distance.
 * The tile repeats seamlessly because the line spacing along x and y equals its size.
 */
export function hatchPattern({ size, lineWidth, rgba }: HatchOptions): PatternImage {
	const data = new Uint8Array(size * size * 4);
	const [red, green, blue, alpha] = rgba;
	for (let y = 0; y < size; y += 1) {
		for (let x = 0; x < size; x += 1) {
			// Distance from the pixel centre to the nearest line x + y = k·size.
			const offset = (x + y + 1) % size;
			const distance = Math.min(offset, size - offset) / Math.SQRT2;
			const coverage = Math.max(0, Math.min(1, lineWidth / 2 + 0.5 - distance));
			const index = (y * size + x) * 4;
			data[index] = red;
			data[index + 1] = green;
			data[index + 2] = blue;
			data[index + 3] = Math.round(alpha * coverage);
		}
	}
	return { width: size, height: size, data };
}
