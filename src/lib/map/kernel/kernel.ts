import './worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	Map as MapLibreMap,
	NavigationControl,
	type GeoJSONSource,
	type MapLayerMouseEvent,
	type PaddingOptions,
	type StyleSpecification
} from 'maplibre-gl';
import { CAMERA_LIMITS, sameCamera } from '$lib/state/camera';
import type { Camera } from '$lib/state/types';
import { unionBounds, type Bounds } from '../geometry';
import type { PatternImage } from '../hatch';
import { LABEL_FONT_FAMILIES } from '../style/base';
import { MAIN_ISLANDS_BOUNDS } from '../view';
import { FeatureStateJoin, type StateRow } from './join';

export interface KernelImage {
	id: string;
	image: PatternImage;
	pixelRatio: number;
}

export interface KernelOptions {
	style: StyleSpecification;
	/** null: the national view. */
	camera: Camera | null;
	/** Room kept free around the national view, for a container this wide. */
	nationalPadding: (containerWidth: number) => PaddingOptions;
	/** How far and how fast `fit` moves. */
	fit: { maxZoom: number; durationMs: number };
	/** Keep the drawn frame readable (printing); off by default. */
	preserveDrawingBuffer?: boolean;
	/** Pattern images the style names, added once the style has loaded. */
	images?: readonly KernelImage[];
}

/** A feature under the pointer: its `code` property and the pointer position in the container. */
export interface FeatureHit {
	code: string;
	x: number;
	y: number;
}

export interface LayerHandlers {
	hover?: (hit: FeatureHit | null) => void;
	click?: (hit: FeatureHit) => void;
}

/**
 * The one MapLibre map constructor and what every page's map shares: the options and
 * controls, the queue of work waiting for the style, source data, feature-state joins,
 * fitting, pointer wiring, PNG capture, and the readiness mark the browser tests wait for.
 * What a page's map shows is its scene's business (../scenes).
 */
export class MapKernel {
	readonly map: MapLibreMap;
	readonly #options: KernelOptions;
	#styleLoaded = false;
	#pending: (() => void)[] = [];
	/** Set while the kernel moves to the national view, which needs no report. */
	#quiet = false;
	#readyKey: string | null = null;
	#drawn: Promise<void> = Promise.resolve();
	#removed = false;

	constructor(container: HTMLElement, options: KernelOptions) {
		this.#options = options;
		const { camera } = options;
		this.map = new MapLibreMap({
			container,
			style: options.style,
			...(camera
				? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
				: {
						bounds: MAIN_ISLANDS_BOUNDS,
						fitBoundsOptions: { padding: options.nationalPadding(container.clientWidth) }
					}),
			// Labels are drawn from local fonts; there is no glyph server to ask.
			localIdeographFontFamily: LABEL_FONT_FAMILIES.join(', '),
			// Attribution is rendered by the page itself, as plain DOM text.
			attributionControl: false,
			renderWorldCopies: false,
			...(options.preserveDrawingBuffer ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
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
	}

	get container(): HTMLElement {
		return this.map.getContainer();
	}

	/** Runs `apply` now if the style has loaded, otherwise as soon as it has. */
	whenStyleLoaded(apply: () => void): void {
		if (this.#styleLoaded) apply();
		else this.#pending.push(apply);
	}

	setSource(id: string, data: GeoJSON.GeoJSON): void {
		(this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
	}

	/** A feature-state join on one source; `resting` as in FeatureStateJoin. */
	join<Row extends StateRow>(source: string, resting: Partial<Row> = {}): FeatureStateJoin<Row> {
		return new FeatureStateJoin<Row>(this.map, source, resting);
	}

	setVisible(layer: string, visible: boolean): void {
		this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
	}

	/** Calls the handlers with the `code` of the feature of `layer` under the pointer. */
	onLayer(layer: string, handlers: LayerHandlers): void {
		const hit = (event: MapLayerMouseEvent): FeatureHit | null => {
			const code = event.features?.[0]?.properties?.code;
			return typeof code === 'string' ? { code, x: event.point.x, y: event.point.y } : null;
		};
		const { hover, click } = handlers;
		if (hover) {
			this.map.on('mousemove', layer, (event) => hover(hit(event)));
			this.map.on('mouseleave', layer, () => hover(null));
		}
		if (click)
			this.map.on('click', layer, (event) => {
				const target = hit(event);
				if (target) click(target);
			});
	}

	/** The camera after every finished move, except the kernel's own moves to the national view. */
	onMoveEnd(report: (camera: Camera) => void): void {
		this.map.on('moveend', () => {
			if (!this.#quiet) report(this.camera());
		});
	}

	camera(): Camera {
		const { lng, lat } = this.map.getCenter();
		return { lat, lng, zoom: this.map.getZoom() };
	}

	/** Moves to a camera (null: the national view) unless the map is already there. */
	showCamera(camera: Camera | null): void {
		if (camera === null) return this.showNation(undefined, false);
		if (sameCamera(camera, this.camera())) return;
		this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
	}

	/** The four main islands and Okinawa; not reported as a camera. */
	showNation(padding?: PaddingOptions, animate = true): void {
		this.#quiet = true;
		this.map.fitBounds(MAIN_ISLANDS_BOUNDS, {
			padding: padding ?? this.#options.nationalPadding(this.container.clientWidth),
			duration: animate ? this.#options.fit.durationMs : 0
		});
		this.#quiet = false;
	}

	/** Fits the union of the bounds given; false when there are none. */
	fit(bounds: Iterable<Bounds | undefined>, padding: PaddingOptions, animate = true): boolean {
		const union = unionBounds([...bounds].filter((entry) => entry !== undefined));
		if (union === null) return false;
		const { maxZoom, durationMs } = this.#options.fit;
		this.map.fitBounds(union, { padding, maxZoom, duration: animate ? durationMs : 0 });
		return true;
	}

	/**
	 * The readiness mark: the container's `data-map-ready` is `key` once the data given
	 * to `drawing` is in and the map has drawn everything asked of it since the key
	 * changed. A new key removes the mark until then. Browser tests wait for it.
	 */
	markReady(key: string): void {
		if (key === this.#readyKey) return;
		this.#readyKey = key;
		delete this.container.dataset.mapReady;
		this.#drawn.then(() => {
			if (this.#removed || this.#readyKey !== key) return;
			this.map.once('idle', () => {
				if (this.#readyKey === key) this.container.dataset.mapReady = key;
			});
			this.map.triggerRepaint();
		});
	}

	/**
	 * Called once the first data is on the map; the readiness mark waits for `drawn` (the
	 * rest of the data being handed over).
	 */
	drawing(drawn: Promise<void>): void {
		this.#drawn = drawn;
		// The browser tests (tests/browser) and the benchmarks read the map through this one global.
		window.__atlasMap = this.map;
	}

	/** After layout changes (printing): the canvas follows its container and is drawn at once. */
	redrawAtSize(fit: () => void): void {
		this.map.resize();
		fit();
		this.map.redraw();
	}

	/**
	 * A copy of the drawn frame. With a size, the view is drawn at width × height device
	 * pixels (the container is resized for the moment and `frame` fits what to show),
	 * then everything is restored; without one, the frame as it is on screen.
	 */
	async capture(size?: { width: number; height: number }, frame?: () => void): Promise<HTMLCanvasElement> {
		if (!size) return this.#copyFrame();
		const { map, container } = this;
		const camera = { center: map.getCenter(), zoom: map.getZoom() };
		const ratio = map.getPixelRatio();
		// With a width and height set, `inset: 0` keeps only its top and left.
		container.style.width = `${size.width}px`;
		container.style.height = `${size.height}px`;
		try {
			map.setPixelRatio(1);
			map.resize();
			frame?.();
			await new Promise<void>((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			});
			// A kept frame is read as it is; otherwise it is drawn once more and read then.
			return this.#options.preserveDrawingBuffer ? this.#copy(size) : await this.#copyFrame(size);
		} finally {
			container.style.removeProperty('width');
			container.style.removeProperty('height');
			map.setPixelRatio(ratio);
			map.resize();
			map.jumpTo(camera);
		}
	}

	destroy(): void {
		this.#removed = true;
		if (window.__atlasMap === this.map) delete window.__atlasMap;
		this.map.remove();
	}

	/** Copied while the frame is drawn: without preserveDrawingBuffer it is readable only then. */
	#copyFrame(size?: { width: number; height: number }): Promise<HTMLCanvasElement> {
		return new Promise((resolve) => {
			this.map.once('render', () => resolve(this.#copy(size)));
			this.map.triggerRepaint();
		});
	}

	#copy(size?: { width: number; height: number }): HTMLCanvasElement {
		const source = this.map.getCanvas();
		const copy = document.createElement('canvas');
		copy.width = size?.width ?? source.width;
		copy.height = size?.height ?? source.height;
		copy.getContext('2d')?.drawImage(source, 0, 0, copy.width, copy.height);
		return copy;
	}

	#onStyleLoad = (): void => {
		for (const { id, image, pixelRatio } of this.#options.images ?? []) {
			if (!this.map.hasImage(id)) this.map.addImage(id, image, { pixelRatio });
		}
		this.#styleLoaded = true;
		const pending = this.#pending;
		this.#pending = [];
		for (const apply of pending) apply();
	};
}
