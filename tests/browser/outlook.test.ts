import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage } from './chromium';

const KURE = '34202';
const IWAKI = '07204';

describe('population over time: 2025 速報 and the IPSS outlook', () => {
	let baseUrl: string;
	const opened: OpenedPage[] = [];
	const open = async (query: string) => {
		const page = await openPage(`${baseUrl}/${query}`);
		opened.push(page);
		return page.page;
	};

	beforeAll(() => {
		baseUrl = inject('baseUrl');
	});

	afterAll(async () => {
		await Promise.all(opened.map((page) => page.close()));
	});

	test('呉市’s panel shows 2015, 2020 and its 2025 population side by side', async () => {
		const page = await open(`?sel=m:${KURE}`);
		const panel = page.getByRole('complementary', { name: '呉市' });
		const pop2025 = panel.locator('[data-figure="pop2025"]');
		await pop2025.getByText('191,653').waitFor({ timeout: 60_000 });
		await expect(panel.locator('[data-figure="pop2020"]').innerText()).resolves.toBe('214,592');
		await expect(panel.locator('[data-figure="pop2015"]').innerText()).resolves.toBe('228,552');
	});

	test('いわき市 says "no projection", never zero', async () => {
		const page = await open(`?sel=m:${IWAKI}`);
		const panel = page.getByRole('complementary', { name: 'いわき市' });
		const projection = panel.locator('[data-figure="projection2050"]');
		await projection.waitFor({ timeout: 60_000 });
		await expect(projection.innerText()).resolves.toContain('推計なし');
		await expect(panel.locator('[data-figure="pop2025"]').innerText()).resolves.toBe('306,495');
	});

	test('the outlook of 備後圏域 draws a line falling from 2020 to 2050, with its table', async () => {
		const page = await open('?sel=s:bingo');
		const panel = page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' });
		const outlook = panel.getByTestId('outlook');
		const line = outlook.locator('path[data-series="sphere"]');
		await line.waitFor({ timeout: 60_000 });
		const values = (await line.getAttribute('data-values'))!.split(',').map(Number);
		expect(values[0]).toBe(852_168);
		expect(values).toHaveLength(7);
		for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThan(values[i - 1]);
		// Falling on screen too: each point lower (larger y) than the one before.
		const ys = [...(await line.getAttribute('d'))!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
		for (let i = 1; i < ys.length; i += 1) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
		await expect(outlook.getByText('621,862').isVisible()).resolves.toBe(true);
		await expect(outlook.getByText(/社人研（IPSS）令和5年推計/).isVisible()).resolves.toBe(true);
	});

	test('the research view lists 呉市 below 20万 on the 2025 速報, and takes the 2025 base', async () => {
		const page = await open('research');
		const panel = page.getByTestId('centres-below');
		const census = panel.locator('table[data-group="census"]');
		await census.waitFor({ timeout: 90_000 });
		await expect(census.getByText('呉市').first().isVisible()).resolves.toBe(true);
		await page.getByTestId('coverage-census').selectOption('2025');
		await expect.poll(() => page.getByText('123,049,524').count(), { timeout: 60_000 }).toBeGreaterThan(0);
	});
});
