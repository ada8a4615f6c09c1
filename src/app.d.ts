// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	interface Window {
		/** The front page's map instance, exposed for the browser tests only. */
		__atlasMap?: MapLibreMap;
	}
}

export {};
