/** Helpers of the offline browser tests: a server for any build folder, the precache, a second build. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import sirv from 'sirv';

export interface DirectoryServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1; the port is fixed so that a second build can take over the same origin. */
export async function serveDirectory(dir: string, port = 0): Promise<DirectoryServer> {
	const serve = sirv(dir, { etag: true });
	const server = createServer((request, response) => serve(request, response));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const bound = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${bound}`,
		port: bound,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			})
	};
}

/** Every file of a build folder, as a path relative to it with `/` separators. */
export function buildFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** The URL path under which the service worker should precache a build file, or null if it should not. */
export function precachePath(file: string): string | null {
	if (file.startsWith('_app/immutable/') || file === 'favicon.svg') return `/${file}`;
	if (file === 'index.html') return '/';
	if (file.endsWith('.html')) return `/${file.slice(0, -'.html'.length)}`;
	return null;
}

/** Resolves once a service worker controls the page; by then it has precached its whole build. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 60_000,
		polling: 100
	});
}

/** The URL paths held in the page's Workbox precache, without Workbox's revision parameter. */
export function precachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			if (!name.includes('precache')) continue;
			for (const request of await (await caches.open(name)).keys()) {
				paths.push(new URL(request.url).pathname);
			}
		}
		return paths.sort();
	});
}

/** The `_app/immutable` files a built page references, e.g. `/_app/immutable/entry/start.X.js`. */
export function immutableReferences(html: string): Set<string> {
	return new Set([...html.matchAll(/\/_app\/immutable\/[\w./-]+/g)].map((match) => match[0]));
}

/**
 * Builds the app again into `dirName` (relative to the repository). SvelteKit stamps each
 * build with a new version, so the result is a new deployment of the same source: new
 * page HTML and some new hashed chunks.
 */
export async function buildAgain(dirName: string): Promise<void> {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
	await promisify(execFile)('npx', ['vite', 'build'], {
		cwd: new URL('../../', import.meta.url),
		env: { ...env, NODE_ENV: 'production', KENIKI_BUILD_DIR: dirName },
		maxBuffer: 64 * 1024 * 1024
	});
}
