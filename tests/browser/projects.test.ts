import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage, waitForMapReady } from './chromium';

const MASUDA_PROJECT = 'kankei-h30-p2-masuda';

async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

/** Distinct projects with a drawn, not hidden, body point in the view. */
function shownProjects(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const features = window.__atlasMap!.queryRenderedFeatures({ layers: ['projects-points'] });
		const ids = features.filter((f) => f.state.hidden !== true).map((f) => String(f.properties.projectId));
		return [...new Set(ids)].sort();
	});
}

/** Rendered features (points and links) of a project that are highlighted. */
function highlighted(page: Page, projectId: string): Promise<number> {
	return page.evaluate(
		(id) =>
			window
				.__atlasMap!.queryRenderedFeatures({ layers: ['projects-points', 'projects-links'] })
				.filter((f) => f.properties.projectId === id && f.state.highlight === true).length,
		projectId
	);
}

describe('model projects', () => {
	let opened: OpenedPage;
	let baseUrl: string;

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		opened = await openPage(`${baseUrl}/?layers=projects,labels`);
		await waitForMapIdle(opened.page);
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('filtering to 関係創出型 leaves its 7 projects on the map', async () => {
		const page = opened.page;
		const before = await shownProjects(page);
		expect(before.length).toBeGreaterThan(100);

		await page.getByLabel('類型').selectOption({ label: '関係創出型' });
		await page.getByText('136 件中 7 件を表示').waitFor({ timeout: 10_000 });
		await waitForMapIdle(page);
		const after = await shownProjects(page);
		expect(after).toHaveLength(7);
		expect(after.every((id) => id.startsWith('kankei-r1-soshutsu-'))).toBe(true);
		expect(opened.errors).toEqual([]);
	});

	test('益田市’s panel lists its project with 津和野町・吉賀町, and choosing it highlights the bodies', async () => {
		const page = opened.page;
		await page.goto(`${baseUrl}/?sel=m:32204&layers=projects,labels`);
		await waitForMapIdle(page);
		const panel = page.getByRole('complementary', { name: '益田市' });
		await panel.waitFor({ timeout: 10_000 });
		const entry = panel.locator(`[data-project="${MASUDA_PROJECT}"]`);
		await expect(entry.getByRole('button', { name: '津和野町・吉賀町' }).isVisible()).resolves.toBe(true);
		expect(await highlighted(page, MASUDA_PROJECT)).toBe(0);

		await entry.getByRole('button').click();
		await page.locator(`[data-selected-project="${MASUDA_PROJECT}"]`).waitFor({ timeout: 10_000 });
		await waitForMapIdle(page);
		// Three body points and two links from the lead.
		expect(await highlighted(page, MASUDA_PROJECT)).toBe(5);
		const others = await page.evaluate(
			(id) =>
				window
					.__atlasMap!.queryRenderedFeatures({ layers: ['projects-points'] })
					.filter((f) => f.properties.projectId !== id && f.state.highlight === true).length,
			MASUDA_PROJECT
		);
		expect(others).toBe(0);
	});

	test('the list shows the figure check and the corrections', async () => {
		const page = opened.page;
		const list = page.getByRole('complementary', { name: 'モデル事業の一覧' });
		await expect(list.locator('[data-comparison="koiki-r1-sandai-yokohama"]').innerText()).resolves.toContain(
			'-1'
		);
		await expect(list.getByRole('cell', { name: '秋田県 大湯村' }).isVisible()).resolves.toBe(true);
	});
});
