import './worker';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import type { JapanTopology } from '$lib/data/types';
import { decodeMapGeometry } from './geometry';
import { buildMapStyle, layerIds, MUNICIPALITY_SOURCE, type MunicipalityFeatureState } from './style';
import { INITIAL_VIEW_PADDING, MAIN_ISLANDS_BOUNDS } from './view';

/** Owns the MapLibre instance: style, initial view and feature-state highlighting. */
export class MapController {
	readonly map: MapLibreMap;
	#hoveredCode: string | null = null;
	#selectedCode: string | null = null;

	constructor(container: HTMLElement, topology: JapanTopology) {
		this.map = new MapLibreMap({
			container,
			style: buildMapStyle(decodeMapGeometry(topology)),
			bounds: MAIN_ISLANDS_BOUNDS,
			fitBoundsOptions: { padding: INITIAL_VIEW_PADDING },
			// Attribution is rendered by the page itself, as plain DOM text.
			attributionControl: false,
			renderWorldCopies: false,
			minZoom: 3,
			maxZoom: 14,
			dragRotate: false,
			pitchWithRotate: false
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.keyboard.disableRotation();

		this.map.on('mousemove', layerIds.municipalityFill, this.#onHover);
		this.map.on('mouseleave', layerIds.municipalityFill, this.#onLeave);
	}

	/** Resolves once the style is loaded and every visible tile is rendered. */
	whenIdle(): Promise<void> {
		return new Promise((resolve) => {
			if (this.map.loaded()) resolve();
			else this.map.once('idle', () => resolve());
		});
	}

	/** Marks one municipality as selected (or none), through feature-state. */
	setSelected(code: string | null): void {
		this.#setState(this.#selectedCode, { selected: false });
		this.#selectedCode = code;
		this.#setState(code, { selected: true });
	}

	destroy(): void {
		this.map.remove();
	}

	#onHover = (event: MapLayerMouseEvent): void => {
		const code = event.features?.[0]?.properties?.code;
		this.#setHovered(typeof code === 'string' ? code : null);
	};

	#onLeave = (): void => {
		this.#setHovered(null);
	};

	#setHovered(code: string | null): void {
		if (code === this.#hoveredCode) return;
		this.#setState(this.#hoveredCode, { hover: false });
		this.#hoveredCode = code;
		this.#setState(code, { hover: true });
	}

	#setState(code: string | null, state: MunicipalityFeatureState): void {
		if (code === null) return;
		this.map.setFeatureState({ source: MUNICIPALITY_SOURCE, id: code }, state);
	}
}
