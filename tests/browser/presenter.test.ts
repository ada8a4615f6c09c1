import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PREFECTURE_CODES, PREFECTURE_NAMES } from '../../src/lib/presenter/prefectures';
import { isLocalUrl, launchChromium, VIEWPORT } from './chromium';
import { pngPixelStats, pngSize, prefectureTotals, waitForFocus } from './presenter-helpers';

const integer = new Intl.NumberFormat('ja-JP');
/** Screenshots to look at by hand: PRESENTER_SCREENSHOTS=1 npm run test:browser */
const SCREENSHOTS = process.env.PRESENTER_SCREENSHOTS === '1';

describe('presenter pages', () => {
	let browser: Browser;
	let baseUrl: string;
	const errors: string[] = [];
	const requests: string[] = [];

	async function newPage(): Promise<Page> {
		const page = await browser.newPage({ viewport: VIEWPORT });
		page.on('request', (request) => requests.push(request.url()));
		page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
		});
		return page;
	}

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		expect(errors).toEqual([]);
		expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});

	test('every prefecture page is prerendered with its title, and the index links them all', async () => {
		for (const code of PREFECTURE_CODES) {
			const html = await (await fetch(`${baseUrl}/pref/${code}`)).text();
			expect(html).toContain(`<h1 class="title`);
			expect(html).toContain(`${PREFECTURE_NAMES[code]}</h1>`);
		}
		const index = await (await fetch(`${baseUrl}/pref`)).text();
		for (const code of PREFECTURE_CODES) expect(index).toContain(`pref/${code}"`);
	});

	test('all 47 pages show their map, title and figures; two are checked against geodata/', async () => {
		const page = await newPage();
		await page.goto(`${baseUrl}/pref/01`, { waitUntil: 'domcontentloaded' });
		for (const [index, code] of PREFECTURE_CODES.entries()) {
			if (index > 0) await page.click('a[rel="next"]');
			await expect.poll(() => page.textContent('h1')).toBe(PREFECTURE_NAMES[code]);
			await waitForFocus(page, `pref-${code}`);
			const figures = await page.textContent('.figures');
			expect(figures).toContain('連携中枢都市圏 人口カバー率');
			if (code === '34' || code === '13') {
				const totals = prefectureTotals(code);
				expect(figures).toContain(`${integer.format(totals.population)} 人`);
				expect(figures).toMatch(new RegExp(`市町村数\\s*${totals.municipalities}(?!\\d)`));
			}
		}
		await page.close();
		// 47 map loads: on a shared machine with software WebGL this passes the default 120 s.
	}, 360_000);

	// The presentation and export tests share one page, to load the map once.
	let page: Page;

	test('presentation mode steps through the spheres with the arrow keys', async () => {
		page = await newPage();
		await page.goto(`${baseUrl}/pref/34?present`, { waitUntil: 'domcontentloaded' });
		await waitForFocus(page, 'pref-34');
		expect(await page.locator('.presenter.presenting').count()).toBe(1);
		expect(await page.locator('.toolbar').count()).toBe(0);

		await page.keyboard.press('ArrowRight');
		const first = await page.getAttribute('.presenter', 'data-slide');
		expect(first).not.toBe('prefecture');
		await waitForFocus(page, first!);
		expect(await page.textContent('.slide-title')).not.toBe('');
		expect(await page.textContent('.figures')).toContain('構成市町村数');
		if (SCREENSHOTS) await page.screenshot({ path: '/tmp/presenter-present.png' });

		await page.keyboard.press('ArrowRight');
		const second = await page.getAttribute('.presenter', 'data-slide');
		expect(second).not.toBe(first);
		await waitForFocus(page, second!);

		await page.keyboard.press('Home');
		await waitForFocus(page, 'pref-34');
		await page.keyboard.press('Escape');
		expect(await page.locator('.presenter.presenting').count()).toBe(0);
		expect(await page.locator('.toolbar').count()).toBe(1);
	});

	test('PNG export has the chosen size and is not blank', async () => {
		// The page of the previous test, out of the presentation and back on the whole prefecture.
		await page.selectOption('select[aria-label="PNG の大きさ"]', { label: '1920×1080' });
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=PNG 書き出し')]);
		expect(download.suggestedFilename()).toBe('keniki-34-1920x1080.png');
		const bytes = readFileSync(await download.path());
		expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
		const stats = await pngPixelStats(page, bytes);
		expect(stats.deviation).toBeGreaterThan(10);
		expect(stats.colours).toBeGreaterThan(100);

		if (SCREENSHOTS) {
			await download.saveAs('/tmp/presenter-export.png');
			await page.setViewportSize({ width: 1123, height: 794 });
			await page.emulateMedia({ media: 'print' });
			await page.waitForFunction(() => window.__atlasMap!.loaded() && !window.__atlasMap!.isMoving());
			await page.screenshot({ path: '/tmp/presenter-print.png' });
			await page.pdf({ path: '/tmp/presenter-print.pdf', format: 'A4', landscape: true });
		}
		await page.close();
	});
});
