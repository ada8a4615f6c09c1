import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isMemberActive, isSphereActive } from '../../src/lib/analysis/as-of';
import { computeCoverage, COVERAGE_COLUMNS } from '../../src/lib/analysis/coverage';
import { monthIndex, playSteps, timelineRange } from '../../src/lib/analysis/research/timeline';
import { readCommittedGeodata } from '../unit/read-geodata';
import { serialiseDrafts, STORAGE_KEY } from '../../src/lib/drafts/storage';
import { isLocalUrl, openPage, waitForMapReady, type OpenedPage } from './chromium';
import { pngPixelStats, pngSize } from './presenter-helpers';

const { manifest, table, spheres } = readCommittedGeodata();
const DATA_AS_OF = manifest.asOf.spheres;
const OUTLINE_LAYERS = ['research-renkei-outline', 'research-teiju-outline'];

/** Resolves once the map shows the spheres of `asOf` and nothing is loading or moving. */
async function waitForDate(page: Page, asOf: string): Promise<void> {
	await waitForMapReady(page, asOf);
}

/** Ids of the sphere outlines MapLibre has drawn in the current view. */
function renderedSphereIds(page: Page): Promise<string[]> {
	return page.evaluate(
		(layers) => [
			...new Set(window.__atlasMap!.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))
		],
		OUTLINE_LAYERS
	);
}

describe('researcher view', () => {
	let opened: OpenedPage;
	let page: Page;

	beforeAll(async () => {
		opened = await openPage(`${inject('baseUrl')}/research`);
		page = opened.page;
	});

	afterAll(async () => {
		await opened?.close();
		expect(opened.errors).toEqual([]);
		expect(opened.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});

	test('moving the slider back to 2015 removes the spheres formed later from the map', async () => {
		await waitForDate(page, DATA_AS_OF);
		const formedLater = new Set(
			spheres
				.filter((s) => isSphereActive(s, DATA_AS_OF) && !isSphereActive(s, '2015-04-01'))
				.map((s) => s.id)
		);
		const activeIn2015 = new Set(spheres.filter((s) => isSphereActive(s, '2015-04-01')).map((s) => s.id));
		const before = await renderedSphereIds(page);
		const laterShownBefore = before.filter((id) => formedLater.has(id));
		expect(laterShownBefore.length).toBeGreaterThan(20);

		const range = timelineRange(spheres, DATA_AS_OF);
		await page.getByTestId('as-of-slider').fill(String(monthIndex(range, '2015-04-01')));
		await waitForDate(page, '2015-04-01');
		const after = await renderedSphereIds(page);
		expect(after.filter((id) => formedLater.has(id))).toEqual([]);
		expect(after.length).toBeGreaterThan(20);
		expect(after.every((id) => activeIn2015.has(id))).toBe(true);
		expect(await page.getByTestId('as-of-date').inputValue()).toBe('2015-04-01');
		expect(page.url()).toContain('date=2015-04-01');
	});

	test('on 2019-04-01 the page counts 32 連携中枢都市圏 with 34 centres', async () => {
		const date = page.getByTestId('as-of-date');
		await date.fill('2019-04-01');
		await date.dispatchEvent('change');
		await waitForDate(page, '2019-04-01');
		const counts = page.getByTestId('active-counts');
		await expect.poll(() => counts.getAttribute('data-as-of')).toBe('2019-04-01');
		expect(await counts.textContent()).toContain('連携中枢都市圏 32 圏域（中心市 34）');
	});

	test('the coverage CSV has the documented header, 47 prefectures and the national row', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('coverage-csv').click()
		]);
		expect(download.suggestedFilename()).toBe('keniki-coverage-2019-04-01.csv');
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const lines = text.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(COVERAGE_COLUMNS.join(','));
		expect(lines).toHaveLength(1 + 48);
		const expected = computeCoverage(
			{ manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } },
			{ asOf: '2019-04-01' }
		).national;
		const national = lines[48].split(',');
		expect(national.slice(0, 2)).toEqual(['00', '全国']);
		const column = (name: (typeof COVERAGE_COLUMNS)[number]) => national[COVERAGE_COLUMNS.indexOf(name)];
		expect(Number(column('renkeiPopulation'))).toBe(expected.renkeiPopulation);
		expect(Number(column('neitherMunicipalities'))).toBe(expected.neitherMunicipalities);
	});

	test('Play steps the date forward half a year at a time, and pauses', async () => {
		const play = page.getByTestId('play');
		await play.click();
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		// On a loaded machine Play may pass a step before the map has drawn it, so wait for the
		// field to reach the step, not for the map to draw that exact step.
		await page.waitForFunction(
			() =>
				(document.querySelector<HTMLInputElement>('[data-testid="as-of-date"]')?.value ?? '') >= '2019-10-01',
			undefined,
			{ timeout: 90_000, polling: 50 }
		);
		await play.click();
		expect(await play.getAttribute('aria-pressed')).toBe('false');
		// Paused on a later half-year step (how many steps ran depends on the machine's speed)…
		const shown = await page.getByTestId('as-of-date').inputValue();
		const steps = playSteps(timelineRange(spheres, DATA_AS_OF));
		expect(steps).toContain(shown);
		expect(shown > '2019-04-01').toBe(true);
		// …and stays there: more than one step's time later the date has not moved.
		await page.waitForTimeout(2000);
		expect(await page.getByTestId('as-of-date').inputValue()).toBe(shown);
		await waitForDate(page, shown);
	});

	test('the choropleth exports as a PNG of the chosen size, legend and credits drawn on it', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('png-export').click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^keniki-coverage-renkei-population-\d{4}-\d{2}-\d{2}-1920x1080\.png$/
		);
		const bytes = readFileSync((await download.path())!);
		expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
		const stats = await pngPixelStats(page, bytes);
		expect(stats.colours).toBeGreaterThan(50);
	});

	test('a sphere compares with a stored planner draft: delta table, eligibility and both outlines', async () => {
		const draft = {
			id: 'test-draft',
			name: '試案 福山・府中',
			kind: 'renkei' as const,
			centres: ['34207'],
			codes: ['34207', '34208'],
			originSphereId: 'bingo',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z'
		};
		const stored = serialiseDrafts([{ draft, history: { undo: [], redo: [] } }], draft.id);
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, stored]);
		await page.goto(`${inject('baseUrl')}/research?a=sphere:bingo&b=draft:test-draft`);
		await waitForDate(page, DATA_AS_OF);
		const deltas = page.getByTestId('compare-table');
		await deltas.waitFor({ timeout: 90_000 });
		expect(await deltas.locator('thead').textContent()).toContain('試案 福山・府中');
		const members = deltas.locator('tr[data-measure="memberCount"] td');
		const bingo = spheres.find((s) => s.id === 'bingo')!;
		const bingoMembers = bingo.members.filter((m) => isMemberActive(bingo, m, DATA_AS_OF)).length;
		expect(await members.allTextContents()).toEqual([
			String(bingoMembers),
			'2',
			`−${bingoMembers - 2}`,
			expect.stringMatching(/^−\d+\.\d%$/)
		]);
		const eligibility = page.getByTestId('compare-eligibility');
		expect(await eligibility.locator('tbody tr').count()).toBeGreaterThan(2);
		await page.waitForFunction(
			() => {
				const map = window.__atlasMap!;
				if (!map.loaded() || map.isMoving()) return false;
				const sides = map.queryRenderedFeatures({ layers: ['research-compare-a', 'research-compare-b'] });
				return new Set(sides.map((f) => f.properties.side)).size === 2;
			},
			undefined,
			{ timeout: 30_000, polling: 100 }
		);
	});
});
