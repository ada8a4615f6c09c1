/**
 * Everything about how the browser tests run Chromium: which binary, which flags, and
 * a helper that opens a page while recording its requests and errors.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless=new',
	'--no-sandbox',
	// Software WebGL: the tests run on machines without a GPU.
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--ignore-gpu-blocklist',
	// Keep Chromium itself from talking to the network, so every recorded request is the app's.
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const VIEWPORT = { width: 1280, height: 800 };

export interface OpenedPage {
	browser: Browser;
	page: Page;
	/** Every URL the page requested, in order. */
	requests: string[];
	/** Uncaught exceptions and console errors. */
	errors: string[];
	close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
	try {
		return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	} catch (error) {
		throw new Error(
			`Could not start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install -y chromium)`,
			{ cause: error }
		);
	}
}

/**
 * Opens `url` in a fresh browser and records requests and errors from the start.
 * `prepare` runs before navigation, e.g. to intercept requests with `page.route`.
 */
export async function openPage(url: string, prepare?: (page: Page) => Promise<void>): Promise<OpenedPage> {
	const browser = await launchChromium();
	const page = await browser.newPage({ viewport: VIEWPORT });
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') {
			errors.push(`console.error: ${message.text()} (at ${message.location().url || 'unknown'})`);
		}
	});
	await prepare?.(page);
	await page.goto(url);
	return { browser, page, requests, errors, close: () => browser.close() };
}

export function isLocalUrl(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	if (protocol === 'data:' || protocol === 'blob:') return true;
	return hostname === '127.0.0.1' || hostname === 'localhost';
}

/**
 * The one readiness wait of every page's map: resolves once the map's container carries
 * `data-map-ready` equal to `key` (the page's scene sets it once the map has drawn what it
 * was asked to show) and nothing is loading or moving.
 */
export async function waitForMapReady(page: Page, key: string, timeout = 90_000): Promise<void> {
	await page.waitForFunction(
		(expected) => {
			const map = window.__atlasMap;
			return map?.getContainer().dataset.mapReady === expected && map.loaded() && !map.isMoving();
		},
		key,
		{ timeout, polling: 50 }
	);
}

/** A new page of `browser` at the test viewport whose uncaught exceptions go into `errors`. */
export async function pageRecordingErrors(browser: Browser, errors: string[]): Promise<Page> {
	const page = await browser.newPage({ viewport: VIEWPORT });
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return page;
}
