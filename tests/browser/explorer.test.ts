import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { geometryCode } from '../../src/lib/data/types';
import { labelPoint } from '../../src/lib/map/label-points';
import { isLocalUrl, openPage, type OpenedPage, waitForMapReady } from './chromium';

const FUKUYAMA = '34207';
const IDLE_BUDGET_MS = 2500;

/** A point well inside 福山市, from the committed topology. */
function pointInside(code: string): [number, number] {
	const topology = JSON.parse(
		readFileSync(new URL('../../geodata/japan.topo.json', import.meta.url), 'utf8')
	) as Topology;
	const collection = topology.objects.municipalities as GeometryCollection<{ code: string }>;
	const geometry = collection.geometries.find((candidate) => geometryCode(candidate) === code)!;
	const shape = feature(topology, geometry as GeometryObject) as Feature<Polygon | MultiPolygon>;
	return labelPoint(shape.geometry);
}

/** Resolves once the map has its scene data and nothing is loading, moving or fading. */
async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

/** Time from the call to the next idle map, measured in the page. */
async function timeToIdle(page: Page, action: () => Promise<unknown>): Promise<number> {
	await page.evaluate(() => {
		const timing = window as unknown as { __idleAt?: number };
		timing.__idleAt = undefined;
		window.__atlasMap!.once('idle', () => (timing.__idleAt = performance.now()));
	});
	const start = await page.evaluate(() => performance.now());
	await action();
	await page.waitForFunction(
		() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
		undefined,
		{
			timeout: 30_000,
			polling: 20
		}
	);
	return (await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt)) - start;
}

function renderedCount(page: Page, layer: string): Promise<number> {
	return page.evaluate((id) => window.__atlasMap!.queryRenderedFeatures({ layers: [id] }).length, layer);
}

describe('map explorer', () => {
	let opened: OpenedPage;
	let baseUrl: string;
	const [lng, lat] = pointInside(FUKUYAMA);
	const fukuyamaView = `v=${lat.toFixed(4)},${lng.toFixed(4)},9.5`;

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		opened = await openPage(`${baseUrl}/`);
		await waitForMapIdle(opened.page);
		const idleAfterMs = await opened.page.evaluate(() => performance.now());
		// Reported rather than asserted: software WebGL on a shared machine varies a lot.
		console.info(
			`first map idle ${Math.round(idleAfterMs)} ms after navigation (budget ${IDLE_BUDGET_MS} ms)`
		);
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('draws the sphere layers and the labels', async () => {
		const page = opened.page;
		expect(await renderedCount(page, 'renkei-fill')).toBeGreaterThan(10);
		expect(await renderedCount(page, 'teiju-hatch')).toBeGreaterThan(10);
		expect(await renderedCount(page, 'prefecture-labels')).toBeGreaterThan(5);
	});

	test('clicking 福山市 on the map shows its population and spheres', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?${fukuyamaView}`);
		await waitForMapIdle(page);
		const pixel = await page.evaluate(([x, y]) => window.__atlasMap!.project([x, y]), [lng, lat] as const);
		const under = await page.evaluate(
			({ x, y }) =>
				window.__atlasMap!.queryRenderedFeatures([x, y], { layers: ['municipality-fill'] })[0]?.properties
					.code,
			pixel
		);
		expect(under).toBe(FUKUYAMA);

		await page.mouse.move(pixel.x, pixel.y);
		await page.getByText('人口 460,930').waitFor({ timeout: 10_000 });

		await page.mouse.click(pixel.x, pixel.y);
		const panel = page.getByRole('complementary', { name: '福山市' });
		await panel.waitFor({ timeout: 10_000 });
		await expect(panel.locator('[data-figure="pop2020"]').innerText()).resolves.toBe('460,930');
		await expect(panel.getByRole('link', { name: '備後圏域連携中枢都市圏' }).isVisible()).resolves.toBe(true);
		await expect(panel.getByText('中心市').first().isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).searchParams.get('sel')).toBe(`m:${FUKUYAMA}`);
		const selected = await page.evaluate(
			(code) => window.__atlasMap!.getFeatureState({ source: 'municipalities', id: code }).selected,
			FUKUYAMA
		);
		expect(selected).toBe(true);
	});

	test('back and forward follow the selection', async () => {
		const page = opened.page;
		const panel = page.getByRole('complementary', { name: '福山市' });
		await page.goBack();
		await panel.waitFor({ state: 'detached', timeout: 10_000 });
		expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
		await page.goForward();
		await panel.waitFor({ timeout: 10_000 });
	});

	test('the sphere link opens the sphere panel with members, dates and sources', async () => {
		const page = opened.page;
		await page
			.getByRole('complementary', { name: '福山市' })
			.getByRole('link', { name: '備後圏域連携中枢都市圏' })
			.click();
		const panel = page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' });
		await panel.waitFor({ timeout: 10_000 });
		await expect(panel.getByRole('table').getByRole('link', { name: '福山市' }).isVisible()).resolves.toBe(
			true
		);
		await expect(panel.locator('[data-region="SphereAnalysis"]').count()).resolves.toBe(1);
		const source = panel.getByRole('link', { name: /^https:/ }).first();
		const rel = (await source.getAttribute('rel'))?.split(' ');
		expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
		await expect(source.getAttribute('target')).resolves.toBe('_blank');
		expect(new URL(page.url()).searchParams.get('sel')).toBe('s:bingo');
		await waitForMapIdle(page);
		const selected = await page.evaluate(() =>
			window.__atlasMap!.getFeatureState({ source: 'renkei', id: 'bingo' })
		);
		expect(selected.selected).toBe(true);
	});

	test('search 「ふくやま」 finds 福山市 and flies there', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/`);
		await waitForMapIdle(page);
		const zoomBefore = await page.evaluate(() => window.__atlasMap!.getZoom());
		const box = page.getByRole('combobox', { name: '市町村・圏域を検索' });
		await box.fill('ふくやま');
		const option = page.getByRole('option', { name: /福山市/ });
		await option.first().waitFor({ timeout: 10_000 });
		await box.press('ArrowDown');
		await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('search-option-0');
		await box.press('Enter');
		await page.getByRole('complementary', { name: '福山市' }).waitFor({ timeout: 10_000 });
		await waitForMapIdle(page);
		const view = await page.evaluate(() => {
			const map = window.__atlasMap!;
			return { zoom: map.getZoom(), center: map.getCenter().toArray() };
		});
		expect(view.zoom).toBeGreaterThan(zoomBefore + 2);
		expect(view.center[0]).toBeGreaterThan(132.8);
		expect(view.center[0]).toBeLessThan(134);
	});

	test('the search closes with Escape and finds spheres by name', async () => {
		const page = opened.page;
		const box = page.getByRole('combobox', { name: '市町村・圏域を検索' });
		await box.fill('備後');
		await page.getByRole('option', { name: /備後圏域連携中枢都市圏/ }).waitFor({ timeout: 10_000 });
		await box.press('Escape');
		await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
	});

	test('toggling a layer changes what the map renders for it, quickly', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/`);
		await waitForMapIdle(page);
		expect(await renderedCount(page, 'renkei-fill')).toBeGreaterThan(0);
		const toggle = page.getByRole('checkbox', { name: /連携中枢都市圏/ });
		const offMs = await timeToIdle(page, () => toggle.uncheck());
		expect(await renderedCount(page, 'renkei-fill')).toBe(0);
		expect(new URL(page.url()).searchParams.get('layers')).toBe('teiju,labels');
		const onMs = await timeToIdle(page, () => toggle.check());
		expect(await renderedCount(page, 'renkei-fill')).toBeGreaterThan(0);
		console.info(
			`layer toggle to idle: off ${Math.round(offMs)} ms, on ${Math.round(onMs)} ms (budget 300 ms)`
		);
	});

	test('a choropleth colours municipalities by class, with a legend', async () => {
		const page = opened.page;
		const switchMs = await timeToIdle(page, () =>
			page.getByRole('combobox', { name: '指標' }).selectOption('ratio')
		);
		console.info(`choropleth switch to idle: ${Math.round(switchMs)} ms (budget 300 ms)`);
		const legend = page.getByRole('figure');
		await legend.waitFor({ timeout: 10_000 });
		await expect(legend.innerText()).resolves.toContain('データなし');
		await expect(legend.innerText()).resolves.toContain('100.0%');
		expect(new URL(page.url()).searchParams.get('ch')).toBe('ratio:quantile');
		const fills = await page.evaluate(() => {
			const map = window.__atlasMap!;
			const fill = (id: string) =>
				map.getFeatureState({ source: 'municipalities', id }).fill as string | null;
			// 双葉町 (07546) has no ratio; 北方領土 villages are never classified.
			return { fukuyama: fill('34207'), futaba: fill('07546'), hoppo: fill('01695') };
		});
		expect(fills.fukuyama).toMatch(/^rgb\(/);
		expect(fills.futaba).toBe('#c9c4bb');
		expect(fills.hoppo).toBeNull();
	});

	test('English switches the interface language and is kept in the URL', async () => {
		const page = opened.page;
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.getByRole('heading', { name: "Ken'iki Atlas" }).waitFor({ timeout: 10_000 });
		expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
		await page.getByRole('button', { name: '日本語に切り替える' }).click();
		await page.getByRole('heading', { name: '圏域アトラス' }).waitFor({ timeout: 10_000 });
	});

	test('一覧 shows the municipalities of the prefecture as a table', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?sel=m:${FUKUYAMA}`);
		await page.getByRole('complementary', { name: '福山市' }).getByRole('button', { name: /一覧/ }).click();
		const dialog = page.getByRole('dialog', { name: '広島県の市町村' });
		await dialog.waitFor({ timeout: 10_000 });
		await expect(dialog.locator('tbody tr').count()).resolves.toBe(23);
		await expect(dialog.getByRole('row', { name: /福山市/ }).innerText()).resolves.toContain('460,930');
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached', timeout: 10_000 });
	});

	test('a 北方領土 village is grey land whose tooltip says it is not counted, and cannot be selected', async () => {
		const page = opened.page;
		const [villageLng, villageLat] = pointInside('01695');
		await page.goto(`${baseUrl}/?v=${villageLat.toFixed(4)},${villageLng.toFixed(4)},9`);
		await waitForMapIdle(page);
		const pixel = await page.evaluate(([x, y]) => window.__atlasMap!.project([x, y]), [
			villageLng,
			villageLat
		] as const);
		await page.mouse.move(pixel.x, pixel.y);
		await page.getByText('北方領土（統計の対象外）').last().waitFor({ timeout: 10_000 });
		await expect(page.getByText('色丹村').first().isVisible()).resolves.toBe(true);
		await page.mouse.click(pixel.x, pixel.y);
		await page.waitForTimeout(500);
		expect(await page.getByRole('complementary').count()).toBe(0);
		expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
	});

	test('raised no page or console errors (CSP included) and requested nothing outside localhost', () => {
		expect(opened.errors).toEqual([]);
		expect(opened.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});
});
