/**
 * A tiny static server for the built app in `build/` (used by `npm start` and the
 * browser tests). Binds to 127.0.0.1 only. It sends the security headers a static host
 * should send too (see "Serving" in the README): each page's CSP, from its <meta> tag,
 * plus `frame-ancestors 'none'`, which only a header can carry.
 */
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;
/** `KENIKI_BUILD_DIR` (relative to the repository) lets parallel checkouts of work keep separate builds. */
export const BUILD_DIR = fileURLToPath(
	new URL(`../${process.env.KENIKI_BUILD_DIR ?? 'build'}/`, import.meta.url)
);

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
	'X-Frame-Options': 'DENY'
};

/** What a meta tag cannot say: no page of the app may be framed by another page. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The Content-Security-Policy header for a built page: its meta policy plus the header-only directives. */
export function pagePolicy(html: string): string {
	const meta = CSP_META.exec(html)?.[1].trim().replace(/;$/, '');
	return meta ? `${meta}; ${HEADER_ONLY_DIRECTIVES}` : HEADER_ONLY_DIRECTIVES;
}

/** The HTML file sirv serves for `pathname` (it tries `x`, `x.html`, `x/index.html`), or null. */
function servedPage(pathname: string, stats: Stats): string | null {
	const path = `${BUILD_DIR}${pathname.replace(/^\/+|\/+$/g, '')}`;
	for (const file of [path, `${path}.html`, `${path.replace(/\/$/, '')}/index.html`]) {
		if (!file.endsWith('.html') || !existsSync(file)) continue;
		if (statSync(file).ino === stats.ino) return file;
	}
	return null;
}

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/** Serves `build/`; port 0 picks a free port. */
export async function startServer(port = 0): Promise<RunningServer> {
	if (!existsSync(`${BUILD_DIR}index.html`)) {
		throw new Error(`No built app in ${BUILD_DIR} (index.html is missing). Run \`npm run build\` first.`);
	}
	const policies = new Map<string, string>();
	const serveBuild = sirv(BUILD_DIR, {
		etag: true,
		setHeaders(response, pathname, stats) {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
			const page = servedPage(pathname, stats);
			if (page === null) return;
			let policy = policies.get(page);
			if (policy === undefined) {
				policy = pagePolicy(readFileSync(page, 'utf8'));
				policies.set(page, policy);
			}
			response.setHeader('Content-Security-Policy', policy);
		}
	});
	const server = createServer((request, response) => serveBuild(request, response));

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, HOST, () => resolve());
	});

	const { port: boundPort } = server.address() as AddressInfo;
	return {
		url: `http://${HOST}:${boundPort}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			})
	};
}

const isRunDirectly =
	process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isRunDirectly) {
	const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
	startServer(port).then(
		({ url }) => console.log(`圏域アトラス: ${url}/`),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(1);
		}
	);
}
