import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, VIEWPORT, waitForMapReady } from './chromium';

const KASAOKA = '33205';
const STORAGE_KEY = 'keniki-atlas:drafts';
const population = new Map(
	(
		JSON.parse(readFileSync(new URL('../../geodata/municipalities.json', import.meta.url), 'utf8')) as {
			municipalities: { code: string; pop2020: number }[];
		}
	).municipalities.map((m) => [m.code, m.pop2020])
);
const fixture = (name: string) => new URL(`../fixtures/drafts/${name}`, import.meta.url).pathname;

async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

/** Screen points of municipalities drawn in the free part of the map (right of the panels), one per code. */
function pointsOnMap(page: Page, exclude: string[]): Promise<[string, number, number][]> {
	return page.evaluate((skip) => {
		const map = window.__atlasMap!;
		const found = new Map<string, [number, number]>();
		for (let x = 700; x < 1260; x += 16) {
			for (let y = 80; y < 700; y += 16) {
				const code = map.queryRenderedFeatures([x, y], { layers: ['municipality-fill'] })[0]?.properties
					?.code;
				if (typeof code === 'string' && !skip.includes(code) && !found.has(code)) found.set(code, [x, y]);
			}
		}
		return [...found].map(([code, [x, y]]) => [code, x, y] as [string, number, number]);
	}, exclude);
}

const members = (page: Page) =>
	page.locator('[data-members] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')!));
const populationFigure = (page: Page) =>
	page.locator('[data-draft-editor] [data-figure="population"]').innerText();
const asNumber = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('draft spheres', () => {
	let browser: Browser;
	let baseUrl: string;
	let page: Page;
	let storage: string;
	let shareUrl: string;
	let drafted: string[];

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		browser = await launchChromium();
		const context = await browser.newContext({ viewport: VIEWPORT });
		page = await context.newPage();
		await page.goto(`${baseUrl}/?v=34.55,133.55,9.3&sel=m:${KASAOKA}`);
		await waitForMapIdle(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	test('a draft built by clicking three municipalities totals their population', async () => {
		await page.getByRole('button', { name: '案をつくる（what-if）' }).click();
		await page.locator('[data-from-centre]').click();
		await page.keyboard.press('Escape');
		await page.locator('[data-draft-editor] [data-figure="population"]').waitFor({ timeout: 60_000 });
		const points = (await pointsOnMap(page, [KASAOKA])).slice(0, 2);
		expect(points).toHaveLength(2);
		for (const [, x, y] of points) {
			await page.mouse.click(x, y);
		}
		drafted = [KASAOKA, ...points.map(([code]) => code)];
		await expect.poll(() => members(page)).toEqual(drafted);
		const sum = drafted.reduce((total, code) => total + population.get(code)!, 0);
		await expect.poll(async () => asNumber(await populationFigure(page))).toBe(sum);
		// Undo and redo the last click.
		await page.locator('[data-undo]').click();
		await expect.poll(() => members(page)).toEqual(drafted.slice(0, 2));
		await page.locator('[data-redo]').click();
		await expect.poll(() => members(page)).toEqual(drafted);
		await page.screenshot({ path: 'screenshots/draft-in-progress.png' });
	});

	test('the draft persists across a reload', async () => {
		storage = (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!;
		expect(JSON.parse(storage).drafts[0].draft.codes).toEqual(drafted);
		await page.reload();
		await waitForMapIdle(page);
		await expect.poll(() => members(page), { timeout: 60_000 }).toEqual(drafted);
	});

	test('the share link opens the same draft, read-only, in a fresh context', async () => {
		await page.locator('[data-share]').click();
		shareUrl = await page.locator('[data-share-url]').inputValue();
		expect(shareUrl).toContain('#draft=1.r.');
		const fresh = await browser.newContext({ viewport: VIEWPORT });
		const other = await fresh.newPage();
		await other.goto(shareUrl);
		await other.locator('[data-shared]').waitFor({ timeout: 60_000 });
		await expect
			.poll(async () => new Set(await members(other)), { timeout: 60_000 })
			.toEqual(new Set(drafted));
		await expect.poll(() => populationFigure(other), { timeout: 60_000 }).toBe(await populationFigure(page));
		await expect(other.locator('[data-undo]').count()).resolves.toBe(0);
		await other.locator('[data-save-shared]').click();
		await expect
			.poll(() => other.evaluate((key) => JSON.parse(localStorage.getItem(key)!).drafts.length, STORAGE_KEY))
			.toBe(1);
		await fresh.close();
	});

	test('a tampered share link names the problem and keeps the app working', async () => {
		const fresh = await browser.newContext({ viewport: VIEWPORT });
		const other = await fresh.newPage();
		await other.goto(`${baseUrl}/#draft=1.r.33205.33205999,34207&name=%E3%81`);
		const notice = other.locator('[data-notice="share"]');
		await notice.waitFor({ timeout: 60_000 });
		await expect(notice.innerText()).resolves.toContain('符号化');
		await other.goto(`${baseUrl}/#draft=1.r.33205.33205999,34207`);
		await other.reload();
		await expect
			.poll(() => other.locator('[data-notice="share"]').innerText(), { timeout: 60_000 })
			.toContain('33999');
		await expect
			.poll(async () => new Set(await members(other)), { timeout: 60_000 })
			.toEqual(new Set(['33205', '34207']));
		await fresh.close();
	});

	test('a Shift_JIS CSV imports after confirming', async () => {
		await page.locator('[data-import-open]').click();
		await page.locator('.import input[type=file]').setInputFiles(fixture('members-sjis.csv'));
		await page.getByRole('button', { name: '読み取る' }).click();
		await page.locator('[data-import-result]').waitFor();
		await expect(page.locator('[data-import-result]').innerText()).resolves.toContain('Shift_JIS');
		await expect(members(page)).resolves.toEqual(drafted);
		await page.locator('[data-import-add]').click();
		const expected = [...drafted, ...['34207', '34205', '33205'].filter((c) => !drafted.includes(c))];
		await expect.poll(() => members(page)).toEqual(expected);
		await page.locator('[data-undo]').click();
		await expect.poll(() => members(page)).toEqual(drafted);
	});

	test('a malformed CSV lists its bad rows and leaves the draft as it was', async () => {
		await page.locator('[data-import-open]').click();
		await page.locator('.import input[type=file]').setInputFiles(fixture('members-malformed.csv'));
		await page.getByRole('button', { name: '読み取る' }).click();
		const problems = page.locator('.import .problems li');
		await expect.poll(() => problems.count()).toBe(2);
		await expect(problems.nth(0).innerText()).resolves.toContain('3行目');
		await expect(problems.nth(1).innerText()).resolves.toContain('同名');
		await problems.nth(1).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'screenshots/draft-import-errors.png' });
		await page.getByRole('button', { name: 'やめる' }).click();
		await expect(members(page)).resolves.toEqual(drafted);
	});

	test('a copy of a sphere compares with the original', async () => {
		await page.goto(`${baseUrl}/?sel=s:bingo`);
		await waitForMapIdle(page);
		await page.locator('[data-copy-sphere]').click();
		await page.keyboard.press('Escape');
		const compare = page.locator('.compare');
		await compare.waitFor({ timeout: 60_000 });
		await expect(compare.locator('[data-row="members"] [data-delta]').innerText()).resolves.toBe('±0');
		const before = await members(page);
		await page.locator(`[data-remove="${before.at(-1)}"]`).click();
		await expect.poll(() => compare.locator('[data-row="members"] [data-delta]').innerText()).toBe('−1');
		const removed = await compare.locator('[data-removed]').innerText();
		expect(removed).not.toContain('なし');
		const lost = population.get(before.at(-1)!)!.toLocaleString('ja-JP');
		await expect(compare.locator('[data-row="population"] [data-delta]').innerText()).resolves.toBe(
			`−${lost}`
		);
		await compare.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'screenshots/draft-compare.png' });
	});

	test('corrupted storage shows the recovery notice and keeps the raw value', async () => {
		const fresh = await browser.newContext({ viewport: VIEWPORT });
		const readable = JSON.parse(storage).drafts[0];
		const damaged = JSON.stringify({
			version: 1,
			drafts: [readable, { draft: { id: 7, name: '壊れた案' } }]
		});
		await fresh.addInitScript(
			([key, value]) => {
				if (sessionStorage.getItem('seeded') === null) {
					localStorage.setItem(key, value);
					sessionStorage.setItem('seeded', '1');
				}
			},
			[STORAGE_KEY, damaged]
		);
		const other = await fresh.newPage();
		await other.goto(`${baseUrl}/`);
		const notice = other.locator('[data-notice="recovery"]');
		await notice.waitFor({ timeout: 60_000 });
		await expect(notice.innerText()).resolves.toContain('壊れた案');
		await expect(notice.innerText()).resolves.toContain('読めた案: 1件');
		const backups = await other.evaluate(() =>
			Object.keys(localStorage).filter((key) => key.startsWith('keniki-atlas:drafts:backup:'))
		);
		expect(backups).toHaveLength(1);
		await expect(other.evaluate((key) => localStorage.getItem(key), backups[0])).resolves.toBe(damaged);
		await expect.poll(() => members(other)).toEqual(drafted);
		await fresh.close();
	});
});
