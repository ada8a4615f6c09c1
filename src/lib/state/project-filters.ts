import type { ModelProject, ProjectProgramme } from '$lib/data/projects-types';
import { projectKind, type ProjectKind } from '$lib/map/projects-kinds';
import type { ProjectView } from '$lib/map/projects-layer';

/** null in a field: no restriction. */
export interface ProjectFilter {
	programme: ProjectProgramme | null;
	/** Fiscal year label, e.g. "R1". */
	year: string | null;
	kind: ProjectKind | null;
	/** 2-digit prefecture code: projects with any body in it. */
	prefCode: string | null;
}

export const NO_FILTER: ProjectFilter = { programme: null, year: null, kind: null, prefCode: null };

export function bodyPrefCode(code: string): string {
	return code.slice(0, 2);
}

export function matchesFilter(project: ModelProject, filter: ProjectFilter): boolean {
	if (filter.programme !== null && project.programme !== filter.programme) return false;
	if (filter.year !== null && project.fiscalYearLabel !== filter.year) return false;
	if (filter.kind !== null && projectKind(project) !== filter.kind) return false;
	if (filter.prefCode !== null && !project.bodies.some((b) => bodyPrefCode(b.code) === filter.prefCode))
		return false;
	return true;
}

export function filterProjects(projects: readonly ModelProject[], filter: ProjectFilter): ModelProject[] {
	return projects.filter((project) => matchesFilter(project, filter));
}

/** Fiscal year labels present, in year order. */
export function yearOptions(projects: readonly ModelProject[]): string[] {
	const byLabel = new Map(projects.map((p) => [p.fiscalYearLabel, p.fiscalYear]));
	return [...byLabel].sort((a, b) => a[1] - b[1]).map(([label]) => label);
}

/** Prefecture codes with at least one body, ascending. */
export function prefectureOptions(projects: readonly ModelProject[]): string[] {
	return [...new Set(projects.flatMap((p) => p.bodies.map((b) => bodyPrefCode(b.code))))].sort();
}

/** Projects that name the municipality as a body (lead or partner). */
export function projectsOfMunicipality(projects: readonly ModelProject[], code: string): ModelProject[] {
	return projects.filter((project) => project.bodies.some((b) => b.code === code));
}

export type ProjectSortKey = 'year' | 'programme' | 'kind' | 'lead' | 'bodies';

export function sortProjects(
	projects: readonly ModelProject[],
	key: ProjectSortKey,
	descending: boolean
): ModelProject[] {
	const value = (p: ModelProject): string | number => {
		switch (key) {
			case 'year':
				return p.fiscalYear;
			case 'programme':
				return p.programme;
			case 'kind':
				return projectKind(p);
			case 'lead':
				return p.bodies[0].code;
			case 'bodies':
				return p.bodies.length;
		}
	};
	const sorted = [...projects].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
		return order || a.id.localeCompare(b.id);
	});
	return descending ? sorted.reverse() : sorted;
}

/** Municipal codes to fit the map to: the municipalities, and the whole of any prefecture body. */
export function projectFitCodes(
	project: ModelProject,
	municipalitiesOfPrefecture: (prefCode: string) => readonly { code: string }[]
): string[] {
	return project.bodies.flatMap((b) =>
		b.level === 'municipality' ? [b.code] : municipalitiesOfPrefecture(b.code).map((m) => m.code)
	);
}

/** What the map shows: the projects passing the filters, and the selected one. */
export function toProjectView(visible: readonly ModelProject[], selectedId: string | null): ProjectView {
	return { visibleIds: new Set(visible.map((p) => p.id)), highlightId: selectedId };
}
