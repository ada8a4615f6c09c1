import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const geodataDir = fileURLToPath(new URL('./geodata/', import.meta.url));

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Geodata is fetched at runtime as hashed files; inlining it as data: URLs would
		// bloat the JS and bypass the browser cache.
		assetsInlineLimit: (filePath) => (filePath.startsWith(geodataDir) ? false : undefined)
	},
	// MapLibre starts its worker with `type: 'module'`.
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					maxWorkers: 1
				}
			}
		]
	}
});
