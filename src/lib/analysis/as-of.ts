import type { PartialDate, Sphere, SphereMember } from '../data/types';

/**
 * As-of rules. A partial date counts from the start of its month or year ("2009-08" →
 * 2009-08-01). A sphere exists from its first 協約/協定, or, where that date is unknown, from
 * its 宣言 (then its vision); a sphere with no date at all is treated as existing on every
 * day, and reported as undated. It ends on its end date. A member with no date of its own
 * is taken to have joined when its sphere started.
 */
export function startOfPartialDate(date: PartialDate): string {
	if (date.length === 4) return `${date}-01-01`;
	if (date.length === 7) return `${date}-01`;
	return date;
}

export function sphereStartDate(sphere: Sphere): PartialDate | null {
	return sphere.agreementOn ?? sphere.declaredOn ?? sphere.visionOn;
}

/** `asOf` is a full ISO date "YYYY-MM-DD". */
export function isSphereActive(sphere: Sphere, asOf: string): boolean {
	const start = sphereStartDate(sphere);
	if (start !== null && startOfPartialDate(start) > asOf) return false;
	if (sphere.endedOn !== null && startOfPartialDate(sphere.endedOn) <= asOf) return false;
	return true;
}

export function isMemberActive(sphere: Sphere, member: SphereMember, asOf: string): boolean {
	if (!isSphereActive(sphere, asOf)) return false;
	return member.joinedOn === null || startOfPartialDate(member.joinedOn) <= asOf;
}

export function activeSpheres(spheres: readonly Sphere[], asOf: string): Sphere[] {
	return spheres.filter((sphere) => isSphereActive(sphere, asOf));
}

export function activeMembers(sphere: Sphere, asOf: string): SphereMember[] {
	return sphere.members.filter((member) => isMemberActive(sphere, member, asOf));
}

/** True for a real calendar date written "YYYY-MM-DD" (so "2019-02-30" is false). */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (match === null) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
