import { AnalysisSettings } from './analysis-settings.svelte';
import { sameCamera } from './camera';
import { ProjectsState } from './projects.svelte';
import {
	defaultSnapshot,
	LAYER_IDS,
	sameSelection,
	type Camera,
	type ChoroplethChoice,
	type ExplorerSnapshot,
	type Lang,
	type LayerId,
	type LayerVisibility,
	type Selection
} from './types';

/**
 * The explorer's page state as runes. The URL is a view of its snapshot (explorer-url),
 * and the map is driven from it; neither holds state of its own. The fields after `lang`
 * are not in the URL: what is open, and the settings the panels share.
 */
export class ExplorerState {
	camera = $state.raw<Camera | null>(null);
	selection = $state.raw<Selection | null>(null);
	layers = $state.raw<LayerVisibility>(defaultSnapshot().layers);
	choropleth = $state.raw<ChoroplethChoice | null>(null);
	lang = $state<Lang>('ja');

	/** The prefecture whose municipalities are shown as a table. */
	tablePrefecture = $state<string | null>(null);
	candidatesOpen = $state(false);
	/** Municipalities the candidates list highlights on the map. */
	highlighted = $state.raw<string[]>([]);
	/** Why the map could not be shown. */
	mapFailure = $state<string | null>(null);
	readonly projects = new ProjectsState();
	/** One per page: the sphere panel, the candidates and the drafts answer the same question. */
	readonly analysis = new AnalysisSettings();

	constructor(initial: ExplorerSnapshot = defaultSnapshot()) {
		this.apply(initial);
	}

	snapshot(): ExplorerSnapshot {
		return {
			camera: this.camera,
			selection: this.selection,
			layers: { ...this.layers },
			choropleth: this.choropleth,
			lang: this.lang
		};
	}

	toJSON(): ExplorerSnapshot {
		return this.snapshot();
	}

	/** Replaces every field, keeping the old objects where nothing changed (fewer effects rerun). */
	apply(snapshot: ExplorerSnapshot): void {
		if (!sameCamera(this.camera, snapshot.camera)) this.camera = snapshot.camera;
		if (!sameSelection(this.selection, snapshot.selection)) this.selection = snapshot.selection;
		if (LAYER_IDS.some((id) => this.layers[id] !== snapshot.layers[id])) this.layers = { ...snapshot.layers };
		if (JSON.stringify(this.choropleth) !== JSON.stringify(snapshot.choropleth))
			this.choropleth = snapshot.choropleth;
		this.lang = snapshot.lang;
	}

	setLayer(id: LayerId, visible: boolean): void {
		if (this.layers[id] !== visible) this.layers = { ...this.layers, [id]: visible };
	}

	select(selection: Selection | null): void {
		if (!sameSelection(this.selection, selection)) this.selection = selection;
	}

	setCamera(camera: Camera): void {
		if (!sameCamera(this.camera, camera)) this.camera = camera;
	}
}
