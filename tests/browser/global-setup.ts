import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the static server for `build/`, e.g. http://127.0.0.1:41234 */
		baseUrl: string;
	}
}

/** Serves the built app for the browser tests; `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await startServer(0);
	project.provide('baseUrl', server.url);
	return () => server.close();
}
