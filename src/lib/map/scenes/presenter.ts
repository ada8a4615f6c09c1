/** The presenter's map: the explorer's layers, fitted to a prefecture or to one sphere. */
import { DEFAULT_LAYERS } from '$lib/state/types';
import type { MapFocus } from '$lib/presenter/slides';
import type { SceneDefinition } from '../kernel/scene';
import type { MapInput } from '../scene-data';
import { explorerStyle } from '../style/explorer';
import { nationalViewPadding } from '../view';
import { AtlasData, ATLAS_IMAGES } from './atlas';

export interface PresenterProps {
	focus: MapFocus;
}

const PADDING = { top: 24, bottom: 24, left: 24, right: 24 };

export function presenterScene(): SceneDefinition<PresenterProps, MapInput, object, undefined> {
	let data: AtlasData | null = null;

	const fitFocus: NonNullable<SceneDefinition<PresenterProps, MapInput, object, undefined>['fit']> = (
		kernel,
		props,
		_focus,
		padding,
		animate
	) => data !== null && kernel.fit(data.boundsOf(props.focus.codes), padding ?? PADDING, animate);

	return {
		options: () => ({
			style: explorerStyle(DEFAULT_LAYERS),
			camera: null,
			nationalPadding: nationalViewPadding,
			fit: { maxZoom: 11, durationMs: 600 },
			// The drawn frame stays readable for printing.
			preserveDrawingBuffer: true,
			images: ATLAS_IMAGES
		}),

		load(kernel, input) {
			return new Promise((resolve) =>
				kernel.whenStyleLoaded(() => {
					data = new AtlasData(kernel, input, () => {});
					resolve();
				})
			);
		},

		update(kernel, next, previous) {
			if (!data || next.focus === previous?.focus) return;
			const { sphereId } = next.focus;
			data.select(sphereId === null ? null : { kind: 'sphere', id: sphereId });
			// Slides glide from sphere to sphere; a new prefecture is shown at once.
			fitFocus(kernel, next, undefined, null, sphereId !== null);
		},

		// The sphere, or the prefecture of the first code.
		readyKey: ({ focus }) => focus.sphereId ?? `pref-${focus.codes[0]?.slice(0, 2) ?? ''}`,

		fit: fitFocus,
		printable: true
	};
}
