/**
 * Do the official spheres follow real commuting? Each sphere against its centre's 10% area
 * (2020 census OD) and its centre's 都市雇用圏 (CSIS UEA 2020).
 */
import type { Sphere, SphereKind } from '../../data/types';
import { isOriginCovered, type CommutingIndex } from '../commuting';
import { tenPercentArea } from '../commuting-candidates';
import type { AnalysisContext } from '../context';
import { sphereMembership } from '../sphere';
import { ueaMembers, type UeaIndex } from '../uea';

export interface CommutingMatch {
	id: string;
	name: string;
	kind: SphereKind;
	centres: string[];
	/** Every member, centres included, as of the date. */
	members: string[];
	/** Members whose prefecture has no commuting data: left out of every comparison. */
	notCheckable: string[];
	tenPercent: string[];
	/** UEA zones holding a centre (ids). */
	ueaZones: string[];
	uea: string[];
	outsideTenPercent: string[];
	outsideUea: string[];
	/** Members in neither the 10% area nor the UEA. */
	outsideBoth: string[];
	/** Municipalities of the 10% area that are not members. */
	tenPercentLeftOut: string[];
	ueaLeftOut: string[];
	/** |members ∩ area| / |members ∪ area|. */
	jaccardTenPercent: number;
	/** null when no centre is in a UEA. */
	jaccardUea: number | null;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	const union = new Set([...a, ...b]);
	if (union.size === 0) return 0;
	return [...a].filter((code) => b.has(code)).length / union.size;
}

const without = (codes: readonly string[], set: ReadonlySet<string>) =>
	codes.filter((code) => !set.has(code));

export function compareWithCommuting(
	context: AnalysisContext,
	index: CommutingIndex,
	uea: UeaIndex,
	sphere: Sphere,
	asOf: string | null = null
): CommutingMatch {
	const membership = sphereMembership(sphere, asOf);
	const listed = membership.codes.filter((code) => !context.hoppoCodes.has(code));
	const notCheckable = listed.filter((code) => !isOriginCovered(index, code));
	const members = listed.filter((code) => isOriginCovered(index, code));
	const centres = membership.centres;
	const tenPercent = tenPercentArea(index, centres);
	const zones = [...new Set(centres.flatMap((code) => uea.zoneOf.get(code) ?? []))];
	const ueaCodes = zones.flatMap(ueaMembers);
	const memberSet = new Set(members);
	const tenSet = new Set(tenPercent);
	const ueaSet = new Set(ueaCodes);
	return {
		id: sphere.id,
		name: sphere.name,
		kind: sphere.kind,
		centres,
		members: listed,
		notCheckable,
		tenPercent,
		ueaZones: zones.map((zone) => zone.id),
		uea: ueaCodes,
		outsideTenPercent: without(members, tenSet),
		outsideUea: without(members, ueaSet),
		outsideBoth: without(without(members, tenSet), ueaSet),
		tenPercentLeftOut: without(tenPercent, memberSet),
		ueaLeftOut: without(ueaCodes, memberSet),
		jaccardTenPercent: jaccard(memberSet, tenSet),
		jaccardUea: zones.length === 0 ? null : jaccard(memberSet, ueaSet)
	};
}

/** Every sphere active on the date (or not ended, without one), in list order. */
export function commutingMatchTable(
	context: AnalysisContext,
	index: CommutingIndex,
	uea: UeaIndex,
	asOf: string | null = null
): CommutingMatch[] {
	return context.spheres
		.filter((sphere) => (asOf === null ? sphere.endedOn === null : sphereMembership(sphere, asOf).active))
		.map((sphere) => compareWithCommuting(context, index, uea, sphere, asOf));
}

export const COMMUTING_MATCH_COLUMNS = [
	'sphere_id',
	'name',
	'kind',
	'centres',
	'members',
	'ten_percent_area',
	'uea_zones',
	'outside_ten_percent',
	'outside_uea',
	'outside_both',
	'ten_percent_left_out',
	'uea_left_out',
	'jaccard_ten_percent',
	'jaccard_uea',
	'not_checkable'
] as const;

/** One CSV row per sphere, in COMMUTING_MATCH_COLUMNS order (lists joined by the CSV writer). */
export function commutingMatchRow(match: CommutingMatch): (string | number | null | readonly string[])[] {
	return [
		match.id,
		match.name,
		match.kind,
		match.centres,
		match.members.length,
		match.tenPercent.length,
		match.ueaZones,
		match.outsideTenPercent,
		match.outsideUea,
		match.outsideBoth,
		match.tenPercentLeftOut,
		match.ueaLeftOut,
		Number(match.jaccardTenPercent.toFixed(3)),
		match.jaccardUea === null ? null : Number(match.jaccardUea.toFixed(3)),
		match.notCheckable
	];
}
