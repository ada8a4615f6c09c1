import { checkOutlookCodes, loadOutlook } from '$lib/data/outlook';
import type { Geodata } from '$lib/data/types';

type AnalysisModule = typeof import('$lib/analysis');

export interface LoadedAnalysis {
	api: AnalysisModule;
	context: import('$lib/analysis').AnalysisContext;
}

const loaded = new WeakMap<Geodata, Promise<LoadedAnalysis>>();

/** A macrotask later, so that the panel asking for the analysis paints first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The analysis module and its context, built once per page for the loaded geodata, when
 * first asked for: the module (with Turf), `outlook.json` (the 2025 base and the IPSS
 * projections) and the context stay off the initial load path.
 */
export function loadAnalysis(geodata: Geodata): Promise<LoadedAnalysis> {
	let pending = loaded.get(geodata);
	if (pending === undefined) {
		const codes = new Set(geodata.municipalities.municipalities.map((m) => m.code));
		pending = Promise.all([import('$lib/analysis'), loadOutlook()]).then(async ([api, outlook]) => {
			checkOutlookCodes(outlook, codes);
			await nextTask();
			const context = api.createAnalysisContext({
				municipalities: geodata.municipalities,
				spheres: geodata.spheres,
				topology: geodata.topology,
				outlook
			});
			return { api, context };
		});
		loaded.set(geodata, pending);
		// A failure is not cached: the next panel to ask tries again.
		pending.catch(() => loaded.delete(geodata));
	}
	return pending;
}
