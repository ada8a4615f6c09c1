import './worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	Map as MapLibreMap,
	NavigationControl,
	type GeoJSONSource,
	type MapLayerMouseEvent,
	type PaddingOptions
} from 'maplibre-gl';
import type { SphereKind } from '$lib/data/types';
import { CAMERA_LIMITS, sameCamera } from '$lib/state/camera';
import { LAYER_IDS, selectionKey, type Camera, type LayerVisibility, type Selection } from '$lib/state/types';
import { NO_DATA_COLOUR, type Classification } from './choropleth';
import { mapColours, RENKEI_FILL_OPACITY, RENKEI_FILL_OPACITY_OVER_CHOROPLETH } from './colours';
import { decodeMunicipalities, unionBounds, type Bounds, type MunicipalityFeatures } from './geometry';
import { hatchPattern } from './hatch';
import { buildBoundsIndex, buildSceneData, type MapInput, type SceneData } from './scene-data';
import { buildProjectGeometry } from './projects-geometry';
import { ProjectsLayerState, type ProjectView } from './projects-layer';
import { LAYER_GROUPS, layerIds, sourceIds, TEIJU_HATCH_IMAGE, type MunicipalityFeatureState } from './ids';
import { buildMapStyle, LABEL_FONT_FAMILIES } from './style';
import { MAIN_ISLANDS_BOUNDS, nationalViewPadding } from './view';

export interface HoverTarget {
	code: string;
	/** Pointer position in pixels, relative to the map container. */
	x: number;
	y: number;
}

/** What the map shows of the open draft (members by feature-state, outlines as a small source). */
export interface DraftMapView {
	codes: readonly string[];
	centres: readonly string[];
	outline: GeoJSON.MultiPolygon | null;
	/** The original sphere's outline, when comparing. */
	original: GeoJSON.MultiPolygon | null;
}

export interface InitialView {
	/** null: the national view. */
	camera: Camera | null;
	layers: LayerVisibility;
	/** Keep the drawn frame readable (PNG export, printing); off by default. */
	preserveDrawingBuffer?: boolean;
}

export interface MapCallbacks {
	hover(target: HoverTarget | null): void;
	click(code: string): void;
	/** The camera after every finished move, whoever moved it. */
	moveEnd(camera: Camera): void;
}

/** What the controller keeps of the data once it is shown. */
interface ShownData {
	codes: readonly string[];
	hoppoCodes: ReadonlySet<string>;
	boundsByCode: ReadonlyMap<string, Bounds>;
	sphereKinds: ReadonlyMap<string, SphereKind>;
}

/** Fixed-size fit animation: long flights across Japan should not take seconds. */
const FIT_DURATION_MS = 600;
const FIT_MAX_ZOOM = 11;

/**
 * Owns the MapLibre instance. The rest of the app tells it what to show (layers,
 * choropleth, selection, camera) and it patches the live map: layout visibility, paint
 * properties and feature-state keyed by municipality code. Source data is set once.
 *
 * The map is created before the data arrives (creating a WebGL context takes a while
 * with software rendering) and filled in by `showData`.
 */
export class MapController {
	readonly map: MapLibreMap;
	readonly #callbacks: MapCallbacks;
	#data: ShownData | null = null;
	#styleLoaded = false;
	#pending: (() => void)[] = [];
	#hoveredCode: string | null = null;
	#layers: LayerVisibility;
	#classification: Classification | null = null;
	#shownChoroplethKey: string | null = null;
	#selection: Selection | null = null;
	/** Municipalities outlined as centre-city candidates. */
	#highlighted: ReadonlySet<string> = new Set();
	/** Set while the controller itself moves the map to a view that needs no report. */
	#quiet = false;
	#projects: ProjectsLayerState | null = null;
	#projectView: ProjectView | null = null;
	/** Draft state per code as last set: 1 member, 2 centre. */
	#draftStates: ReadonlyMap<string, number> = new Map();
	#draftOutlines: DraftMapView | null = null;

	constructor(container: HTMLElement, initial: InitialView, callbacks: MapCallbacks) {
		const { camera, layers } = initial;
		this.#callbacks = callbacks;
		this.#layers = { ...layers };

		this.map = new MapLibreMap({
			container,
			style: buildMapStyle(layers),
			...(camera
				? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
				: {
						bounds: MAIN_ISLANDS_BOUNDS,
						fitBoundsOptions: { padding: nationalViewPadding(container.clientWidth) }
					}),
			// Labels are drawn from local fonts; there is no glyph server to ask.
			localIdeographFontFamily: LABEL_FONT_FAMILIES.join(', '),
			// Attribution is rendered by the page itself, as plain DOM text.
			attributionControl: false,
			renderWorldCopies: false,
			...(initial.preserveDrawingBuffer ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
			minZoom: CAMERA_LIMITS.minZoom,
			maxZoom: CAMERA_LIMITS.maxZoom,
			dragRotate: false,
			pitchWithRotate: false,
			// Labels appear at once: a fade would hold the map busy for every change.
			fadeDuration: 0,
			locale: { 'NavigationControl.ZoomIn': '拡大 / Zoom in', 'NavigationControl.ZoomOut': '縮小 / Zoom out' }
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.keyboard.disableRotation();
		this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');

		this.map.on('style.load', this.#onStyleLoad);
		this.map.on('mousemove', layerIds.municipalityFill, this.#onHover);
		this.map.on('mouseleave', layerIds.municipalityFill, this.#onLeave);
		this.map.on('click', layerIds.municipalityFill, this.#onClick);
		this.map.on('moveend', this.#onMoveEnd);
	}

	/**
	 * Puts the data on the map, once. Resolves when the municipal polygons are handed to
	 * MapLibre; everything else follows a moment later, while MapLibre tiles them.
	 */
	showData(input: MapInput): Promise<void> {
		return new Promise((resolve) => {
			this.#whenStyleLoaded(() => {
				if (this.#data !== null) return resolve();
				const features = decodeMunicipalities(input.topology);
				this.#setSourceData(sourceIds.municipalities, features);
				this.#data = {
					codes: features.features.map((feature) => feature.properties.code),
					hoppoCodes: new Set(
						features.features.filter((f) => f.properties.hoppo).map((f) => f.properties.code)
					),
					boundsByCode: buildBoundsIndex(features),
					sphereKinds: new Map(input.spheres.map((sphere) => [sphere.id, sphere.kind]))
				};
				this.#showChoropleth();
				this.#markSelected(this.#selection, true);
				for (const code of this.#highlighted) this.#setState(code, { candidate: true });
				for (const [code, draft] of this.#draftStates) this.#setState(code, { draft });
				resolve();
				// A macrotask later, so this runs while the worker tiles the polygons.
				setTimeout(() => this.#showScene(input, features), 0);
			});
		});
	}

	setLayers(layers: LayerVisibility): void {
		this.#whenStyleLoaded(() => {
			for (const id of LAYER_IDS) {
				if (this.#layers[id] === layers[id]) continue;
				for (const layer of LAYER_GROUPS[id]) {
					this.map.setLayoutProperty(layer, 'visibility', layers[id] ? 'visible' : 'none');
				}
			}
			this.#layers = { ...layers };
		});
	}

	/**
	 * Colours municipalities by class through feature-state, which MapLibre applies to the
	 * loaded tiles in place; the fill expression itself never changes.
	 */
	setChoropleth(classification: Classification | null): void {
		this.#classification = classification;
		this.#whenStyleLoaded(() => this.#showChoropleth());
	}

	/** Marks the selected municipality or sphere through feature-state. */
	setSelection(selection: Selection | null): void {
		this.#whenStyleLoaded(() => {
			if (selectionKey(selection) === selectionKey(this.#selection)) return;
			this.#markSelected(this.#selection, false);
			this.#selection = selection;
			this.#markSelected(selection, true);
		});
	}

	/** Filters and highlights the model projects through feature-state. */
	setProjects(view: ProjectView): void {
		this.#projectView = view;
		this.#projects?.apply(view);
	}

	/**
	 * Outlines the given municipalities as candidates (feature-state `candidate`), and
	 * clears the outline of those no longer given. [] clears every outline.
	 */
	setHighlighted(codes: readonly string[]): void {
		const next = new Set(codes);
		this.#whenStyleLoaded(() => {
			const previous = this.#highlighted;
			this.#highlighted = next;
			// Before the data is shown the source is empty; showData marks them then.
			if (this.#data === null) return;
			for (const code of previous) if (!next.has(code)) this.#setState(code, { candidate: false });
			for (const code of next) if (!previous.has(code)) this.#setState(code, { candidate: true });
		});
	}

	/**
	 * Shows a draft: members by feature-state (only the codes that changed are touched),
	 * the merged outlines by setData on their own small source, which holds two features at
	 * most and so re-tiles in a moment. null clears it.
	 */
	setDraft(view: DraftMapView | null): void {
		const next = new Map<string, number>();
		for (const code of view?.codes ?? []) next.set(code, 1);
		for (const code of view?.centres ?? []) next.set(code, 2);
		this.#whenStyleLoaded(() => {
			const previous = this.#draftStates;
			this.#draftStates = next;
			if (this.#data !== null) {
				for (const code of previous.keys()) if (!next.has(code)) this.#setState(code, { draft: 0 });
				for (const [code, state] of next)
					if (previous.get(code) !== state) this.#setState(code, { draft: state });
			}
			if (view?.outline === this.#draftOutlines?.outline && view?.original === this.#draftOutlines?.original)
				return;
			this.#draftOutlines = view;
			const features: GeoJSON.Feature[] = [];
			if (view?.original)
				features.push({ type: 'Feature', properties: { role: 'original' }, geometry: view.original });
			if (view?.outline)
				features.push({ type: 'Feature', properties: { role: 'draft' }, geometry: view.outline });
			this.#setSourceData(sourceIds.draftOutline, { type: 'FeatureCollection', features });
		});
	}

	/** Moves to a camera (null: the national view) unless the map is already there. */
	showCamera(camera: Camera | null): void {
		if (camera === null) {
			// The national view is the absence of a camera; reporting it would write one.
			this.#quiet = true;
			const padding = nationalViewPadding(this.map.getContainer().clientWidth);
			this.map.fitBounds(MAIN_ISLANDS_BOUNDS, { padding, animate: false });
			this.#quiet = false;
			return;
		}
		if (sameCamera(camera, this.currentCamera())) return;
		this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
	}

	/** Fits the view to the given municipalities (animated unless told not to); false if none of them is drawn. */
	fitCodes(codes: readonly string[], padding: PaddingOptions, animate = true): boolean {
		const boundsByCode = this.#data?.boundsByCode;
		if (!boundsByCode) return false;
		const bounds = unionBounds(codes.map((code) => boundsByCode.get(code)).filter((b) => b !== undefined));
		if (bounds === null) return false;
		this.map.fitBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? FIT_DURATION_MS : 0 });
		return true;
	}

	currentCamera(): Camera {
		const { lng, lat } = this.map.getCenter();
		return { lat, lng, zoom: this.map.getZoom() };
	}

	destroy(): void {
		this.map.remove();
	}

	#showScene(input: MapInput, features: MunicipalityFeatures): void {
		const scene = buildSceneData(input, features);
		this.#setSourceData(sourceIds.borders, scene.borders);
		this.#setSourceData(sourceIds.renkei, scene.renkei);
		this.#setSourceData(sourceIds.teiju, scene.teiju);
		this.#setSourceData(sourceIds.centres, scene.centres);
		this.#setSourceData(sourceIds.labels, scene.labels);
		if (input.projects) this.#showProjects(input.projects, scene.labels);
		// The browser tests wait for this before they read the map.
		this.map.getContainer().dataset.sceneReady = 'true';
	}

	#showProjects(projects: NonNullable<MapInput['projects']>, labels: SceneData['labels']): void {
		const points = new Map(labels.features.map((f) => [`${f.properties.level}:${f.properties.code}`, f]));
		const geometry = buildProjectGeometry(projects, (level, code) => {
			const coordinates = points.get(`${level}:${code}`)?.geometry.coordinates;
			return coordinates ? [coordinates[0], coordinates[1]] : undefined;
		});
		this.#setSourceData(sourceIds.projects, geometry.collection);
		this.#projects = new ProjectsLayerState(this.map, sourceIds.projects, geometry);
		if (this.#projectView) this.#projects.apply(this.#projectView);
	}

	#setSourceData(id: string, data: GeoJSON.GeoJSON): void {
		(this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
	}

	#showChoropleth(): void {
		const data = this.#data;
		const classification = this.#classification;
		const key = classification?.key ?? null;
		if (data === null || key === this.#shownChoroplethKey) return;
		this.#shownChoroplethKey = key;
		for (const code of data.codes) {
			// The 北方領土 villages keep their grey: they are in no class.
			let fill: string | null = null;
			if (classification !== null && !data.hoppoCodes.has(code)) {
				const index = classification.classByCode.get(code);
				fill = index === undefined ? NO_DATA_COLOUR : classification.classes[index].colour;
			}
			this.#setState(code, { fill });
		}
		const opacity = classification ? RENKEI_FILL_OPACITY_OVER_CHOROPLETH : RENKEI_FILL_OPACITY;
		this.map.setPaintProperty(layerIds.renkeiFill, 'fill-opacity', opacity);
	}

	#onStyleLoad = (): void => {
		if (!this.map.hasImage(TEIJU_HATCH_IMAGE)) {
			this.map.addImage(
				TEIJU_HATCH_IMAGE,
				hatchPattern({ size: 14, lineWidth: 2.2, rgba: mapColours.teijuHatchRgba }),
				{ pixelRatio: 2 }
			);
		}
		this.#styleLoaded = true;
		const pending = this.#pending;
		this.#pending = [];
		for (const apply of pending) apply();
	};

	#whenStyleLoaded(apply: () => void): void {
		if (this.#styleLoaded) apply();
		else this.#pending.push(apply);
	}

	#markSelected(selection: Selection | null, selected: boolean): void {
		if (selection === null) return;
		if (selection.kind === 'municipality') return this.#setState(selection.code, { selected });
		// Before the data is shown the sphere's source is unknown (showData marks it then);
		// spheres that have ended are not drawn at all.
		const kind = this.#data?.sphereKinds.get(selection.id);
		if (kind !== undefined)
			this.map.setFeatureState({ source: sourceIds[kind], id: selection.id }, { selected });
	}

	#onHover = (event: MapLayerMouseEvent): void => {
		const code = event.features?.[0]?.properties?.code;
		if (typeof code !== 'string') return this.#onLeave();
		if (code !== this.#hoveredCode) {
			this.#setState(this.#hoveredCode, { hover: false });
			this.#hoveredCode = code;
			this.#setState(code, { hover: true });
		}
		this.#callbacks.hover({ code, x: event.point.x, y: event.point.y });
	};

	#onLeave = (): void => {
		this.#setState(this.#hoveredCode, { hover: false });
		this.#hoveredCode = null;
		this.#callbacks.hover(null);
	};

	#onClick = (event: MapLayerMouseEvent): void => {
		const code = event.features?.[0]?.properties?.code;
		if (typeof code === 'string') this.#callbacks.click(code);
	};

	#onMoveEnd = (): void => {
		if (!this.#quiet) this.#callbacks.moveEnd(this.currentCamera());
	};

	#setState(code: string | null, state: MunicipalityFeatureState): void {
		if (code === null) return;
		this.map.setFeatureState({ source: sourceIds.municipalities, id: code }, state);
	}
}
