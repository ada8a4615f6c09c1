import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ProjectGeometry } from './projects-geometry';
import type { ProjectFeatureState } from './projects-style';

/** What the projects layer shows: the ids passing the filters and the selected project. */
export interface ProjectView {
	visibleIds: ReadonlySet<string>;
	highlightId: string | null;
}

/**
 * Applies a ProjectView to the drawn project features through feature-state, touching
 * only the features whose state changes.
 */
export class ProjectsLayerState {
	#shown = new Map<number, Required<ProjectFeatureState>>();

	constructor(
		private readonly map: MapLibreMap,
		private readonly source: string,
		private readonly geometry: ProjectGeometry
	) {}

	apply(view: ProjectView): void {
		for (const [projectId, ids] of this.geometry.featureIds) {
			const next = {
				hidden: !view.visibleIds.has(projectId),
				highlight: projectId === view.highlightId
			};
			for (const id of ids) {
				const shown = this.#shown.get(id);
				if (shown && shown.hidden === next.hidden && shown.highlight === next.highlight) continue;
				this.map.setFeatureState({ source: this.source, id }, next);
				this.#shown.set(id, next);
			}
		}
	}
}
