import type { ModelProject } from '$lib/data/projects-types';
import type { Sphere } from '$lib/data/types';
import { activeMembers } from '$lib/analysis/as-of';

/** A sphere one or more bodies of a project belong to (as of a date). */
export interface SphereOfProject {
	sphere: Sphere;
	/** The project's municipal bodies that are members of it. */
	codes: string[];
}

/** Member codes of each sphere current at `asOf` (members joined by then). */
export function activeMembership(spheres: readonly Sphere[], asOf: string): Map<string, Set<string>> {
	const bySphere = new Map<string, Set<string>>();
	for (const sphere of spheres) {
		const members = activeMembers(sphere, asOf);
		if (members.length > 0) bySphere.set(sphere.id, new Set(members.map((m) => m.code)));
	}
	return bySphere;
}

/** Spheres that any municipal body of the project belongs to, in sphere order. */
export function spheresOfProject(
	project: ModelProject,
	spheres: readonly Sphere[],
	membership: ReadonlyMap<string, ReadonlySet<string>>
): SphereOfProject[] {
	const result: SphereOfProject[] = [];
	for (const sphere of spheres) {
		const members = membership.get(sphere.id);
		if (!members) continue;
		const codes = project.bodies
			.filter((b) => b.level === 'municipality' && members.has(b.code))
			.map((b) => b.code);
		if (codes.length > 0) result.push({ sphere, codes });
	}
	return result;
}

/** Model projects with any municipal body among the sphere's members (as of the membership date). */
export function projectsInSphere(
	sphereId: string,
	projects: readonly ModelProject[],
	membership: ReadonlyMap<string, ReadonlySet<string>>
): { project: ModelProject; codes: string[] }[] {
	const members = membership.get(sphereId);
	if (!members) return [];
	const result: { project: ModelProject; codes: string[] }[] = [];
	for (const project of projects) {
		const codes = project.bodies
			.filter((b) => b.level === 'municipality' && members.has(b.code))
			.map((b) => b.code);
		if (codes.length > 0) result.push({ project, codes });
	}
	return result;
}
