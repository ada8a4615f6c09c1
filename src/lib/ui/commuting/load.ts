import type { CommutingIndex } from '$lib/analysis/commuting';
import type { UeaIndex } from '$lib/analysis/uea';

export interface LoadedCommuting {
	index: CommutingIndex;
	uea: UeaIndex;
}

let pending: Promise<LoadedCommuting> | undefined;

/**
 * The commuting table and the UEA list, fetched and indexed once per page when a view first
 * asks; nothing here runs in the first view. A failure is not cached.
 */
export function loadCommuting(): Promise<LoadedCommuting> {
	pending ??= Promise.all([
		import('$lib/data/commuting-load'),
		import('$lib/analysis/commuting'),
		import('$lib/analysis/uea')
	])
		.then(async ([data, commuting, uea]) => {
			const loaded = await data.loadCommutingDataOnce();
			return { index: commuting.indexCommuting(loaded.commuting), uea: uea.indexUea(loaded.uea) };
		})
		.catch((error: unknown) => {
			pending = undefined;
			throw error;
		});
	return pending;
}
