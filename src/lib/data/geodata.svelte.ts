import { loadGeodataOnce } from './load';
import type { Geodata } from './types';

/**
 * A page's view of the geodata: null until loaded, or the reason it could not be. The
 * model projects come with it (`data.projects`, validated against the municipalities), so
 * no page fetches projects.json a second time.
 */
export class GeodataSource {
	/** $state.raw: the geodata is large and must not be wrapped in deep proxies. */
	data = $state.raw<Geodata | null>(null);
	failure = $state<string | null>(null);

	load(): Promise<Geodata | null> {
		return loadGeodataOnce().then(
			(loaded) => (this.data = loaded),
			(error: unknown) => {
				this.failure = error instanceof Error ? error.message : String(error);
				return null;
			}
		);
	}
}
