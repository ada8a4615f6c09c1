import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';

/**
 * The four main islands and Okinawa. Deliberately not the data's full extent:
 * 小笠原村 reaches 南鳥島 at 154°E, which would shrink Japan to a sliver.
 */
export const MAIN_ISLANDS_BOUNDS: LngLatBoundsLike = [
	[122.9, 24.0],
	[146.0, 45.6]
];

/** Room kept free around the national view: the controls column on the left of wide screens. */
export function nationalViewPadding(containerWidth: number): PaddingOptions {
	return containerWidth >= 1000
		? { top: 16, bottom: 40, left: 330, right: 16 }
		: { top: 16, bottom: 16, left: 16, right: 16 };
}
