/**
 * Issue 19 in the browser: stored drafts are never lost, and no stored value, share link or
 * import crashes a page. Also the headers `npm start` sends.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { draft } from '../unit/drafts/fixtures';
import { launchChromium, VIEWPORT } from './chromium';

const STORAGE_KEY = 'keniki-atlas:drafts';
const KASAOKA = '33205';

const entry = (id: string, name: string, codes: string[]) => ({ draft: draft(id, codes, name) });

const members = (page: Page) =>
	page.locator('[data-members] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')!));

describe('reliability', () => {
	let browser: Browser;
	let baseUrl: string;
	const contexts: BrowserContext[] = [];

	/** A fresh context whose storage holds `value` on the first load only. */
	async function pageWithStorage(value: string | null): Promise<{ page: Page; errors: string[] }> {
		const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
		contexts.push(context);
		if (value !== null) {
			await context.addInitScript(
				([key, raw]) => {
					if (sessionStorage.getItem('seeded') === null) {
						localStorage.setItem(key, raw);
						sessionStorage.setItem('seeded', '1');
					}
				},
				[STORAGE_KEY, value]
			);
		}
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		return { page, errors };
	}

	async function startDraftFromKasaoka(page: Page): Promise<void> {
		const launcher = page.getByRole('button', { name: '案をつくる（what-if）' });
		if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
		await page.locator('[data-from-centre]').click({ timeout: 60_000 });
		await page.keyboard.press('Escape');
	}

	const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

	beforeAll(async () => {
		baseUrl = inject('baseUrl');
		browser = await launchChromium();
	});

	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
	});

	test('an unreadable value that cannot be backed up is never written over (defect 1)', async () => {
		const damaged = JSON.stringify({
			version: 1,
			drafts: [
				entry('a', '読める案', ['34207']),
				{ draft: { id: 7, name: '壊れた案', pad: 'x'.repeat(4_000_000) } }
			]
		});
		const { page, errors } = await pageWithStorage(damaged);
		await page.goto(`${baseUrl}/?v=34.55,133.55,9.3&sel=m:${KASAOKA}`);
		const heldBack = page.locator('[data-notice="held-back"]');
		await heldBack.waitFor({ timeout: 60_000 });
		await startDraftFromKasaoka(page);
		await expect.poll(() => members(page), { timeout: 60_000 }).toEqual([KASAOKA]);
		expect((await stored(page))?.length).toBe(damaged.length);
		// The raw value is offered as a file, byte for byte.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			heldBack.locator('[data-download-raw]').click()
		]);
		const chunks: Buffer[] = [];
		for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
		expect(Buffer.concat(chunks).toString('utf8')).toBe(damaged);
		// Loading the page again still finds the unreadable draft.
		await page.goto(`${baseUrl}/?v=34.55,133.55,9.3&sel=m:${KASAOKA}`);
		await page.locator('[data-notice="recovery"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('[data-notice="recovery"]').innerText()).resolves.toContain('壊れた案');
		expect(await stored(page)).toBe(damaged);
		await page.screenshot({ path: 'screenshots/drafts-held-back.png' });
		// Only after the download does the user get to resume saving.
		await startDraftFromKasaoka(page);
		const [again] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-download-raw]').click()
		]);
		await again.path();
		await page.locator('[data-allow-overwrite]').click();
		await expect.poll(async () => JSON.parse((await stored(page))!).drafts.length).toBe(2);
		expect(errors).toEqual([]);
	}, 300_000);

	test('a deeply nested history neither crashes the page nor hides the drafts (defect 2)', async () => {
		const nested = `${'{"op":"batch","patches":['.repeat(1500)}{"op":"add","code":"34205","index":1}${']}'.repeat(1500)}`;
		const value = `{"version":1,"activeId":"b","drafts":[${JSON.stringify(entry('a', '読める案', ['34207']))},{"draft":${JSON.stringify(draft('b', ['33205'], '深い案'))},"history":{"undo":[${nested}],"redo":[]}}]}`;
		expect(value.length).toBeGreaterThan(40_000);
		const { page, errors } = await pageWithStorage(value);
		await page.goto(`${baseUrl}/?v=34.55,133.55,9.3&sel=m:${KASAOKA}`);
		await page.locator('[data-notice="recovery"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('[data-notice="recovery"]').innerText()).resolves.toContain('深い案');
		await startDraftFromKasaoka(page);
		await expect
			.poll(async () => JSON.parse((await stored(page))!).drafts.length, { timeout: 30_000 })
			.toBe(3);
		await expect(page.locator('[data-notice="conflict"]').count()).resolves.toBe(0);
		await page.goto(`${baseUrl}/research`);
		await page.locator('option[value="draft:a"]').first().waitFor({ state: 'attached', timeout: 90_000 });
		// Both drafts, in the A and in the B list.
		await expect(page.locator('option[value="draft:b"]').count()).resolves.toBe(2);
		expect(errors).toEqual([]);
	});

	test('a shared name with an emoji at the limit saves and shares again (defect 3)', async () => {
		const name = `${'a'.repeat(79)}😀`;
		const { page, errors } = await pageWithStorage(null);
		await page.goto(`${baseUrl}/#draft=1.r.33205.33205,34207&name=${encodeURIComponent(name)}`);
		await page.locator('[data-save-shared]').click({ timeout: 60_000 });
		await page.locator('[data-share]').click({ timeout: 60_000 });
		const url = await page.locator('[data-share-url]').inputValue();
		expect(decodeURIComponent(url.split('&name=')[1])).toBe(name);
		expect(errors).toEqual([]);
	});

	test('a share link cut inside the name opens the members and says the name was damaged (defect 5)', async () => {
		const { page, errors } = await pageWithStorage(null);
		await page.goto(`${baseUrl}/#draft=1.r.33205.33205,34207&name=%E4%BA%95%E7%AC`);
		await page.locator('[data-shared]').waitFor({ timeout: 60_000 });
		await expect
			.poll(async () => new Set(await members(page)), { timeout: 60_000 })
			.toEqual(new Set([KASAOKA, '34207']));
		await expect(page.locator('[data-notice="share"]').innerText()).resolves.toContain(
			'名前の部分の符号化が壊れています'
		);
		await expect(page.locator('[data-shared] .draft-name').innerText()).resolves.toBe('井');
		expect(errors).toEqual([]);
	});

	test('a paste over the size limit is refused, and a long problem list is cut with a count (defect 6)', async () => {
		const { page } = await pageWithStorage(null);
		await page.goto(`${baseUrl}/?v=34.55,133.55,9.3&sel=m:${KASAOKA}`);
		await startDraftFromKasaoka(page);
		await page.locator('[data-import-open]').click({ timeout: 60_000 });
		const textarea = page.locator('.import textarea');
		await textarea.evaluate(
			(element, text) => {
				(element as HTMLTextAreaElement).value = text;
				element.dispatchEvent(new Event('input', { bubbles: true }));
			},
			`${'9'.repeat(99)}\n`.repeat(21_000)
		);
		await page.getByRole('button', { name: '読み取る' }).click();
		await expect(page.locator('.import .error').innerText()).resolves.toContain('2MBまで');
		const rows = Array.from({ length: 200 }, (_, i) => `9${String(i).padStart(4, '0')}`).join('\n');
		await textarea.fill(`34207\n${rows}`);
		await page.getByRole('button', { name: '読み取る' }).click();
		await expect.poll(() => page.locator('.import .problems li').count()).toBe(50);
		await expect(page.locator('[data-more-problems]').innerText()).resolves.toBe('ほか150件');
		await expect(page.locator('.import .problems li').first().innerText()).resolves.toContain('2行目');
	});
});

describe('npm start headers (defect 11)', () => {
	test('sends the page CSP with frame-ancestors, and the other security headers', async () => {
		const response = await fetch(`${inject('baseUrl')}/research`);
		const html = await response.text();
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)![1];
		const header = response.headers.get('content-security-policy')!;
		expect(header.startsWith(meta.trim().replace(/;$/, ''))).toBe(true);
		expect(header).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
		const script = await fetch(`${inject('baseUrl')}/sw.js`);
		expect(script.headers.get('x-content-type-options')).toBe('nosniff');
		expect(script.headers.get('content-security-policy')).toBeNull();
	});

	test('no page can be framed', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.goto(`${inject('baseUrl')}/research`);
			const framed = await page.evaluate(
				async (url) => {
					const frame = document.createElement('iframe');
					frame.src = url;
					const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
					document.body.append(frame);
					await loaded;
					try {
						return frame.contentDocument?.title ?? null;
					} catch {
						return null;
					}
				},
				`${inject('baseUrl')}/`
			);
			expect(framed === null || framed === '').toBe(true);
		} finally {
			await browser.close();
		}
	});
});
