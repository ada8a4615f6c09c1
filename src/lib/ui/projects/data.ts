import type { ModelProject, ProjectTable } from '$lib/data/projects-types';
import type { Geodata, Sphere } from '$lib/data/types';
import { PROJECT_KIND_LABELS, type ProjectKind } from '$lib/map/projects-kinds';
import type { CensusSum } from './comparison';
import { activeMembership } from './spheres';

/** What the project components read, built once from the geodata. */
export interface ProjectsData {
	table: ProjectTable;
	projects: readonly ModelProject[];
	byId: ReadonlyMap<string, ModelProject>;
	kindLabels: ReadonlyMap<ProjectKind, string>;
	spheres: readonly Sphere[];
	/** The sphere data's as-of date: memberships are taken on it. */
	asOf: string;
	membership: ReadonlyMap<string, ReadonlySet<string>>;
	/**
	 * Σ 2015 population and Σ official area of the codes: the same sums aggregateCodes makes on
	 * the 2015 basis, taken from the table so the analysis module (and Turf) stays off this path.
	 */
	sum2015(codes: string[]): CensusSum;
}

export function buildProjectsData(geodata: Geodata, table: ProjectTable): ProjectsData {
	const asOf = geodata.manifest.asOf.spheres;
	const spheres = geodata.spheres.spheres;
	const kindLabels = new Map(Object.entries(PROJECT_KIND_LABELS) as [ProjectKind, string][]);
	const byCode = new Map(geodata.municipalities.municipalities.map((m) => [m.code, m]));
	return {
		table,
		projects: table.projects,
		byId: new Map(table.projects.map((p) => [p.id, p])),
		kindLabels,
		spheres,
		asOf,
		membership: activeMembership(spheres, asOf),
		sum2015(codes) {
			const members = codes.flatMap((code) => byCode.get(code) ?? []);
			return {
				population: members.reduce((sum, m) => sum + m.pop2015, 0),
				// Rounded as aggregateCodes rounds official areas: to 0.01 km².
				areaKm2: Math.round(members.reduce((sum, m) => sum + m.areaKm2, 0) * 100) / 100
			};
		}
	};
}
