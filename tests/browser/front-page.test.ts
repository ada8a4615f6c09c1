import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isLocalUrl, openPage, type OpenedPage, waitForMapReady } from './chromium';

const MUNICIPALITY_FILL_LAYER = 'municipality-fill';

describe('front page', () => {
	let opened: OpenedPage;

	beforeAll(async () => {
		opened = await openPage(`${inject('baseUrl')}/`);
		await waitForMapReady(opened.page, 'explorer');
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('renders municipalities with WebGL', async () => {
		const { renderer, codes } = await opened.page.evaluate((layer) => {
			const map = window.__atlasMap!;
			const canvas = map.getCanvas();
			const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
			const features = map.queryRenderedFeatures({ layers: [layer] });
			return {
				renderer: gl ? (gl.getParameter(gl.VERSION) as string) : 'no WebGL context',
				codes: features.map((feature) => feature.properties.code as unknown)
			};
		}, MUNICIPALITY_FILL_LAYER);

		expect(renderer).toMatch(/WebGL/);
		const distinctCodes = new Set(codes.filter((code) => typeof code === 'string' && /^\d{5}$/.test(code)));
		expect(distinctCodes.size).toBeGreaterThan(1000);
	});

	test('shows the data credits', async () => {
		const attribution = opened.page.getByRole('contentinfo', { name: '出典' });
		await expect(attribution.getByText(/国土数値情報/).isVisible()).resolves.toBe(true);
		await expect(attribution.getByText(/国勢調査/).isVisible()).resolves.toBe(true);
	});

	test('raises no page or console errors', () => {
		expect(opened.errors).toEqual([]);
	});

	test('requests nothing outside localhost', () => {
		expect(opened.requests.length).toBeGreaterThan(0);
		expect(opened.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});
});
