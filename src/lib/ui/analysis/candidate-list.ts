import type { Candidate, CandidateReport } from '$lib/analysis/candidates';
import type { SphereKind } from '$lib/data/types';

export interface CandidateLists {
	single: Candidate[];
	pairs: Candidate[];
	leadersFailing: Candidate[];
}

/** True when none of the candidate's cities leads a sphere of `kind`. */
export function leadsNoSphereOf(candidate: Pick<Candidate, 'leads'>, kind: SphereKind): boolean {
	return candidate.leads.every((sphere) => sphere.kind !== kind);
}

/** The report's lists, optionally without candidates already leading a sphere of its kind. */
export function candidateLists(report: CandidateReport, withoutSphereOnly: boolean): CandidateLists {
	const keep = (candidate: Candidate) => !withoutSphereOnly || leadsNoSphereOf(candidate, report.kind);
	return {
		single: report.single.filter(keep),
		pairs: report.pairs.filter(keep),
		// Existing centres: they lead a sphere by definition, and the filter would hide them all.
		leadersFailing: withoutSphereOnly ? [] : report.leadersFailing
	};
}

/** Every municipality code named by the listed candidates, once each, for the map highlight. */
export function highlightedCodes(lists: CandidateLists): string[] {
	const codes = new Set<string>();
	for (const candidate of [...lists.single, ...lists.pairs]) {
		for (const code of candidate.codes) codes.add(code);
	}
	return [...codes];
}
