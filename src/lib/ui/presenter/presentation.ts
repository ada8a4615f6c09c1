/** Full screen and the `?present` URL flag of the presenter page (browser only). */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';

export function presentRequested(): boolean {
	return new URL(window.location.href).searchParams.has('present');
}

/** Drops `?present` from a prefecture page's URL (when leaving the presentation), without a navigation. */
export function clearPresentParam(code: string): void {
	if (presentRequested()) replaceState(resolve('/pref/[code]', { code }), {});
}

/** Asks for full screen; a refusal (no user gesture, or not allowed) leaves the page as it is. */
export function enterFullscreen(): void {
	const root = document.documentElement;
	if (document.fullscreenElement !== null || typeof root.requestFullscreen !== 'function') return;
	root.requestFullscreen().catch(() => {});
}

export function leaveFullscreen(): void {
	if (document.fullscreenElement !== null) document.exitFullscreen().catch(() => {});
}
