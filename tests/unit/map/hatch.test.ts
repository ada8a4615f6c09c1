import { describe, expect, it } from 'vitest';
import { hatchPattern } from '../../../src/lib/map/hatch';

describe('hatchPattern', () => {
	const size = 12;
	const image = hatchPattern({ size, lineWidth: 2, rgba: [10, 20, 30, 200] });
	const alphaAt = (x: number, y: number) => image.data[(y * size + x) * 4 + 3];

	it('is a square RGBA tile in the given colour', () => {
		expect(image.width).toBe(size);
		expect(image.data).toHaveLength(size * size * 4);
		expect([...image.data.slice(0, 3)]).toEqual([10, 20, 30]);
	});

	it('draws diagonal lines: opaque on the line, clear between lines', () => {
		expect(alphaAt(size - 1, 0)).toBe(200);
		expect(alphaAt(2, 2)).toBe(0);
	});

	it('repeats seamlessly: each edge continues on the opposite one', () => {
		for (let index = 0; index < size; index += 1) {
			// Along a line x + y = const, the pixel beyond the right edge is the left edge one row up.
			expect(alphaAt(size - 1, (index + 1) % size)).toBe(alphaAt(0, index));
		}
	});
});
