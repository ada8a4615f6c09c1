import type { PaddingOptions } from 'maplibre-gl';
import type { KernelOptions, MapKernel } from './kernel';

/**
 * What a page's map shows, as a definition the mount component (ui/map/MapView) drives:
 * the page declares its map as a plain props object, and `update` brings the map in line
 * with it, comparing with the props it applied last (null the first time).
 */
export interface SceneDefinition<Props, Data, Events, Focus = never> {
	/** The kernel's options for the props the map starts with (null: not known yet). */
	options(props: Props | null, containerWidth: number): KernelOptions;
	/**
	 * Hands the data to the map, once, and wires the pointer to `events`. Resolves when the
	 * scene can take updates; it tells the kernel (`drawing`) when everything is handed over.
	 */
	load(kernel: MapKernel, data: Data, events: Events): Promise<void>;
	update(kernel: MapKernel, next: Props, previous: Props | null): void;
	/** The readiness mark (MapKernel.markReady) for these props. */
	readyKey(props: Props): string;
	/** Brings `focus` into view, clear of `padding` (null: the scene's default padding); false if nothing of it is drawn. */
	fit?(
		kernel: MapKernel,
		props: Props,
		focus: Focus,
		padding: PaddingOptions | null,
		animate: boolean
	): boolean;
	/** Refits after the page is laid out for print. */
	printable?: boolean;
}

/** What a page can ask of its mounted map (ui/map/MapView). */
export interface MapHandle<Focus> {
	/** Brings `focus` into view (animated); false when the map is not ready or none of it is drawn. */
	fit(focus: Focus): boolean;
	/**
	 * A copy of the map's frame: as on screen, or drawn at `size` with `focus` (the scene's
	 * own when left out) fitted clear of `padding`.
	 */
	capture(
		size?: { width: number; height: number },
		focus?: Focus,
		padding?: PaddingOptions
	): Promise<HTMLCanvasElement>;
}
