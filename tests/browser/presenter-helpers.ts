/** Helpers of the presenter browser tests: figures from geodata/ on disk, map waits, PNG checks. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitForMapReady } from './chromium';

interface MunicipalityRow {
	prefCode: string;
	pop2020: number;
}

/** Population and municipality count of a prefecture, summed from municipalities.json. */
export function prefectureTotals(prefCode: string): { population: number; municipalities: number } {
	const table = JSON.parse(
		readFileSync(new URL('../../geodata/municipalities.json', import.meta.url), 'utf8')
	) as { municipalities: MunicipalityRow[] };
	const rows = table.municipalities.filter((row) => row.prefCode === prefCode);
	return { population: rows.reduce((sum, row) => sum + row.pop2020, 0), municipalities: rows.length };
}

/** Resolves once the map has fitted `focus` (a sphere id or "pref-NN") and is idle. */
export async function waitForFocus(page: Page, focus: string): Promise<void> {
	await waitForMapReady(page, focus, 60_000);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Standard deviation of the grey level and number of distinct colours, decoded in the page. */
export function pngPixelStats(page: Page, bytes: Buffer): Promise<{ deviation: number; colours: number }> {
	return page.evaluate(async (base64) => {
		const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
		let sum = 0;
		let squares = 0;
		let n = 0;
		const colours = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 7) {
			const grey = (data[i] + data[i + 1] + data[i + 2]) / 3;
			sum += grey;
			squares += grey * grey;
			n += 1;
			colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		}
		const mean = sum / n;
		return { deviation: Math.sqrt(squares / n - mean * mean), colours: colours.size };
	}, bytes.toString('base64'));
}
