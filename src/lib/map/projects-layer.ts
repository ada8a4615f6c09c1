import type { ProjectGeometry } from './projects-geometry';
import type { ProjectFeatureState } from './style/projects';

/** What the projects layer shows: the ids passing the filters and the selected project. */
export interface ProjectView {
	visibleIds: ReadonlySet<string>;
	highlightId: string | null;
}

/** Feature-state rows of the drawn project features for a view: hidden by the filters, or highlighted. */
export function projectRows(
	geometry: ProjectGeometry,
	view: ProjectView
): Map<number, Required<ProjectFeatureState>> {
	const rows = new Map<number, Required<ProjectFeatureState>>();
	for (const [projectId, ids] of geometry.featureIds) {
		const row = { hidden: !view.visibleIds.has(projectId), highlight: projectId === view.highlightId };
		for (const id of ids) rows.set(id, row);
	}
	return rows;
}
