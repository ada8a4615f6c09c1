/**
 * What a new user tripped on, written as the user's action and what they see: sphere
 * search by kana, the partial flag on slides, and no internal file names anywhere.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, pageRecordingErrors } from './chromium';

/** Our own file names and folders, which mean nothing to a user. */
const INTERNAL_NAMES = /RULES\.md|SOURCE\.md|shared\/|teiju_add|\.txt\b/;

/** Every text on the page a user can read: the text itself, tooltips and accessible names. */
function readableText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attributes = [...document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')].flatMap(
			(element) =>
				['title', 'aria-label', 'alt', 'placeholder'].map((name) => element.getAttribute(name) ?? '')
		);
		return [document.title, document.body.textContent ?? '', ...attributes].join('\n');
	});
}

describe('first use', () => {
	let browser: Browser;
	let baseUrl: string;
	const errors: string[] = [];

	const newPage = () => pageRecordingErrors(browser, errors);

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		expect(errors).toEqual([]);
	});

	test('typing 「びんご」 in the search finds 備後圏域 and opens it', async () => {
		const page = await newPage();
		await page.goto(`${baseUrl}/`);
		const box = page.getByRole('combobox', { name: '市町村・圏域を検索' });
		await box.pressSequentially('びんご');
		const option = page.getByRole('option', { name: /備後圏域連携中枢都市圏/ });
		await option.waitFor({ timeout: 60_000 });
		await option.click();
		await page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' }).waitFor({ timeout: 10_000 });
		expect(new URL(page.url()).searchParams.get('sel')).toBe('s:bingo');
		await page.close();
	});

	test('the 釧路 slide flags its member count and population as 一部のみ確認', async () => {
		const page = await newPage();
		await page.goto(`${baseUrl}/pref/01?present`);
		await page.locator('.figures').waitFor({ timeout: 60_000 });
		const presenter = page.locator('.presenter');
		for (let step = 0; step < 40 && (await presenter.getAttribute('data-slide')) !== 'kushiro'; step++) {
			await page.keyboard.press('ArrowRight');
		}
		expect(await presenter.getAttribute('data-slide')).toBe('kushiro');
		const figures = page.locator('.figures');
		await expect.poll(() => figures.innerText()).toMatch(/構成市町村数\s*2（一部のみ確認）/);
		expect(await figures.innerText()).toMatch(/人口 \(2020年\)\s*[\d,]+ 人（一部のみ確認）/);
		// A sphere listed in full carries no flag.
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		expect(await presenter.getAttribute('data-slide')).not.toBe('kushiro');
		await expect.poll(() => figures.innerText()).not.toContain('構成市町村数\t2（');
		await page.close();
	});

	test('comparing 岡山県 with 広島県 shows coverage by scheme, not sphere measures', async () => {
		const page = await newPage();
		await page.goto(`${baseUrl}/research?a=pref:33&b=pref:34`);
		const table = page.getByTestId('compare-table');
		await table.waitFor({ timeout: 90_000 });
		const measures = await table
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure')));
		expect(measures).toEqual(
			expect.arrayContaining(['renkeiPopulationPct', 'teijuPopulationPct', 'neitherAreaKm2Pct'])
		);
		expect(measures).not.toContain('parts');
		expect(measures).not.toContain('dayNightRatio');
		const renkei = await table.locator('tr[data-measure="renkeiPopulationPct"]').innerText();
		expect(renkei).toMatch(/連携中枢都市圏 人口カバー率\s+[\d.]+%\s+[\d.]+%\s+[+−±][\d.]+ ポイント\s+—/);
		// 広島県's 定住自立圏 list is incomplete, so its 定住自立圏 figures carry the flag.
		expect(await table.locator('tr[data-measure="teijuPopulationPct"] td').nth(1).innerText()).toContain(
			'一部のみ確認'
		);
		expect(await page.getByTestId('compare-eligibility').count()).toBe(0);
		await page.close();
	});

	test('no page, panel, tooltip or CSV shows our file names', async () => {
		const page = await newPage();
		// A sphere panel with its eligibility checklist, whose criteria cite their sources.
		for (const sphere of ['bingo', 'kushiro']) {
			await page.goto(`${baseUrl}/?sel=s:${sphere}`);
			await page.locator('[data-criterion] .sources').first().waitFor({ timeout: 90_000 });
			const text = await readableText(page);
			expect(text).toContain('（総務省）の要件、公開資料による');
			expect(text).not.toMatch(INTERNAL_NAMES);
		}
		// The researcher view: coverage table with its ※ tooltips, and the coverage CSV.
		await page.goto(`${baseUrl}/research`);
		const csvButton = page.getByTestId('coverage-csv');
		await csvButton.waitFor({ timeout: 90_000 });
		const research = await readableText(page);
		expect(research).toContain('釧路定住自立圏');
		expect(research).not.toMatch(INTERNAL_NAMES);
		const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
		const csv = readFileSync((await download.path())!, 'utf8');
		expect(csv).toContain('釧路定住自立圏');
		expect(csv).not.toMatch(INTERNAL_NAMES);
		// Prefecture pages, with and without gaps in the 定住自立圏 list.
		for (const code of ['34', '01', '13']) {
			await page.goto(`${baseUrl}/pref/${code}`);
			await page.locator('.figures').waitFor({ timeout: 60_000 });
			expect(await readableText(page)).not.toMatch(INTERNAL_NAMES);
		}
		await page.close();
	});
});
