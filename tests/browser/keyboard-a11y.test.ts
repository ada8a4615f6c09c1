/**
 * Keyboard and screen-reader checks: a keyboard-only route from the front page to a
 * municipality and on to its sphere, and axe-core on the three kinds of page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, pageRecordingErrors } from './chromium';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		// The map canvas is a picture drawn by MapLibre; its controls are checked.
		const result = await axe.run({ exclude: [['canvas']] }, { resultTypes: ['violations'] });
		return result.violations.map(({ id, impact, help, nodes }) => ({
			id,
			impact,
			help,
			nodes: nodes.map((node) => ({ target: node.target as string[] }))
		}));
	});
	return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe('keyboard and accessibility', () => {
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

	test('with the keyboard only: search 福山市, skip to its panel, open 備後圏域', async () => {
		const page = await newPage();
		await page.goto(`${baseUrl}/`);
		const box = page.getByRole('combobox', { name: '市町村・圏域を検索' });
		// Tab from the top of the page reaches the search after the skip link and the page links.
		for (
			let presses = 0;
			presses < 10 && !(await box.evaluate((el) => el === document.activeElement));
			presses++
		) {
			await page.keyboard.press('Tab');
		}
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('ふくやま');
		await page
			.getByRole('option', { name: /福山市/ })
			.first()
			.waitFor({ timeout: 60_000 });
		await page.keyboard.press('ArrowDown');
		expect(await box.getAttribute('aria-activedescendant')).toBe('search-option-0');
		await page.keyboard.press('Enter');
		const panel = page.getByRole('complementary', { name: '福山市' });
		await panel.waitFor({ timeout: 10_000 });
		// The skip link is the first stop of the page, and takes focus into the panel.
		await page.keyboard.press('Shift+Tab');
		for (let presses = 0; presses < 15; presses++) {
			const onSkip = await page.evaluate(() => document.activeElement?.classList.contains('skip-link'));
			if (onSkip) break;
			await page.keyboard.press('Shift+Tab');
		}
		await page.keyboard.press('Enter');
		expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
		const sphereLink = panel.getByRole('link', { name: '備後圏域連携中枢都市圏' });
		for (
			let presses = 0;
			presses < 20 && !(await sphereLink.evaluate((el) => el === document.activeElement));
			presses++
		) {
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await page.getByRole('complementary', { name: '備後圏域連携中枢都市圏' }).waitFor({ timeout: 10_000 });
		expect(new URL(page.url()).searchParams.get('sel')).toBe('s:bingo');
		await page.close();
	});

	for (const path of ['/', '/research', '/pref/34']) {
		test(`axe-core finds no serious or critical violation on ${path}`, async () => {
			const page = await newPage();
			await page.goto(`${baseUrl}${path}`);
			await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 90_000 });
			await page.waitForLoadState('networkidle');
			const violations = await seriousViolations(page);
			expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
			await page.close();
		});
	}
});
