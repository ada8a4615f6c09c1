/** Asks for full screen (for the presentation mode); a refusal (no user gesture, or not allowed) leaves the page as it is. */
export function enterFullscreen(): void {
	const root = document.documentElement;
	if (document.fullscreenElement !== null || typeof root.requestFullscreen !== 'function') return;
	root.requestFullscreen().catch(() => {});
}

export function leaveFullscreen(): void {
	if (document.fullscreenElement !== null) document.exitFullscreen().catch(() => {});
}
