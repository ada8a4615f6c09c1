import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/serve';
import { isLocalUrl, launchChromium, VIEWPORT, waitForMapReady } from './chromium';
import {
	buildAgain,
	buildFiles,
	immutableReferences,
	precachedPaths,
	precachePath,
	serveDirectory,
	waitForServiceWorker,
	type DirectoryServer
} from './offline-helpers';
import { waitForFocus } from './presenter-helpers';

const SCREENSHOT_DIR = new URL('../../screenshots/', import.meta.url);

interface Session {
	context: BrowserContext;
	page: Page;
	errors: string[];
	requests: string[];
	/** Responses with an error status, e.g. a file of another build that the server no longer has. */
	failed: string[];
}

async function newSession(browser: Browser): Promise<Session> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const session: Session = { context, page, errors: [], requests: [], failed: [] };
	page.on('request', (request) => session.requests.push(request.url()));
	page.on('response', (response) => {
		if (response.status() >= 400) session.failed.push(`${response.status()} ${response.url()}`);
	});
	page.on('pageerror', (error) => session.errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') session.errors.push(`console.error: ${message.text()}`);
	});
	return session;
}

async function waitForMap(page: Page): Promise<void> {
	await waitForMapReady(page, 'explorer');
}

/** Distinct municipality codes drawn on the map. */
function renderedMunicipalities(page: Page): Promise<number> {
	return page.evaluate(() => {
		const features = window.__atlasMap!.queryRenderedFeatures({ layers: ['municipality-fill'] });
		return new Set(features.map((feature) => feature.properties.code as unknown)).size;
	});
}

describe('offline use', () => {
	let browser: Browser;
	let server: DirectoryServer | undefined;
	let session: Session;

	beforeAll(async () => {
		browser = await launchChromium();
		// A server of its own, on a port (so an origin) no other test uses, to switch off below.
		server = await serveDirectory(BUILD_DIR);
		session = await newSession(browser);
		await session.page.goto(`${server.url}/`);
		await waitForMap(session.page);
		await waitForServiceWorker(session.page);
	});

	afterAll(async () => {
		await server?.close();
		await browser?.close();
	});

	test('precaches every page, hashed file and the geodata of the build, and nothing else', async () => {
		const expected = buildFiles(BUILD_DIR)
			.map(precachePath)
			.filter((path) => path !== null)
			.sort();
		expect(expected).toContain('/pref/13');
		expect(expected.some((path) => /\/japan\.topo\.\w+\.json$/.test(path))).toBe(true);
		await expect(precachedPaths(session.page)).resolves.toEqual(expected);
	});

	test('a reload with the network off still shows the map', async () => {
		const { page, context } = session;
		await server!.close();
		server = undefined;
		await context.setOffline(true);
		await page.reload();
		await waitForMap(page);
		expect(await renderedMunicipalities(page)).toBeGreaterThan(1000);
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		await page.screenshot({ path: new URL('offline-front-page.png', SCREENSHOT_DIR).pathname });
	});

	test('prefecture pages and links with a query open offline', async () => {
		const { page } = session;
		const origin = new URL(page.url()).origin;
		await page.goto(`${origin}/pref/13`);
		await waitForFocus(page, 'pref-13');
		expect(await renderedMunicipalities(page)).toBeGreaterThan(10);
		await expect(page.locator('h1').first().textContent()).resolves.toContain('東京都');

		await page.goto(`${origin}/pref?from=offline-test`);
		await expect(page.locator('a[href$="/pref/01"]').count()).resolves.toBeGreaterThan(0);
	});

	test('raises no error and requests nothing outside localhost', () => {
		expect(session.errors).toEqual([]);
		expect(session.failed).toEqual([]);
		expect(session.requests.filter((url) => !isLocalUrl(url))).toEqual([]);
	});
});

/** The `_app/immutable` files the page's document references and the files it has loaded. */
async function pageBuild(page: Page): Promise<{ references: string[]; loaded: string[] } | null> {
	try {
		const references = [...immutableReferences(await page.content())].sort();
		const loaded = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => path.startsWith('/_app/immutable/'))
		);
		return { references, loaded };
	} catch {
		return null; // the page is between two documents
	}
}

describe('a new deployment', () => {
	const nextName = `${process.env.KENIKI_BUILD_DIR ?? 'build'}-next`;
	const nextDir = fileURLToPath(new URL(`../../${nextName}/`, import.meta.url));
	const immutableFiles = (dir: string) =>
		new Set(
			buildFiles(dir)
				.filter((file) => file.startsWith('_app/immutable/'))
				.map((file) => `/${file}`)
		);
	const pageReferences = (dir: string, file: string) =>
		[...immutableReferences(readFileSync(`${dir}${file}`, 'utf8'))].sort();
	/**
	 * The page is wholly one build: its document has the references of that build's HTML
	 * (plus the modulepreload links SvelteKit adds at runtime), and every `_app/immutable`
	 * file it references or has loaded belongs to that build.
	 */
	function expectBuild(build: Awaited<ReturnType<typeof pageBuild>>, html: string[], files: Set<string>) {
		expect(html.filter((reference) => !build?.references.includes(reference))).toEqual([]);
		expect(build?.references.filter((reference) => !files.has(reference))).toEqual([]);
		expect(build?.loaded.filter((loaded) => !files.has(loaded))).toEqual([]);
	}
	let browser: Browser;
	let oldFiles: Set<string>;
	let newFiles: Set<string>;
	const servers: DirectoryServer[] = [];

	beforeAll(async () => {
		await buildAgain(nextName);
		oldFiles = immutableFiles(BUILD_DIR);
		newFiles = immutableFiles(nextDir);
		browser = await launchChromium();
	});

	afterAll(async () => {
		await Promise.all(servers.map((server) => server.close()));
		await browser?.close();
		rmSync(nextDir, { recursive: true, force: true });
		rmSync(fileURLToPath(new URL(`../../.svelte-kit-${nextName}/`, import.meta.url)), {
			recursive: true,
			force: true
		});
	});

	test('the second build differs from the first in its pages and some hashed files', () => {
		expect(pageReferences(nextDir, 'index.html')).not.toEqual(pageReferences(BUILD_DIR, 'index.html'));
		expect([...newFiles].filter((file) => !oldFiles.has(file)).length).toBeGreaterThan(0);
	});

	/**
	 * Serves the first build, visits `path`, then replaces the server by the second build on
	 * the same origin and visits `path` again: that visit is still wholly the first build
	 * while the second installs in the background.
	 */
	async function visitAcrossDeployment(path: string): Promise<Session> {
		const first = await serveDirectory(BUILD_DIR);
		servers.push(first);
		const session = await newSession(browser);
		const { page } = session;
		await page.goto(`${first.url}${path}`);
		await waitForServiceWorker(page);
		await first.close();
		servers.splice(servers.indexOf(first), 1);
		servers.push(await serveDirectory(nextDir, first.port));

		await page.goto(`${first.url}${path}`);
		const waiting = () =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
		await expect.poll(waiting, { timeout: 60_000, interval: 100 }).toBe('installed');
		const file = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
		expectBuild(await pageBuild(page), pageReferences(BUILD_DIR, file), oldFiles);
		return session;
	}

	/** Waits until the page is the second build's `file`, and checks it loaded nothing of the first. */
	async function expectSecondBuild(session: Session, file: string): Promise<void> {
		const expected = pageReferences(nextDir, file);
		const isSecond = async () => {
			const references = (await pageBuild(session.page))?.references ?? [];
			return expected.every((reference) => references.includes(reference));
		};
		await expect.poll(isSecond, { timeout: 60_000, interval: 250 }).toBe(true);
		expectBuild(await pageBuild(session.page), expected, newFiles);
		const cached = await precachedPaths(session.page);
		expect(cached.filter((path) => path.startsWith('/_app/') && !newFiles.has(path))).toEqual([]);
		expect(session.errors).toEqual([]);
		expect(session.failed).toEqual([]);
	}

	test('is picked up on the next visit', async () => {
		const session = await visitAcrossDeployment('/');
		await session.page.reload();
		await expectSecondBuild(session, 'index.html');
		await waitForMap(session.page);
		expect(await renderedMunicipalities(session.page)).toBeGreaterThan(1000);
		await session.context.close();
	});

	test('is picked up when the page moves to another page', async () => {
		const session = await visitAcrossDeployment('/pref');
		await session.page.locator('a[href$="/pref/13"]').first().click();
		await expectSecondBuild(session, 'pref/13.html');
		await waitForFocus(session.page, 'pref-13');
		await session.context.close();
	});
});
