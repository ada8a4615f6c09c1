/**
 * A tiny static server for the built app in `build/` (used by `npm start` and the
 * browser tests). Binds to 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
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

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/** Serves `build/`; port 0 picks a free port. */
export async function startServer(port = 0): Promise<RunningServer> {
	if (!existsSync(`${BUILD_DIR}index.html`)) {
		throw new Error(`No built app in ${BUILD_DIR} (index.html is missing). Run \`npm run build\` first.`);
	}
	const serveBuild = sirv(BUILD_DIR, { etag: true });
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
