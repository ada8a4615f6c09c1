/** What the draft panel derives from a draft with the analysis module: figures, warnings, comparison. */
import type { DraftAnalysis } from '$lib/analysis';
import type { CommutingIndex } from '$lib/analysis/commuting';
import type { LoadedAnalysis } from '../analysis/load-analysis';
import type { Draft } from '$lib/drafts/model';
import type { SharedDraft } from '$lib/drafts/share';

export interface Comparison {
	sphereName: string;
	original: { population: number; areaKm2: number; members: number };
	draft: { population: number; areaKm2: number; members: number };
	added: string[];
	removed: string[];
	outline: GeoJSON.MultiPolygon;
}

export interface ContiguityWarning {
	codes: string[];
	/** One municipality alone: "not adjacent to any member". */
	single: boolean;
}

export function analyse(
	loaded: LoadedAnalysis,
	draft: Draft | SharedDraft,
	options: {
		census: 2015 | 2020;
		parameters: { renkeiRatioTolerance: number; commutingTolerance: number };
		commuting?: CommutingIndex;
	}
): DraftAnalysis | null {
	if (draft.codes.length === 0) return null;
	return loaded.api.analyseDraft(loaded.context, draft, options);
}

/** Every part but the principal one is cut off from it. */
export function contiguityWarnings(analysis: DraftAnalysis): ContiguityWarning[] {
	return analysis.aggregate.parts
		.slice(1)
		.map((part) => ({ codes: part.codes, single: part.codes.length === 1 }));
}

type OriginalAggregate = ReturnType<LoadedAnalysis['api']['aggregateCodes']> & { memberCodes: string[] };
// The original sphere does not change while its copy is edited: merge its outline once.
const originals = new WeakMap<LoadedAnalysis, Map<string, OriginalAggregate>>();

function originalAggregate(loaded: LoadedAnalysis, sphereId: string, asOf: string, census: 2015 | 2020) {
	let cache = originals.get(loaded);
	if (cache === undefined) originals.set(loaded, (cache = new Map()));
	const key = `${sphereId}|${asOf}|${census}`;
	let found = cache.get(key);
	if (found === undefined) {
		const sphere = loaded.context.spheresById.get(sphereId);
		if (sphere === undefined) return null;
		const active = loaded.api.sphereMembership(sphere, asOf);
		const memberCodes = active.codes.length > 0 ? active.codes : loaded.api.sphereMembership(sphere).codes;
		found = { ...loaded.api.aggregateCodes(loaded.context, memberCodes, { census }), memberCodes };
		cache.set(key, found);
	}
	return found;
}

export function compareWithOriginal(
	loaded: LoadedAnalysis,
	draft: Draft,
	analysis: DraftAnalysis | null,
	asOf: string,
	census: 2015 | 2020
): Comparison | null {
	if (draft.originSphereId === null) return null;
	const sphere = loaded.context.spheresById.get(draft.originSphereId);
	const original = originalAggregate(loaded, draft.originSphereId, asOf, census);
	if (sphere === undefined || original === null) return null;
	const codes = original.memberCodes;
	const draftCodes = new Set(draft.codes);
	const originalCodes = new Set(codes);
	return {
		sphereName: sphere.name,
		original: {
			population: original.population,
			areaKm2: original.areaOfficialKm2,
			members: original.memberCount
		},
		draft: {
			population: analysis?.aggregate.population ?? 0,
			areaKm2: analysis?.aggregate.areaOfficialKm2 ?? 0,
			members: analysis?.aggregate.memberCount ?? 0
		},
		added: draft.codes.filter((code) => !originalCodes.has(code)),
		removed: codes.filter((code) => !draftCodes.has(code)),
		outline: original.outline ?? { type: 'MultiPolygon', coordinates: [] }
	};
}
