import type { AnalysisContext, CandidateReport } from '$lib/analysis';
import type { SphereKind } from '$lib/data/types';
import type { CensusYear } from '$lib/analysis/census';
import type { LoadedAnalysis } from './load-analysis';

/** findCandidates takes a few hundred ms: each answer is kept for the page's life. */
const reportsByContext = new WeakMap<AnalysisContext, Map<string, CandidateReport>>();

export function cachedCandidates(
	{ api, context }: LoadedAnalysis,
	kind: SphereKind,
	census: CensusYear,
	parameters: { renkeiRatioTolerance: number }
): CandidateReport {
	let reports = reportsByContext.get(context);
	if (reports === undefined) {
		reports = new Map();
		reportsByContext.set(context, reports);
	}
	const key = `${kind}|${census}|${parameters.renkeiRatioTolerance}`;
	let report = reports.get(key);
	if (report === undefined) {
		report = api.findCandidates(context, kind, { census, parameters });
		reports.set(key, report);
	}
	return report;
}
