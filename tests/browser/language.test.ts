import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LANG_STORAGE_KEY } from '../../src/lib/state/language';
import { isLocalUrl, openPage, type OpenedPage } from './chromium';

describe('the interface language', () => {
	let opened: OpenedPage;
	let baseUrl: string;

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		opened = await openPage(`${baseUrl}/`);
	});

	afterAll(async () => {
		await opened?.close();
	});

	const htmlLang = () => opened.page.evaluate(() => document.documentElement.lang);

	test('English chosen on the explorer carries to /research and then to /pref/34', async () => {
		const page = opened.page;
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.getByRole('heading', { name: "Ken'iki Atlas" }).waitFor({ timeout: 10_000 });
		expect(await htmlLang()).toBe('en');

		await page.getByRole('link', { name: 'Research: coverage over time' }).click();
		await page
			.getByRole('heading', { name: 'Sphere coverage — for researchers' })
			.waitFor({ timeout: 30_000 });
		expect(await htmlLang()).toBe('en');
		await page.getByRole('heading', { name: 'Coverage by prefecture' }).waitFor({ timeout: 60_000 });

		await page.goto(`${baseUrl}/pref/34`);
		await page.getByRole('link', { name: 'All prefectures' }).waitFor({ timeout: 30_000 });
		expect(await htmlLang()).toBe('en');
		await expect
			.poll(() => page.textContent('.figures'), { timeout: 60_000 })
			.toContain('連携中枢都市圏: population covered');
		expect(await page.textContent('.subtitle')).toBe('連携中枢都市圏 and 定住自立圏');
		expect(await page.title()).toBe("広島県 — Ken'iki Atlas");
	});

	test('switching back to Japanese on a prefecture page is remembered too', async () => {
		const page = opened.page;
		await page.getByRole('button', { name: '日本語に切り替える' }).click();
		await page.getByRole('link', { name: '都道府県一覧' }).waitFor({ timeout: 10_000 });
		expect(await htmlLang()).toBe('ja');
		await page.goto(`${baseUrl}/pref`);
		await page.getByRole('heading', { name: '都道府県別 圏域シート' }).waitFor({ timeout: 30_000 });
		expect(await page.evaluate((key) => localStorage.getItem(key), LANG_STORAGE_KEY)).toBe('ja');
	});

	test("the URL's lang wins over the remembered one", async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/pref?lang=en`);
		await page.getByRole('heading', { name: 'Spheres by prefecture' }).waitFor({ timeout: 30_000 });
	});

	test('a corrupt remembered value is dropped and the page opens in Japanese', async () => {
		const page = opened.page;
		await page.evaluate((key) => localStorage.setItem(key, '"english"'), LANG_STORAGE_KEY);
		await page.goto(`${baseUrl}/research`);
		await page.getByRole('heading', { name: '圏域の広がり — 研究者向け' }).waitFor({ timeout: 30_000 });
		expect(await htmlLang()).toBe('ja');
		expect(await page.evaluate((key) => localStorage.getItem(key), LANG_STORAGE_KEY)).toBe('ja');
	});

	test('raised no page or console errors and requested nothing outside localhost', () => {
		expect(opened.errors).toEqual([]);
		expect(opened.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});
});
