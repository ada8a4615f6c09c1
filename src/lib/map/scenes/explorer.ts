/** The explorer's map: what the page shows, as props, and how the map follows them. */
import type { PaddingOptions } from 'maplibre-gl';
import { sameCamera } from '$lib/state/camera';
import {
	DEFAULT_LAYERS,
	LAYER_IDS,
	type Camera,
	type LayerVisibility,
	type Selection
} from '$lib/state/types';
import { NO_DATA_COLOUR } from '../choropleth';
import { RENKEI_FILL_OPACITY, RENKEI_FILL_OPACITY_OVER_CHOROPLETH } from '../colours';
import { flagRows, type FeatureStateJoin } from '../kernel/join';
import type { FeatureHit, MapKernel } from '../kernel/kernel';
import type { SceneDefinition } from '../kernel/scene';
import { projectRows, type ProjectView } from '../projects-layer';
import type { MapInput } from '../scene-data';
import { explorerStyle } from '../style/explorer';
import { LAYER_GROUPS, layerIds, sourceIds, type MunicipalityFeatureState } from '../style/ids';
import { nationalViewPadding } from '../view';
import { AtlasData, ATLAS_IMAGES } from './atlas';

/** What the map shows of the open draft (members by feature-state, outlines as a small source). */
export interface DraftMapView {
	codes: readonly string[];
	centres: readonly string[];
	outline: GeoJSON.MultiPolygon | null;
	/** The original sphere's outline, when comparing. */
	original: GeoJSON.MultiPolygon | null;
}

/** A choropleth's colour for each classified municipality; `key` names the classification. */
export interface ChoroplethFills {
	key: string;
	colours: Readonly<Record<string, string>>;
}

export interface ExplorerProps {
	layers: LayerVisibility;
	choropleth: ChoroplethFills | null;
	selection: Selection | null;
	/** null: the national view. */
	camera: Camera | null;
	/** Municipalities outlined as centre-city candidates. */
	candidates: readonly string[];
	/** Model projects passing the filters, and the selected one. */
	projects: ProjectView | null;
	draft: DraftMapView | null;
}

export interface ExplorerEvents {
	hover(target: FeatureHit | null): void;
	click(code: string): void;
	/** The camera after every finished move, whoever moved it. */
	moveEnd(camera: Camera): void;
}

type State = Required<Pick<MunicipalityFeatureState, 'hover' | 'fill' | 'candidate' | 'draft'>>;
type Join<Key extends keyof State> = FeatureStateJoin<Pick<State, Key>>;

const FIT = { maxZoom: 11, durationMs: 600 };

/** Keeps what is fitted clear of the panels on wide screens. */
function fitPadding(containerWidth: number): PaddingOptions {
	return containerWidth >= 1000
		? { top: 48, bottom: 48, left: 340, right: 420 }
		: { top: 32, bottom: 32, left: 32, right: 32 };
}

export function explorerScene(): SceneDefinition<ExplorerProps, MapInput, ExplorerEvents, readonly string[]> {
	let data: AtlasData | null = null;
	let startLayers: LayerVisibility | null = null;
	let projects: ProjectView | null = null;
	let joins: {
		hover: Join<'hover'>;
		fill: Join<'fill'>;
		candidate: Join<'candidate'>;
		draft: Join<'draft'>;
		projects: FeatureStateJoin<{ hidden: boolean; highlight: boolean }>;
	} | null = null;

	function showProjects(): void {
		if (data?.projects && projects && joins) joins.projects.apply(projectRows(data.projects, projects));
	}

	function showChoropleth(kernel: MapKernel, atlas: AtlasData, choropleth: ChoroplethFills | null): void {
		const rows = new Map<string, { fill: string | null }>();
		if (choropleth)
			for (const code of atlas.codes)
				// The 北方領土 villages keep their grey: they are in no class.
				rows.set(code, {
					fill: atlas.hoppoCodes.has(code) ? null : (choropleth.colours[code] ?? NO_DATA_COLOUR)
				});
		joins?.fill.apply(rows);
		const opacity = choropleth ? RENKEI_FILL_OPACITY_OVER_CHOROPLETH : RENKEI_FILL_OPACITY;
		kernel.map.setPaintProperty(layerIds.renkeiFill, 'fill-opacity', opacity);
	}

	function showDraft(kernel: MapKernel, next: DraftMapView | null, previous: DraftMapView | null): void {
		const rows = new Map<string, { draft: number }>();
		for (const code of next?.codes ?? []) rows.set(code, { draft: 1 });
		for (const code of next?.centres ?? []) rows.set(code, { draft: 2 });
		joins?.draft.apply(rows);
		// The outlines go by setData on their own small source: two features at most, re-tiled in a moment.
		if (next?.outline === previous?.outline && next?.original === previous?.original) return;
		const features: GeoJSON.Feature[] = [];
		if (next?.original)
			features.push({ type: 'Feature', properties: { role: 'original' }, geometry: next.original });
		if (next?.outline)
			features.push({ type: 'Feature', properties: { role: 'draft' }, geometry: next.outline });
		kernel.setSource(sourceIds.draftOutline, { type: 'FeatureCollection', features });
	}

	return {
		options(props) {
			startLayers = props?.layers ?? DEFAULT_LAYERS;
			return {
				style: explorerStyle(startLayers),
				camera: props?.camera ?? null,
				nationalPadding: nationalViewPadding,
				fit: FIT,
				images: ATLAS_IMAGES
			};
		},

		load(kernel, input, events) {
			return new Promise((resolve) =>
				kernel.whenStyleLoaded(() => {
					const hover = kernel.join<Pick<State, 'hover'>>(sourceIds.municipalities, { hover: false });
					joins = {
						hover,
						fill: kernel.join(sourceIds.municipalities, { fill: null }),
						candidate: kernel.join(sourceIds.municipalities, { candidate: false }),
						draft: kernel.join(sourceIds.municipalities, { draft: 0 }),
						projects: kernel.join(sourceIds.projects)
					};
					data = new AtlasData(kernel, input, showProjects);
					kernel.onLayer(layerIds.municipalityFill, {
						hover: (hit) => {
							hover.apply(flagRows(hit ? [hit.code] : [], 'hover', true));
							events.hover(hit);
						},
						click: (hit) => events.click(hit.code)
					});
					kernel.onMoveEnd((camera) => events.moveEnd(camera));
					resolve();
				})
			);
		},

		update(kernel, next, previous) {
			const atlas = data;
			if (!atlas || !joins) return;
			const layersBefore = previous?.layers ?? startLayers;
			for (const id of LAYER_IDS) {
				if (layersBefore?.[id] === next.layers[id]) continue;
				for (const layer of LAYER_GROUPS[id]) kernel.setVisible(layer, next.layers[id]);
			}
			if (previous === null || next.choropleth?.key !== previous.choropleth?.key)
				showChoropleth(kernel, atlas, next.choropleth);
			atlas.select(next.selection);
			if (previous === null || !sameCamera(next.camera, previous.camera)) kernel.showCamera(next.camera);
			if (next.candidates !== previous?.candidates)
				joins.candidate.apply(flagRows(next.candidates, 'candidate', true));
			if (next.projects !== projects && next.projects !== null) {
				projects = next.projects;
				showProjects();
			}
			if (next.draft !== previous?.draft) showDraft(kernel, next.draft, previous?.draft ?? null);
		},

		readyKey: () => 'explorer',

		fit(kernel, _props, codes, padding, animate) {
			return (
				data !== null &&
				kernel.fit(data.boundsOf(codes), padding ?? fitPadding(kernel.container.clientWidth), animate)
			);
		}
	};
}
