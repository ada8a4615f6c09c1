import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isLocalUrl, openPage, type OpenedPage, waitForMapReady } from './chromium';

const FUKUYAMA = '34207';
const RATIO_ROW = '[data-criterion="renkei.centre.dayNightRatio"]';

/** Resolves once the map has its scene data and nothing is loading or moving. */
async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

function figure(region: Locator, name: string): Promise<string> {
	return region.locator(`[data-figure="${name}"]`).innerText();
}

describe('sphere analysis and centre candidates', () => {
	let opened: OpenedPage;
	let baseUrl: string;

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		opened = await openPage(`${baseUrl}/?sel=s:bingo`);
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('the 備後 panel shows the aggregates and a near 昼夜間人口比率 row', async () => {
		const page = opened.page;
		const panel = page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' });
		const region = panel.locator('[data-region="SphereAnalysis"]');
		await region.locator('[data-figure="population"]').waitFor({ timeout: 60_000 });
		await expect(figure(region, 'population')).resolves.toBe('852,168');
		await expect(figure(region, 'memberCount')).resolves.toBe('9');
		await expect(figure(region, 'daytimePopulation')).resolves.toBe('851,333');
		await expect(figure(region, 'dayNightRatio')).resolves.toBe('99.9%');
		await expect(figure(region, 'areaOfficial')).resolves.toContain('2,628.64');
		await expect(figure(region, 'areaGeometry')).resolves.toContain('2,626.89');
		await expect(region.getByText('面積（公式値の合計）').isVisible()).resolves.toBe(true);
		await expect(region.locator('[data-figure="contiguity"]').getAttribute('data-contiguous')).resolves.toBe(
			'true'
		);

		const row = region.locator(RATIO_ROW);
		await expect(row.getAttribute('data-status')).resolves.toBe('near');
		await expect(row.locator('[data-value]').innerText()).resolves.toBe('99.1%');
		await expect(row.getByText('境界', { exact: true }).isVisible()).resolves.toBe(true);
		// 所在 is restated by municipal pages only: its wording is flagged.
		const location = region.locator('[data-criterion="renkei.centre.location"]');
		await expect(location.getByText('要綱の文言未確認').isVisible()).resolves.toBe(true);
		await expect(region.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('near');
	});

	test('the 2015 census has no daytime figures, and says so', async () => {
		const page = opened.page;
		const region = page.locator('[data-region="SphereAnalysis"]');
		await region.getByRole('radio', { name: /2015/ }).check();
		await expect(figure(region, 'daytimePopulation')).resolves.toBe('データなし');
		await expect(figure(region, 'dayNightRatio')).resolves.toBe('データなし');
		await expect(figure(region, 'population')).resolves.not.toBe('852,168');
		await expect(region.locator(RATIO_ROW).getAttribute('data-status')).resolves.toBe('not-checkable');
		await region.getByRole('radio', { name: /2020/ }).check();
		await expect(figure(region, 'population')).resolves.toBe('852,168');
	});

	test('a tolerance of 0 turns the 昼夜間人口比率 row into fail', async () => {
		const page = opened.page;
		const region = page.locator('[data-region="SphereAnalysis"]');
		const tolerance = region.getByRole('spinbutton', { name: '「おおむね1以上」の許容幅' });
		await expect(tolerance.inputValue()).resolves.toBe('0.01');
		await tolerance.fill('0');
		await page.waitForFunction(
			(selector) => document.querySelector(selector)?.getAttribute('data-status') === 'fail',
			RATIO_ROW,
			{ timeout: 10_000 }
		);
		await expect(region.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('fail');
		await tolerance.fill('0.01');
		await page.waitForFunction(
			(selector) => document.querySelector(selector)?.getAttribute('data-status') === 'near',
			RATIO_ROW,
			{ timeout: 10_000 }
		);
	});

	test('the candidates view lists 福山市 as leading 備後 and outlines the candidates on the map', async () => {
		const page = opened.page;
		await waitForMapIdle(page);
		await page.getByRole('button', { name: '中心市の候補' }).click();
		const view = page.locator('[data-region="Candidates"]');
		const fukuyama = view.locator(`[data-list="single"] [data-codes="${FUKUYAMA}"]`);
		await fukuyama.waitFor({ timeout: 60_000 });
		await expect(fukuyama.locator('[data-sphere="bingo"]').innerText()).resolves.toBe(
			'備後圏域連携中枢都市圏'
		);
		await page.waitForFunction(
			(code) => window.__atlasMap!.getFeatureState({ source: 'municipalities', id: code }).candidate === true,
			FUKUYAMA,
			{ timeout: 10_000 }
		);

		// Without a sphere: 福山市 leaves the list and its outline goes.
		await view.getByRole('checkbox', { name: 'この種類の圏域を持たない候補のみ' }).check();
		await fukuyama.waitFor({ state: 'detached', timeout: 10_000 });
		await page.waitForFunction(
			(code) =>
				window.__atlasMap!.getFeatureState({ source: 'municipalities', id: code }).candidate === false,
			FUKUYAMA,
			{ timeout: 10_000 }
		);
		await view.getByRole('checkbox', { name: 'この種類の圏域を持たない候補のみ' }).uncheck();

		// Clicking a candidate selects it.
		await fukuyama.getByRole('button').click();
		await page.getByRole('complementary', { name: '福山市' }).waitFor({ timeout: 10_000 });
		expect(new URL(page.url()).searchParams.get('sel')).toBe(`m:${FUKUYAMA}`);

		await view.getByRole('button', { name: '閉じる' }).click();
		await view.waitFor({ state: 'detached', timeout: 10_000 });
		const after = await page.evaluate(
			(code) => window.__atlasMap!.getFeatureState({ source: 'municipalities', id: code }).candidate,
			FUKUYAMA
		);
		expect(after).toBe(false);
	});

	test('a sphere in parts names how each part is cut off', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?sel=s:sasebo`);
		const region = page.locator('[data-region="SphereAnalysis"]');
		const contiguity = region.locator('[data-figure="contiguity"]');
		await contiguity.waitFor({ timeout: 60_000 });
		await expect(contiguity.getAttribute('data-contiguous')).resolves.toBe('false');
		await expect(contiguity.innerText()).resolves.toBe('4つに分かれる');
		const separations = await region
			.locator('[data-separation]')
			.evaluateAll((parts) => parts.map((part) => part.getAttribute('data-separation')));
		expect(separations).toEqual(['principal', 'gap', 'island', 'island']);
		await expect(region.locator('[data-separation="gap"]').innerText()).resolves.toContain('西海市');
	});

	test('nothing was requested outside localhost and nothing failed', () => {
		const foreign = opened.requests.filter((url) => !isLocalUrl(url));
		expect(foreign).toEqual([]);
		expect(opened.errors).toEqual([]);
	});
});
