import type { Sphere, SphereKind, SphereMember } from '../../data/types';
import { activeSpheres, isMemberActive, sphereStartDate } from '../as-of';

/** The spheres one municipality belongs to on the as-of date. */
export interface MunicipalitySpheres {
	renkei: string[];
	teiju: string[];
	/** How many of these memberships are undated (see UNDATED_MEMBERSHIP_RULE). */
	undated: number;
}

export interface MembershipOptions {
	asOf: string;
	includePrefecturalBasis: boolean;
}

export function isUndatedMembership(sphere: Sphere, member: SphereMember): boolean {
	return member.joinedOn === null && sphereStartDate(sphere) === null;
}

/** Municipality code → its spheres on the date; municipalities in no sphere are absent. */
export function spheresByMunicipality(
	spheres: readonly Sphere[],
	options: MembershipOptions
): Map<string, MunicipalitySpheres> {
	const byCode = new Map<string, MunicipalitySpheres>();
	for (const sphere of activeSpheres(spheres, options.asOf)) {
		for (const member of sphere.members) {
			if (!isMemberActive(sphere, member, options.asOf)) continue;
			if (!options.includePrefecturalBasis && member.basis === 'prefectural') continue;
			const entry = byCode.get(member.code) ?? { renkei: [], teiju: [], undated: 0 };
			entry[sphere.kind].push(sphere.id);
			if (isUndatedMembership(sphere, member)) entry.undated += 1;
			byCode.set(member.code, entry);
		}
	}
	return byCode;
}

export interface ActiveSphereCount {
	spheres: number;
	/** Centre cities of those spheres (two for a 複眼型 sphere). */
	centres: number;
}

/** Spheres of each kind active on the date, with their centres. */
export function activeSphereCounts(
	spheres: readonly Sphere[],
	asOf: string
): Record<SphereKind, ActiveSphereCount> {
	const counts: Record<SphereKind, ActiveSphereCount> = {
		renkei: { spheres: 0, centres: 0 },
		teiju: { spheres: 0, centres: 0 }
	};
	for (const sphere of activeSpheres(spheres, asOf)) {
		const activeCentres = sphere.members.filter(
			(member) => member.role === 'centre' && isMemberActive(sphere, member, asOf)
		);
		counts[sphere.kind].spheres += 1;
		counts[sphere.kind].centres += activeCentres.length;
	}
	return counts;
}
