/**
 * "Which scheme covers me": each municipality's coverage on a date, for the municipal map
 * of the Researcher view, and the eligible centre cities that lead no sphere on that date.
 */
import type { Sphere } from '../../data/types';
import { isSphereActive } from '../as-of';
import type { Candidate } from '../candidates';
import { spheresByMunicipality, type MembershipOptions } from '../coverage/memberships';

/** Municipalities in no sphere are absent from the map `coverageSchemes` returns. */
export type CoverageScheme = 'renkei' | 'teiju' | 'both';
export const COVERAGE_SCHEMES = ['renkei', 'teiju', 'both', 'none'] as const;
export type CoverageSchemeOrNone = (typeof COVERAGE_SCHEMES)[number];

export interface MunicipalityScheme {
	scheme: CoverageScheme;
	/** Spheres of either kind the municipality is in on the date. */
	sphereCount: number;
}

export function coverageSchemes(
	spheres: readonly Sphere[],
	options: MembershipOptions
): Map<string, MunicipalityScheme> {
	const schemes = new Map<string, MunicipalityScheme>();
	for (const [code, entry] of spheresByMunicipality(spheres, options)) {
		const renkei = entry.renkei.length > 0;
		const teiju = entry.teiju.length > 0;
		if (!renkei && !teiju) continue;
		const scheme: CoverageScheme = renkei && teiju ? 'both' : renkei ? 'renkei' : 'teiju';
		schemes.set(code, { scheme, sphereCount: entry.renkei.length + entry.teiju.length });
	}
	return schemes;
}

/**
 * Candidates (from `findCandidates`, whose eligibility does not depend on the date) none
 * of whose cities is a centre of a sphere of either kind active on `asOf`.
 */
export function candidatesWithoutSphere(
	candidates: readonly Candidate[],
	spheres: readonly Sphere[],
	asOf: string
): Candidate[] {
	const leading = new Set(
		spheres.filter((sphere) => isSphereActive(sphere, asOf)).flatMap((sphere) => sphere.centres)
	);
	return candidates.filter((candidate) => candidate.codes.every((code) => !leading.has(code)));
}
