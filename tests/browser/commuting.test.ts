import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage } from './chromium';

const TOTTORI = '31201';
const WAKASA = '31325';
const NICHINAN = '31401';

async function waitForMapIdle(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = window.__atlasMap;
			return map?.getContainer().dataset.sceneReady === 'true' && map.loaded() && !map.isMoving();
		},
		undefined,
		{ timeout: 90_000, polling: 50 }
	);
}

const shareState = (page: Page, code: string) =>
	page.evaluate(
		(id) =>
			window.__atlasMap!.getFeatureState({ source: 'municipalities', id }).commutingShare as
				number | undefined,
		code
	);

const visibility = (page: Page, layer: string) =>
	page.evaluate(
		(id) => window.__atlasMap!.getLayer(id) && window.__atlasMap!.getLayoutProperty(id, 'visibility'),
		layer
	);

describe('commuting layers', () => {
	let opened: OpenedPage;

	beforeAll(async () => {
		opened = await openPage(`${inject('baseUrl')}/?sel=m:${TOTTORI}&v=35.4,134.0,8.5`);
		await waitForMapIdle(opened.page);
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('the commuting choropleth colours the 10 % area of the selected municipality', async () => {
		const page = opened.page;
		await page.locator('input[name="commuting-shares"]').check();
		await page.waitForFunction(
			(code) =>
				window.__atlasMap!.getFeatureState({ source: 'municipalities', id: code }).commutingShare !==
				undefined,
			WAKASA,
			{ timeout: 60_000 }
		);
		expect(await visibility(page, 'commuting-share-fill')).toBe('visible');
		expect(await shareState(page, WAKASA)).toBeCloseTo(0.352, 3);
		expect((await shareState(page, NICHINAN)) ?? 0).toBeLessThan(0.1);
		await waitForMapIdle(page);
		const filled = await page.evaluate(() =>
			window.__atlasMap!.queryRenderedFeatures({ layers: ['commuting-share-fill'] }).map((f) => f.id)
		);
		expect(filled).toContain(WAKASA);
		// The legend says what the colours mean.
		await expect(
			page.getByText('鳥取市へ通勤・通学する人の割合', { exact: false }).isVisible()
		).resolves.toBe(true);
	});

	test('the UEA layer toggles, with its credit', async () => {
		const page = opened.page;
		const toggle = page.locator('input[name="uea-layer"]');
		await toggle.check();
		await page.waitForFunction(
			() => window.__atlasMap!.getLayoutProperty('uea-outline', 'visibility') === 'visible',
			undefined,
			{ timeout: 60_000 }
		);
		await waitForMapIdle(page);
		const zones = await page.evaluate(() =>
			window.__atlasMap!.queryRenderedFeatures({ layers: ['uea-outline'] }).map((f) => f.properties.id)
		);
		expect(zones).toContain('MEA_31201');
		await expect(page.getByText('CSIS', { exact: false }).first().isVisible()).resolves.toBe(true);
		await toggle.uncheck();
		await page.waitForFunction(
			() => window.__atlasMap!.getLayoutProperty('uea-outline', 'visibility') === 'none'
		);
	});
});
