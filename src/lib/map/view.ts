import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * The four main islands and Okinawa. Deliberately not the data's full extent:
 * 小笠原村 reaches 南鳥島 at 154°E, which would shrink Japan to a sliver.
 */
export const MAIN_ISLANDS_BOUNDS: LngLatBoundsLike = [
	[122.9, 24.0],
	[146.0, 45.6]
];

export const INITIAL_VIEW_PADDING = 16;
