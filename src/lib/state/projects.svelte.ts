import type { ModelProject } from '$lib/data/projects-types';
import type { ProjectView } from '$lib/map/projects-layer';
import { filterProjects, NO_FILTER, toProjectView, type ProjectFilter } from './project-filters';

/** The model-project view: filters, the selected project and whether the list is open. */
export class ProjectsState {
	filter = $state.raw<ProjectFilter>(NO_FILTER);
	selectedId = $state<string | null>(null);
	listOpen = $state(false);

	setFilter(patch: Partial<ProjectFilter>): void {
		this.filter = { ...this.filter, ...patch };
	}

	visible(projects: readonly ModelProject[]): ModelProject[] {
		return filterProjects(projects, this.filter);
	}

	view(projects: readonly ModelProject[]): ProjectView {
		return toProjectView(this.visible(projects), this.selectedId);
	}
}
