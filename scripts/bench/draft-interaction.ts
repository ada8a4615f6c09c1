import type { Browser, Page } from 'playwright-core';
import { createAnalysisContext } from '../../src/lib/analysis';
import { serialiseDrafts, STORAGE_KEY } from '../../src/lib/drafts/storage';
import { VIEWPORT } from '../../tests/browser/chromium';
import { readGeodata } from '../cli/geodata';
import { growDraft, HIROSHIMA } from './compute';
import type { Probe } from './report';
import { summarise } from './stats';

/** Draft sizes for the render-scale probes; 30 is the one with the budget. */
export const DRAFT_RENDER_SIZES = [30, 50, 100, 200, 1741] as const;

/** A stored draft of `codes` whose last step added the last code, so undo and redo toggle it. */
function storedDraft(codes: string[]): string {
	const last = codes[codes.length - 1];
	const draft = {
		id: 'bench',
		name: `bench ${codes.length}`,
		kind: 'renkei' as const,
		centres: [codes[0]],
		codes,
		originSphereId: null,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z'
	};
	return serialiseDrafts(
		[{ draft, history: { undo: [{ op: 'add', code: last, index: codes.length - 1 }], redo: [] } }],
		'bench'
	);
}

/**
 * One edit through the panel (undo, then redo: the last member leaves and comes back) →
 * store → analysis → feature-state and outline → map idle. Serialised into the page.
 */
const editInPage = async (run: number): Promise<number> => {
	const map = window.__atlasMap!;
	const button = document.querySelector<HTMLButtonElement>(run % 2 === 0 ? '[data-undo]' : '[data-redo]')!;
	const idle = new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));
	const start = performance.now();
	button.click();
	// Svelte applies the change in a microtask; the map has its new data after it.
	await new Promise((resolve) => setTimeout(resolve, 0));
	map.triggerRepaint();
	return (await idle) - start;
};

async function timeEdits(page: Page, runs: number) {
	const samples: number[] = [];
	for (let run = -2; run < runs * 2; run += 1) {
		const ms = await page.evaluate(editInPage, run < 0 ? run + 2 : run);
		if (run >= 0) samples.push(ms);
	}
	return summarise(samples);
}

export async function draftInteractionProbes(browser: Browser, url: string, runs: number): Promise<Probe[]> {
	const context = createAnalysisContext(readGeodata());
	const probes: Probe[] = [];
	for (const size of DRAFT_RENDER_SIZES) {
		const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
		await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
			STORAGE_KEY,
			storedDraft(growDraft(context, HIROSHIMA, size))
		] as [string, string]);
		await page.goto(`${url}?v=34.4,132.6,8`);
		await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, { timeout: 60_000 });
		await page.locator('[data-draft-editor] [data-figure="population"]').waitFor({ timeout: 60_000 });
		probes.push({
			group: size === 30 ? 'interaction' : 'scale',
			name: `draft edit → panel + outline → idle, ${size} members`,
			unit: 'ms',
			value: await timeEdits(page, runs),
			budget: size === 30 ? 100 : undefined
		});
		await page.context().close();
	}
	return probes;
}
