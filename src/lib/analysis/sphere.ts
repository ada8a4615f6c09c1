import type { MemberRole, Sphere, SphereKind } from '../data/types';
import { aggregateCodes, type Aggregate } from './aggregate';
import { activeMembers, isCalendarDate, isMemberActive, isSphereActive } from './as-of';
import type { CensusYear } from './census';
import { getSphere, type AnalysisContext } from './context';
import { evaluateEligibility } from './eligibility/evaluate';
import type { EligibilityResult } from './eligibility/criterion';
import { AnalysisInputError } from './errors';
import type { CommutingIndex } from './commuting';
import type { EligibilityParameters } from './rules';

export interface AnalysisOptions {
	census?: CensusYear;
	parameters?: Partial<EligibilityParameters>;
	/** Merge the outline (default true). */
	outline?: boolean;
	/** The commuting table: with it each member gets its commuting share to the centre. */
	commuting?: CommutingIndex;
}

export interface SphereAnalysisOptions extends AnalysisOptions {
	/** "YYYY-MM-DD"; without it every listed member counts. */
	asOf?: string | null;
}

export interface SphereMembership {
	asOf: string | null;
	active: boolean;
	/** Centres first, then the other members, in source order. */
	codes: string[];
	centres: string[];
	members: string[];
}

/** A sphere being edited: any kind, any centres, any members (centres included in `codes`). */
export interface DraftSphere {
	kind: SphereKind;
	centres: readonly string[];
	codes: readonly string[];
}

export interface DraftAnalysis {
	aggregate: Aggregate;
	eligibility: EligibilityResult;
}

export interface SphereAnalysis {
	sphere: Pick<Sphere, 'id' | 'kind' | 'name' | 'endedOn' | 'membersPartial'>;
	membership: SphereMembership;
	aggregate: Aggregate;
	/** null when the sphere does not exist on the as-of date. */
	eligibility: EligibilityResult | null;
}

export function assertAsOf(asOf: string): void {
	if (!isCalendarDate(asOf)) {
		throw new AnalysisInputError(`Invalid date "${asOf}" (expected a real calendar date, YYYY-MM-DD)`);
	}
}

export function sphereMembership(sphere: Sphere, asOf: string | null = null): SphereMembership {
	if (asOf !== null) assertAsOf(asOf);
	const active = asOf === null || isSphereActive(sphere, asOf);
	const listed = asOf === null ? sphere.members : active ? activeMembers(sphere, asOf) : [];
	const listedCodes = new Set(listed.map((member) => member.code));
	const centres = sphere.centres.filter((code) => listedCodes.has(code));
	const members = listed.map((member) => member.code).filter((code) => !centres.includes(code));
	return { asOf, active, codes: [...centres, ...members], centres, members };
}

/** Statistics and eligibility of a draft: the call a what-if panel makes after each edit. */
export function analyseDraft(
	context: AnalysisContext,
	draft: DraftSphere,
	options: AnalysisOptions = {}
): DraftAnalysis {
	const aggregate = aggregateCodes(context, draft.codes, { ...options, centres: draft.centres });
	const eligibility = evaluateEligibility(
		context,
		{
			kind: draft.kind,
			centres: draft.centres,
			members: aggregate.codes.filter((code) => !draft.centres.includes(code))
		},
		options
	);
	return { aggregate, eligibility };
}

export function analyseSphere(
	context: AnalysisContext,
	sphereOrId: Sphere | string,
	options: SphereAnalysisOptions = {}
): SphereAnalysis {
	const sphere = typeof sphereOrId === 'string' ? getSphere(context, sphereOrId) : sphereOrId;
	const membership = sphereMembership(sphere, options.asOf ?? null);
	const summary = {
		id: sphere.id,
		kind: sphere.kind,
		name: sphere.name,
		endedOn: sphere.endedOn,
		membersPartial: sphere.membersPartial
	};
	if (!membership.active) {
		const aggregate = aggregateCodes(context, [], options);
		return { sphere: summary, membership, aggregate, eligibility: null };
	}
	const draft = { kind: sphere.kind, centres: membership.centres, codes: membership.codes };
	return { sphere: summary, membership, ...analyseDraft(context, draft, options) };
}

export interface SphereRole {
	sphere: Sphere;
	role: MemberRole;
}

/** Spheres listing `code` (as of a date, when given). */
export function spheresContaining(
	context: AnalysisContext,
	code: string,
	asOf: string | null = null
): SphereRole[] {
	if (asOf !== null) assertAsOf(asOf);
	const roles: SphereRole[] = [];
	for (const sphere of context.spheres) {
		const member = sphere.members.find((m) => m.code === code);
		if (member === undefined) continue;
		if (asOf !== null && !isMemberActive(sphere, member, asOf)) continue;
		roles.push({ sphere, role: member.role });
	}
	return roles;
}

/** Spheres of any kind that `code` leads (as of a date, when given). */
export function spheresLedBy(context: AnalysisContext, code: string, asOf: string | null = null): Sphere[] {
	return spheresContaining(context, code, asOf)
		.filter(({ sphere }) => sphere.centres.includes(code))
		.map(({ sphere }) => sphere);
}
