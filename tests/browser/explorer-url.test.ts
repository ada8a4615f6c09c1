import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isLocalUrl, openPage, type OpenedPage, waitForMapReady } from './chromium';

async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

describe('explorer state in the URL', () => {
	let opened: OpenedPage;
	let baseUrl: string;

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		opened = await openPage(`${baseUrl}/?v=34.6,133.2,8.6&sel=s:bingo&layers=renkei&ch=pop:equal:4`);
		await waitForMapIdle(opened.page);
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('a pasted URL restores view, selection, layers and choropleth exactly', async () => {
		const page = opened.page;
		await page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' }).waitFor({ timeout: 10_000 });
		const view = await page.evaluate(() => {
			const map = window.__atlasMap!;
			return {
				center: map.getCenter().toArray(),
				zoom: map.getZoom(),
				teiju: map.getLayoutProperty('teiju-hatch', 'visibility'),
				renkei: map.getLayoutProperty('renkei-fill', 'visibility') ?? 'visible',
				sphere: map.getFeatureState({ source: 'renkei', id: 'bingo' }).selected
			};
		});
		expect(view.center[0]).toBeCloseTo(133.2, 6);
		expect(view.center[1]).toBeCloseTo(34.6, 6);
		expect(view.zoom).toBeCloseTo(8.6, 6);
		expect(view.teiju).toBe('none');
		expect(view.renkei).toBe('visible');
		expect(view.sphere).toBe(true);
		await expect(page.getByRole('checkbox', { name: /定住自立圏/ }).isChecked()).resolves.toBe(false);
		await expect(page.getByRole('figure').innerText()).resolves.toContain('等間隔');
		expect(await page.getByRole('status').filter({ hasText: 'URL' }).count()).toBe(0);
	});

	test('a selection of a municipality in the URL opens its panel', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?sel=m:34207`);
		const panel = page.getByRole('complementary', { name: '福山市' });
		await panel.waitFor({ timeout: 30_000 });
		await expect(panel.locator('[data-figure="pop2020"]').innerText()).resolves.toBe('460,930');
	});

	test('a tampered URL is ignored with a notice naming each bad parameter', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?v=NaN,1e999,8&sel=m:99999&layers=renkei,bogus&ch=ratio:sideways&lang=xx`);
		await waitForMapIdle(page);
		const notice = page.getByRole('status').filter({ hasText: 'URL の一部を読み取れなかったため' });
		await notice.waitFor({ timeout: 10_000 });
		const text = await notice.innerText();
		for (const param of ['v', 'sel', 'layers', 'ch', 'lang']) expect(text).toContain(`「${param}（`);
		expect(text).toContain('m:99999');
		// What could be read still applies; the rest keeps its default.
		await expect(page.getByRole('checkbox', { name: /連携中枢都市圏/ }).isChecked()).resolves.toBe(true);
		expect(await page.getByRole('complementary').count()).toBe(0);
		await notice.getByRole('button').click();
		await notice.waitFor({ state: 'detached', timeout: 10_000 });
	});

	test('a 北方領土 village cannot be selected', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?sel=m:01695`);
		await waitForMapIdle(page);
		await page.getByRole('status').filter({ hasText: 'm:01695' }).waitFor({ timeout: 10_000 });
		expect(await page.getByRole('complementary').count()).toBe(0);
	});

	test('raised no page or console errors and requested nothing outside localhost', () => {
		expect(opened.errors).toEqual([]);
		expect(opened.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});
});
