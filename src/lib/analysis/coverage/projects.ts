import type { ModelProject } from '../../data/projects-types';

export interface ProjectCounts {
	projects: number;
	kankeiProjects: number;
	koikiProjects: number;
}

const NO_PROJECTS: ProjectCounts = { projects: 0, kankeiProjects: 0, koikiProjects: 0 };

/**
 * Prefectures a project involves: those of its bodies, lead or partner. A body's code is
 * the 2-digit prefecture code or a 5-digit municipality code, which starts with it.
 */
export function projectPrefectures(project: ModelProject): Set<string> {
	return new Set(project.bodies.map((body) => body.code.slice(0, 2)));
}

function addProject(counts: ProjectCounts, project: ModelProject): ProjectCounts {
	return {
		projects: counts.projects + 1,
		kankeiProjects: counts.kankeiProjects + (project.programme === 'kankei' ? 1 : 0),
		koikiProjects: counts.koikiProjects + (project.programme === 'koiki' ? 1 : 0)
	};
}

/** Per prefecture (see PROJECT_COUNTING_RULE); prefectures without a project are absent. */
export function projectCountsByPrefecture(projects: readonly ModelProject[]): Map<string, ProjectCounts> {
	const byPrefecture = new Map<string, ProjectCounts>();
	for (const project of projects) {
		for (const prefCode of projectPrefectures(project)) {
			byPrefecture.set(prefCode, addProject(byPrefecture.get(prefCode) ?? NO_PROJECTS, project));
		}
	}
	return byPrefecture;
}

/** Every project once. */
export function nationalProjectCounts(projects: readonly ModelProject[]): ProjectCounts {
	return projects.reduce(addProject, NO_PROJECTS);
}

export function projectCountsOrEmpty(counts: ProjectCounts | undefined): ProjectCounts {
	return counts ?? NO_PROJECTS;
}
