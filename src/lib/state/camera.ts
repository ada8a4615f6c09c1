import type { Camera } from './types';

/** The map's zoom range and the area a camera may look at (Japan with a wide margin). */
export const CAMERA_LIMITS = {
	minZoom: 3,
	maxZoom: 14,
	minLat: 20,
	maxLat: 50,
	minLng: 120,
	maxLng: 160
} as const;

/** Decimals kept in the URL: 4 for degrees (about 10 m), 2 for zoom. */
const DEGREE_DECIMALS = 4;
const ZOOM_DECIMALS = 2;

function roundTo(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}

export function roundCamera(camera: Camera): Camera {
	return {
		lat: roundTo(camera.lat, DEGREE_DECIMALS),
		lng: roundTo(camera.lng, DEGREE_DECIMALS),
		zoom: roundTo(camera.zoom, ZOOM_DECIMALS)
	};
}

export function isCameraInLimits(camera: Camera): boolean {
	const { minZoom, maxZoom, minLat, maxLat, minLng, maxLng } = CAMERA_LIMITS;
	return (
		camera.lat >= minLat &&
		camera.lat <= maxLat &&
		camera.lng >= minLng &&
		camera.lng <= maxLng &&
		camera.zoom >= minZoom &&
		camera.zoom <= maxZoom
	);
}

export function sameCamera(a: Camera | null, b: Camera | null): boolean {
	if (a === null || b === null) return a === b;
	const ra = roundCamera(a);
	const rb = roundCamera(b);
	return ra.lat === rb.lat && ra.lng === rb.lng && ra.zoom === rb.zoom;
}
