/**
 * User-supplied text made safe to store, cut and show: length limits count code points
 * (a cut never splits a surrogate pair, which `encodeURIComponent` would reject), and
 * characters that change how text around them looks (bidi overrides, zero-width and
 * control characters, half surrogate pairs) are removed from names or shown as codes in
 * notices, so that "\u202Efdp.exe" can never pass for "exe.pdf".
 */

/**
 * C0 and C1 controls, the bidi embeddings, overrides, isolates and marks, zero-width
 * characters, the byte order mark, the interlinear annotation and object replacement
 * characters, and lone surrogates.
 */
/* eslint-disable no-control-regex -- matching control characters is the point here */
const INVISIBLE =
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffc]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** The first `max` code points of `text`. */
export function truncateCodePoints(text: string, max: number): string {
	if (text.length <= max) return text;
	let end = 0;
	for (let count = 0; count < max && end < text.length; count += 1) {
		const unit = text.charCodeAt(end);
		const pair = unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(text.charAt(end + 1));
		end += pair ? 2 : 1;
	}
	return text.slice(0, end);
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
	let count = 0;
	for (let index = 0; index < text.length; index += 1) {
		const unit = text.charCodeAt(index);
		if (unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(text.charAt(index + 1))) index += 1;
		count += 1;
	}
	return count;
}

/** `text` without the invisible and direction-changing characters. */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/** True when `text` holds a character `stripInvisible` would remove. */
export function hasInvisible(text: string): boolean {
	INVISIBLE.lastIndex = 0;
	const found = INVISIBLE.test(text);
	INVISIBLE.lastIndex = 0;
	return found;
}

/**
 * `text` for a notice: every invisible character written as its code, e.g. "⟨U+202E⟩",
 * and cut to `max` code points with "…" when longer.
 */
export function visibleText(text: string, max: number): string {
	const cut = truncateCodePoints(text, max);
	const shown = cut.replace(
		INVISIBLE,
		(char) => `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`
	);
	return cut.length < text.length ? `${shown}…` : shown;
}
