import '$lib/map/worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	Map as MapLibreMap,
	NavigationControl,
	type GeoJSONSource,
	type MapLayerMouseEvent,
	type PaddingOptions
} from 'maplibre-gl';
import type { MultiPolygon } from 'geojson';
import { activeSpheres } from '$lib/analysis/as-of';
import type { JapanTopology, Sphere } from '$lib/data/types';
import {
	decodeBorderLines,
	decodeMunicipalities,
	decodePrefectures,
	geometryBounds,
	unionBounds,
	type Bounds
} from '$lib/map/geometry';
import { buildSphereShapes } from '$lib/map/sphere-geometry';
import { MAIN_ISLANDS_BOUNDS } from '$lib/map/view';
import { CAMERA_LIMITS } from '$lib/state/camera';
import {
	researchLayerIds as layers,
	researchSourceIds as sources,
	type ResearchFeatureState
} from './research-ids';
import { buildResearchStyle } from './research-style';

export type ResearchMapMode = 'pref' | 'muni';

export interface ResearchMapTarget {
	/** A municipality code ("muni") or a prefecture code ("pref"). */
	code: string;
	mode: ResearchMapMode;
	x: number;
	y: number;
}

export interface ResearchMapCallbacks {
	click(target: ResearchMapTarget): void;
	hover(target: ResearchMapTarget | null): void;
}

/** What to fit the view to: municipalities and prefectures by code. */
export interface FitTarget {
	municipalities?: readonly string[];
	prefectures?: readonly string[];
}

interface ShownData {
	municipalityCodes: readonly string[];
	boundsByMunicipality: ReadonlyMap<string, Bounds>;
	boundsByPrefecture: ReadonlyMap<string, Bounds>;
}

const FIT_MAX_ZOOM = 10;
const FIT_DURATION_MS = 500;

/**
 * Owns the Researcher view's MapLibre map. Polygons are set once; the date, the
 * choropleth, the highlighted list and the compare outlines are patched in: colours and
 * flags through feature-state, sphere outlines and compare outlines through setData.
 */
export class ResearchMap {
	readonly map: MapLibreMap;
	readonly #callbacks: ResearchMapCallbacks;
	#data: ShownData | null = null;
	#styleLoaded = false;
	#pending: (() => void)[] = [];
	#mode: ResearchMapMode = 'pref';
	#municipalityFills: ReadonlyMap<string, string> = new Map();
	#prefectureFills: ReadonlyMap<string, string> = new Map();
	#highlighted: ReadonlySet<string> = new Set();
	#selectedPrefecture: string | null = null;

	constructor(container: HTMLElement, callbacks: ResearchMapCallbacks) {
		this.#callbacks = callbacks;
		this.map = new MapLibreMap({
			container,
			style: buildResearchStyle(),
			bounds: MAIN_ISLANDS_BOUNDS,
			fitBoundsOptions: { padding: 16 },
			attributionControl: false,
			renderWorldCopies: false,
			// The drawn frame stays readable for the PNG export.
			canvasContextAttributes: { preserveDrawingBuffer: true },
			minZoom: CAMERA_LIMITS.minZoom,
			maxZoom: CAMERA_LIMITS.maxZoom,
			dragRotate: false,
			pitchWithRotate: false,
			fadeDuration: 0,
			locale: { 'NavigationControl.ZoomIn': '拡大 / Zoom in', 'NavigationControl.ZoomOut': '縮小 / Zoom out' }
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.keyboard.disableRotation();
		this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-left');
		this.map.on('style.load', this.#onStyleLoad);
		for (const [layer, mode] of [
			[layers.municipalityFill, 'muni'],
			[layers.prefectureFill, 'pref']
		] as const) {
			this.map.on('click', layer, (event) => this.#report(event, mode, this.#callbacks.click));
			this.map.on('mousemove', layer, (event) => this.#report(event, mode, this.#callbacks.hover));
			this.map.on('mouseleave', layer, () => this.#callbacks.hover(null));
		}
	}

	/** Sets the polygons and borders, once. */
	showData(topology: JapanTopology): Promise<void> {
		return new Promise((resolve) => {
			this.#whenStyleLoaded(() => {
				if (this.#data !== null) return resolve();
				const municipalities = decodeMunicipalities(topology);
				const prefectures = decodePrefectures(topology);
				const { prefectureBorders, coastline } = decodeBorderLines(topology);
				this.#setSource(sources.municipalities, municipalities);
				this.#setSource(sources.prefectures, prefectures);
				this.#setSource(sources.borders, {
					type: 'FeatureCollection',
					features: [
						{ type: 'Feature', properties: { kind: 'coast' }, geometry: coastline },
						{ type: 'Feature', properties: { kind: 'prefecture' }, geometry: prefectureBorders }
					]
				});
				this.#data = {
					municipalityCodes: municipalities.features.map((f) => f.properties.code),
					boundsByMunicipality: new Map(
						municipalities.features.map((f) => [f.properties.code, geometryBounds(f.geometry)])
					),
					boundsByPrefecture: new Map(
						prefectures.features.map((f) => [f.properties.code, geometryBounds(f.geometry)])
					)
				};
				this.#applyMode();
				this.#applyFills(sources.municipalities, new Map(), this.#municipalityFills);
				this.#applyFills(sources.prefectures, new Map(), this.#prefectureFills);
				for (const code of this.#highlighted)
					this.#setState(sources.municipalities, code, { highlight: true });
				if (this.#selectedPrefecture !== null)
					this.#setState(sources.prefectures, this.#selectedPrefecture, { selected: true });
				resolve();
			});
		});
	}

	/** Prefecture choropleth ("pref") or municipal "which scheme covers me" ("muni"). */
	setMode(mode: ResearchMapMode): void {
		this.#mode = mode;
		this.#whenStyleLoaded(() => this.#applyMode());
	}

	/** Colours by code; codes left out are plain land. */
	setMunicipalityFills(fills: ReadonlyMap<string, string>): void {
		const previous = this.#municipalityFills;
		this.#municipalityFills = fills;
		this.#whenData(() => this.#applyFills(sources.municipalities, previous, fills));
	}

	setPrefectureFills(fills: ReadonlyMap<string, string>): void {
		const previous = this.#prefectureFills;
		this.#prefectureFills = fills;
		this.#whenData(() => this.#applyFills(sources.prefectures, previous, fills));
	}

	/**
	 * Draws the outlines of the spheres active on `asOf` (their members active then) and,
	 * once the map has drawn them, marks the container with `data-as-of`.
	 */
	setSpheres(topology: JapanTopology, spheres: readonly Sphere[], asOf: string): void {
		this.#whenStyleLoaded(() => {
			const active = activeSpheres(spheres, asOf);
			const shapes = buildSphereShapes(topology, active, asOf, () => '');
			this.#setSource(sources.spheres, shapes);
			const container = this.map.getContainer();
			delete container.dataset.asOf;
			this.map.once('idle', () => (container.dataset.asOf = asOf));
			this.map.triggerRepaint();
		});
	}

	setHighlighted(codes: readonly string[]): void {
		const next = new Set(codes);
		const previous = this.#highlighted;
		this.#highlighted = next;
		this.#whenData(() => {
			for (const code of previous)
				if (!next.has(code)) this.#setState(sources.municipalities, code, { highlight: false });
			for (const code of next)
				if (!previous.has(code)) this.#setState(sources.municipalities, code, { highlight: true });
		});
	}

	setSelectedPrefecture(code: string | null): void {
		const previous = this.#selectedPrefecture;
		this.#selectedPrefecture = code;
		this.#whenData(() => {
			if (previous !== null) this.#setState(sources.prefectures, previous, { selected: false });
			if (code !== null) this.#setState(sources.prefectures, code, { selected: true });
		});
	}

	/** The two compare outlines (null: none on that side). */
	setCompare(a: MultiPolygon | null, b: MultiPolygon | null): void {
		this.#whenStyleLoaded(() => {
			const features = (
				[
					['a', a],
					['b', b]
				] as const
			)
				.filter((entry): entry is ['a' | 'b', MultiPolygon] => entry[1] !== null)
				.map(([side, geometry]) => ({ type: 'Feature' as const, properties: { side }, geometry }));
			this.#setSource(sources.compare, { type: 'FeatureCollection', features });
		});
	}

	/** Fits municipalities and prefectures; false when none of them is drawn. */
	fit(target: FitTarget, padding: PaddingOptions, animate = true): boolean {
		const data = this.#data;
		if (data === null) return false;
		const bounds = unionBounds(
			[
				...(target.municipalities ?? []).map((code) => data.boundsByMunicipality.get(code)),
				...(target.prefectures ?? []).map((code) => data.boundsByPrefecture.get(code))
			].filter((entry) => entry !== undefined)
		);
		if (bounds === null) return false;
		this.map.fitBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? FIT_DURATION_MS : 0 });
		return true;
	}

	showNation(padding: PaddingOptions, animate = true): void {
		this.map.fitBounds(MAIN_ISLANDS_BOUNDS, { padding, duration: animate ? FIT_DURATION_MS : 0 });
	}

	destroy(): void {
		this.map.remove();
	}

	#report(event: MapLayerMouseEvent, mode: ResearchMapMode, send: (target: ResearchMapTarget) => void): void {
		if (mode !== this.#mode) return;
		const code = event.features?.[0]?.properties?.code;
		if (typeof code === 'string') send({ code, mode, x: event.point.x, y: event.point.y });
	}

	#applyMode(): void {
		const muni = this.#mode === 'muni';
		this.map.setLayoutProperty(layers.municipalityFill, 'visibility', muni ? 'visible' : 'none');
		this.map.setLayoutProperty(layers.prefectureFill, 'visibility', muni ? 'none' : 'visible');
	}

	#applyFills(
		source: string,
		previous: ReadonlyMap<string, string>,
		next: ReadonlyMap<string, string>
	): void {
		for (const code of previous.keys()) if (!next.has(code)) this.#setState(source, code, { fill: null });
		for (const [code, colour] of next)
			if (previous.get(code) !== colour) this.#setState(source, code, { fill: colour });
	}

	#onStyleLoad = (): void => {
		this.#styleLoaded = true;
		const pending = this.#pending;
		this.#pending = [];
		for (const apply of pending) apply();
	};

	#whenStyleLoaded(apply: () => void): void {
		if (this.#styleLoaded) apply();
		else this.#pending.push(apply);
	}

	/** Feature-state needs the features: before showData, the state is applied by it. */
	#whenData(apply: () => void): void {
		this.#whenStyleLoaded(() => {
			if (this.#data !== null) apply();
		});
	}

	#setSource(id: string, data: GeoJSON.GeoJSON): void {
		(this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
	}

	#setState(source: string, code: string, state: ResearchFeatureState): void {
		this.map.setFeatureState({ source, id: code }, state);
	}
}
