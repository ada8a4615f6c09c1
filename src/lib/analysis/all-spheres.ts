import type { SphereKind } from '../data/types';
import type { AnalysisContext } from './context';
import { analyseSphere, type SphereAnalysis, type SphereAnalysisOptions } from './sphere';

export interface AllSpheresOptions extends SphereAnalysisOptions {
	kind?: SphereKind;
}

/**
 * Aggregates and eligibility of every sphere (of one kind, when given). Hot path of the
 * overview and of benchmarks: everything per municipality comes precomputed from the context.
 */
export function analyseAllSpheres(
	context: AnalysisContext,
	options: AllSpheresOptions = {}
): SphereAnalysis[] {
	const spheres =
		options.kind === undefined ? context.spheres : context.spheres.filter((s) => s.kind === options.kind);
	return spheres.map((sphere) => analyseSphere(context, sphere, options));
}
