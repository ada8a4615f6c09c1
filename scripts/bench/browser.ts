import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from '../../tests/browser/chromium';
import { BUILD_DIR } from '../serve';
import { summarise, type Summary } from './stats';

export const gzipKB = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length / 1024;

export interface FirstViewBytes {
	scriptsAndStylesKB: number;
	geodataKB: number;
	files: { path: string; gzipKB: number }[];
}

/** Milestones of one load, in ms since navigation start, to show where the time goes. */
export interface LoadPhases {
	geodataFetched: number;
	dataOnMap: number;
	polygonsTiled: number;
	idle: number;
}

export interface LoadTiming {
	toIdle: Summary;
	phases: { [K in keyof LoadPhases]: Summary };
	heapMB: Summary;
	bytes: FirstViewBytes;
}

const PHASE_RECORDER = `
	window.__loadPhases = {};
	const watch = () => {
		const phases = window.__loadPhases;
		const map = window.__atlasMap;
		if (map && phases.dataOnMap === undefined) {
			phases.dataOnMap = performance.now();
			map.on('sourcedata', (event) => {
				if (event.sourceId === 'municipalities' && event.isSourceLoaded && phases.polygonsTiled === undefined)
					phases.polygonsTiled = performance.now();
			});
		}
		if (map && map.loaded()) return;
		requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
`;

async function readPhases(page: Page, idle: number): Promise<LoadPhases> {
	const recorded = await page.evaluate(() => {
		const json = performance
			.getEntriesByType('resource')
			.filter((entry) => entry.name.endsWith('.json')) as PerformanceResourceTiming[];
		const phases = (window as unknown as { __loadPhases: Partial<LoadPhases> }).__loadPhases;
		return { ...phases, geodataFetched: Math.max(...json.map((entry) => entry.responseEnd)) };
	});
	return {
		geodataFetched: recorded.geodataFetched,
		dataOnMap: recorded.dataOnMap ?? NaN,
		// The source may finish within the frame that reports idle.
		polygonsTiled: recorded.polygonsTiled ?? idle,
		idle
	};
}

async function openFresh(browser: Browser, url: string): Promise<{ page: Page; paths: string[] }> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const paths: string[] = [];
	// A plain string: it runs before the page's own scripts and is not subject to its CSP.
	await page.addInitScript({ content: PHASE_RECORDER });
	page.on('response', (response) => {
		const { pathname, hostname } = new URL(response.url());
		if (hostname === '127.0.0.1') paths.push(pathname);
	});
	await page.goto(url);
	// Polled every animation frame, so the figure is at most one frame late.
	await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, {
		timeout: 60_000,
		polling: 'raf'
	});
	return { page, paths };
}

function firstViewBytes(paths: string[]): FirstViewBytes {
	const files = [...new Set(paths)]
		.filter((path) => /\.(js|mjs|css|json)$/.test(path))
		.map((path) => ({ path, gzipKB: gzipKB(readFileSync(join(BUILD_DIR, decodeURIComponent(path)))) }));
	const sum = (test: (path: string) => boolean) =>
		files.filter((f) => test(f.path)).reduce((total, f) => total + f.gzipKB, 0);
	return {
		scriptsAndStylesKB: sum((p) => /\.(js|mjs|css)$/.test(p)),
		geodataKB: sum((p) => p.endsWith('.json')),
		files
	};
}

/** Navigation to the first frame where the map has loaded everything in a fresh context (empty cache), `runs` times. */
export async function measureLoad(browser: Browser, url: string, runs: number): Promise<LoadTiming> {
	const toIdle: number[] = [];
	const phases: LoadPhases[] = [];
	const heap: number[] = [];
	let bytes: FirstViewBytes | undefined;
	for (let run = 0; run < runs; run += 1) {
		const { page, paths } = await openFresh(browser, url);
		const idle = await page.evaluate(() => performance.now());
		toIdle.push(idle);
		phases.push(await readPhases(page, idle));
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		heap.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20);
		bytes ??= firstViewBytes(paths);
		await page.context().close();
	}
	const phase = (key: keyof LoadPhases) => summarise(phases.map((p) => p[key]));
	return {
		toIdle: summarise(toIdle),
		phases: {
			geodataFetched: phase('geodataFetched'),
			dataOnMap: phase('dataOnMap'),
			polygonsTiled: phase('polygonsTiled'),
			idle: phase('idle')
		},
		heapMB: summarise(heap),
		bytes: bytes as FirstViewBytes
	};
}
