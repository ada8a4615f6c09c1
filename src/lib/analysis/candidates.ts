import type { Sphere, SphereKind } from '../data/types';
import { isSphereActive } from './as-of';
import { DEFAULT_CENSUS_YEAR, type CensusYear } from './census';
import type { AnalysisContext } from './context';
import type { EligibilityResult } from './eligibility/criterion';
import { evaluateCentre, evaluatePair, type EligibilityOptions } from './eligibility/evaluate';
import { isCity } from './eligibility/measures';
import { assertAsOf } from './sphere';

export interface CandidateOptions extends EligibilityOptions {
	/** Which spheres count as led: those active on this date; by default those not ended. */
	asOf?: string | null;
}

export interface LedSphere {
	id: string;
	kind: SphereKind;
	name: string;
	centres: string[];
}

export interface Candidate {
	/** One city, or the two cities of a pair. */
	codes: string[];
	names: string[];
	eligibility: EligibilityResult;
	/** Spheres of either kind led by any of `codes`. */
	leads: LedSphere[];
	/** For a pair: those of its cities that meet the single-centre criteria on their own. */
	meetSingly: string[];
}

export interface CandidateReport {
	kind: SphereKind;
	census: CensusYear;
	asOf: string | null;
	/** Cities meeting the single-centre criteria (verdict pass or near). */
	single: Candidate[];
	/** Adjacent city pairs meeting the two-city / 複眼型 criteria (verdict pass or near). */
	pairs: Candidate[];
	/** Centres of existing spheres of this kind whose own route fails on our data. */
	leadersFailing: Candidate[];
}

const meets = (result: EligibilityResult): boolean => result.verdict !== 'fail';

function currentSpheres(context: AnalysisContext, asOf: string | null): Sphere[] {
	return context.spheres.filter((sphere) =>
		asOf === null ? sphere.endedOn === null : isSphereActive(sphere, asOf)
	);
}

function ledSpheres(spheres: readonly Sphere[], codes: readonly string[]): LedSphere[] {
	return spheres
		.filter((sphere) => sphere.centres.some((code) => codes.includes(code)))
		.map(({ id, kind, name, centres }) => ({ id, kind, name, centres }));
}

function adjacentCityPairs(context: AnalysisContext): [string, string][] {
	const pairs: [string, string][] = [];
	for (const [code, municipality] of context.municipalities) {
		if (!isCity(municipality)) continue;
		for (const other of context.neighboursByCode.get(code) ?? []) {
			const neighbour = context.municipalities.get(other);
			if (other > code && neighbour !== undefined && isCity(neighbour)) pairs.push([code, other]);
		}
	}
	return pairs.sort(([a1, b1], [a2, b2]) => a1.localeCompare(a2) || b1.localeCompare(b2));
}

/** Every city, and every adjacent city pair, that meets the centre criteria of `kind`. */
export function findCandidates(
	context: AnalysisContext,
	kind: SphereKind,
	options: CandidateOptions = {}
): CandidateReport {
	const asOf = options.asOf ?? null;
	if (asOf !== null) assertAsOf(asOf);
	const spheres = currentSpheres(context, asOf);
	const meetingSingly = new Set<string>();
	const candidate = (codes: string[], eligibility: EligibilityResult): Candidate => ({
		codes,
		names: codes.map((code) => context.municipalities.get(code)?.name ?? code),
		eligibility,
		leads: ledSpheres(spheres, codes),
		meetSingly: codes.length === 2 ? codes.filter((code) => meetingSingly.has(code)) : []
	});

	const single: Candidate[] = [];
	for (const code of [...context.municipalities.keys()].sort()) {
		const eligibility = evaluateCentre(context, kind, code, options);
		if (!meets(eligibility)) continue;
		meetingSingly.add(code);
		single.push(candidate([code], eligibility));
	}
	const pairs: Candidate[] = [];
	for (const codes of adjacentCityPairs(context)) {
		const eligibility = evaluatePair(context, kind, codes, options);
		if (meets(eligibility)) pairs.push(candidate([...codes], eligibility));
	}
	const leadersFailing: Candidate[] = [];
	for (const sphere of spheres.filter((s) => s.kind === kind)) {
		const { centres } = sphere;
		if (centres.length !== 1 && centres.length !== 2) continue;
		const eligibility =
			centres.length === 1
				? evaluateCentre(context, kind, centres[0], options)
				: evaluatePair(context, kind, [centres[0], centres[1]], options);
		if (!meets(eligibility)) leadersFailing.push(candidate([...centres], eligibility));
	}
	return { kind, census: options.census ?? DEFAULT_CENSUS_YEAR, asOf, single, pairs, leadersFailing };
}
