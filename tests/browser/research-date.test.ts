import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { timelineRange } from '../../src/lib/analysis/research/timeline';
import { readCommittedGeodata } from '../unit/read-geodata';
import { openPage, type OpenedPage } from './chromium';

const { manifest, spheres } = readCommittedGeodata();
const RANGE = timelineRange(spheres, manifest.asOf.spheres);

/** The date the page counts for, once it has settled on `expected`. */
async function countedDate(page: Page, expected: string): Promise<string | null> {
	const counts = page.getByTestId('active-counts');
	await expect.poll(() => counts.getAttribute('data-as-of'), { timeout: 30_000 }).toBe(expected);
	return counts.getAttribute('data-as-of');
}

/** Types one key at a time, the way a person does, noting the field's value after each. */
async function typeKeys(page: Page, keys: string): Promise<string[]> {
	const date = page.getByTestId('as-of-date');
	const seen: string[] = [];
	for (const key of keys) {
		await page.keyboard.press(key);
		seen.push(await date.inputValue());
	}
	return seen;
}

/** Tabs out of the field: its last stop is the calendar button inside it. */
async function leaveField(page: Page): Promise<void> {
	const inField = () =>
		page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'as-of-date');
	for (let presses = 0; presses < 3 && (await inField()); presses++) await page.keyboard.press('Tab');
	expect(await inField()).toBe(false);
}

// Chromium lays the field out as mm/dd/yyyy here, whatever the page's language.
describe('typing a date into the research page', () => {
	let opened: OpenedPage;
	let page: Page;

	beforeAll(async () => {
		opened = await openPage(`${inject('baseUrl')}/research`);
		page = opened.page;
		await page.getByTestId('as-of-date').waitFor({ timeout: 90_000 });
	});

	afterAll(async () => {
		await opened?.close();
		expect(opened.errors).toEqual([]);
	});

	test('typing 04012019 from the month part ends on 2019-04-01, never snapping on the way', async () => {
		const date = page.getByTestId('as-of-date');
		await date.focus();
		const seen = await typeKeys(page, '04012019');
		// The year passes through 0002, 0020 and 0201 while typed; none of them is clamped.
		expect(seen).not.toContain(RANGE.start);
		expect(seen.at(-1)).toBe('2019-04-01');
		await leaveField(page);
		expect(await date.inputValue()).toBe('2019-04-01');
		expect(await countedDate(page, '2019-04-01')).toBe('2019-04-01');
		expect(page.url()).toContain('date=2019-04-01');
	});

	test('typing the year first, then month and day, ends on the typed date', async () => {
		const date = page.getByTestId('as-of-date');
		await date.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await typeKeys(page, '2016');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		const seen = await typeKeys(page, '0715');
		expect(seen.at(-1)).toBe('2016-07-15');
		await page.keyboard.press('Enter');
		expect(await countedDate(page, '2016-07-15')).toBe('2016-07-15');
		expect(await date.inputValue()).toBe('2016-07-15');
	});

	test('a date before the first sphere is clamped only when the field is left', async () => {
		const date = page.getByTestId('as-of-date');
		await date.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const seen = await typeKeys(page, '2001');
		expect(seen.at(-1)).toBe('2001-07-15');
		// Still what was typed, and the page still counts the last accepted date.
		expect(await page.getByTestId('active-counts').getAttribute('data-as-of')).toBe('2016-07-15');
		await leaveField(page);
		expect(await countedDate(page, RANGE.start)).toBe(RANGE.start);
		expect(await date.inputValue()).toBe(RANGE.start);
	});
});
