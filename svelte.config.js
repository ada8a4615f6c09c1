import adapter from '@sveltejs/adapter-static';

/** Overridable so that two builds can run side by side (see scripts/serve.ts). */
const buildDir = process.env.KENIKI_BUILD_DIR ?? 'build';

/**
 * The app is a fully prerendered static site that must never talk to another origin,
 * so the CSP allows only 'self' (plus blob: workers/images that MapLibre creates; the
 * offline service worker /sw.js is 'self'). SvelteKit adds hashes for the inline bootstrap
 * script it writes into each page.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	kit: {
		outDir: process.env.KENIKI_BUILD_DIR ? `.svelte-kit-${buildDir}` : '.svelte-kit',
		// The geodata build writes to the top-level `geodata/`; the app imports it from there.
		alias: { $geodata: 'geodata' },
		adapter: adapter({ pages: buildDir, assets: buildDir }),
		prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
		typescript: {
			// Type-check the Node scripts too (geodata build, static server).
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts');
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self'],
				// SvelteKit's route announcer (<div id="svelte-announcer" style="…">) is the only
				// inline style attribute; this hash allows exactly that one. If a SvelteKit upgrade
				// changes it, the browser test fails on the CSP console error.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
