/**
 * The URL codec: an ExplorerSnapshot to and from a query string such as
 *   ?v=34.5,133.3,8&sel=m:34207&layers=renkei,teiju&ch=ratio:quantile
 *
 *   v       lat,lng,zoom (decimal numbers)
 *   sel     m:<5-digit code> | s:<sphere id>
 *   layers  comma-separated layer ids; empty means every layer off (a list naming no
 *           known layer keeps the default)
 *   ch      <metric>:<quantile|equal>[:<classes>] | <metric>:manual:<limit>,<limit>,…
 *   lang    ja | en
 *
 * Decoding never throws: a malformed or unknown value is dropped (its part of the
 * state keeps the default) and reported as an issue naming the parameter, with its hidden
 * characters shown as codes.
 */
import { visibleText } from '../text';
import { isCameraInLimits, roundCamera } from './camera';
import {
	CHOROPLETH_METRICS,
	CLASSIFICATION_METHODS,
	DEFAULT_CLASSES,
	defaultSnapshot,
	LAYER_IDS,
	MAX_CLASSES,
	MIN_CLASSES,
	selectionKey,
	type Camera,
	type ChoroplethChoice,
	type ChoroplethMetric,
	type ClassificationMethod,
	type ExplorerSnapshot,
	type Lang,
	type LayerId,
	type LayerVisibility,
	type Selection
} from './types';

export const URL_PARAMS = ['v', 'sel', 'layers', 'ch', 'lang'] as const;
export type UrlParam = (typeof URL_PARAMS)[number];

export type UrlIssueReason = 'malformed' | 'out-of-range' | 'unknown';

export interface UrlIssue {
	param: UrlParam;
	/** The offending value as found in the URL (shortened if very long). */
	value: string;
	reason: UrlIssueReason;
}

/** What the decoder may check names against once the data has loaded. */
export interface UrlCatalogue {
	/** True for a municipality that can be selected (北方領土 villages cannot). */
	isSelectableMunicipality(code: string): boolean;
	hasSphere(id: string): boolean;
}

export interface DecodedUrl {
	snapshot: ExplorerSnapshot;
	issues: UrlIssue[];
}

/** A manual break list longer than this is not a classification anyone meant. */
const MAX_MANUAL_BREAKS = MAX_CLASSES - 1;
/** Larger limits would not print as plain decimals; no measure comes near them. */
export const MAX_ABS_BREAK = 1e12;
const MAX_REPORTED_VALUE_LENGTH = 60;
const DECIMAL = /^-?\d{1,15}(?:\.\d{1,10})?$/;
const MUNICIPALITY_CODE = /^\d{5}$/;
const SPHERE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

class Failure {
	constructor(readonly reason: UrlIssueReason) {}
}

function parseDecimal(text: string): number | null {
	if (!DECIMAL.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

function isOneOf<T extends string>(values: readonly T[], text: string): text is T {
	return (values as readonly string[]).includes(text);
}

function decodeCamera(text: string): Camera | Failure {
	const parts = text.split(',');
	if (parts.length !== 3) return new Failure('malformed');
	const [lat, lng, zoom] = parts.map(parseDecimal);
	if (lat === null || lng === null || zoom === null) return new Failure('malformed');
	const camera = { lat, lng, zoom };
	return isCameraInLimits(camera) ? camera : new Failure('out-of-range');
}

function decodeSelection(text: string, catalogue: UrlCatalogue | undefined): Selection | Failure {
	const separator = text.indexOf(':');
	if (separator < 0) return new Failure('malformed');
	const kind = text.slice(0, separator);
	const id = text.slice(separator + 1);
	if (kind === 'm') {
		if (!MUNICIPALITY_CODE.test(id)) return new Failure('malformed');
		if (catalogue && !catalogue.isSelectableMunicipality(id)) return new Failure('unknown');
		return { kind: 'municipality', code: id };
	}
	if (kind === 's') {
		if (!SPHERE_ID.test(id)) return new Failure('malformed');
		if (catalogue && !catalogue.hasSphere(id)) return new Failure('unknown');
		return { kind: 'sphere', id };
	}
	return new Failure('malformed');
}

/** The layers a list turns on; null (keep the default) when it names only unknown ids. */
function decodeLayers(text: string): { layers: LayerVisibility | null; unknown: boolean } {
	const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, false])) as LayerVisibility;
	let unknown = false;
	let known = false;
	for (const token of text.split(',')) {
		if (token === '') continue;
		if (isOneOf(LAYER_IDS, token)) {
			layers[token] = true;
			known = true;
		} else unknown = true;
	}
	return { layers: unknown && !known ? null : layers, unknown };
}

function decodeBreaks(text: string): number[] | Failure {
	const values = text.split(',').map(parseDecimal);
	if (values.length > MAX_MANUAL_BREAKS || values.some((value) => value === null))
		return new Failure('malformed');
	const numbers = values as number[];
	if (numbers.some((value) => Math.abs(value) > MAX_ABS_BREAK)) return new Failure('out-of-range');
	return normaliseBreaks(numbers);
}

/** Sorted ascending, without duplicates. */
export function normaliseBreaks(breaks: readonly number[]): number[] {
	return [...new Set(breaks)].sort((a, b) => a - b);
}

function decodeChoropleth(text: string): ChoroplethChoice | Failure {
	const [metric, method, extra, ...rest] = text.split(':');
	if (rest.length > 0 || metric === undefined || method === undefined) return new Failure('malformed');
	if (!isOneOf<ChoroplethMetric>(CHOROPLETH_METRICS, metric)) return new Failure('unknown');
	if (!isOneOf<ClassificationMethod>(CLASSIFICATION_METHODS, method)) return new Failure('unknown');
	if (method === 'manual') {
		if (extra === undefined || extra === '') return new Failure('malformed');
		const breaks = decodeBreaks(extra);
		if (breaks instanceof Failure) return breaks;
		return { metric, method, classes: breaks.length + 1, breaks };
	}
	if (extra === undefined) return { metric, method, classes: DEFAULT_CLASSES, breaks: [] };
	if (!/^\d{1,2}$/.test(extra)) return new Failure('malformed');
	const classes = Number(extra);
	if (classes < MIN_CLASSES || classes > MAX_CLASSES) return new Failure('out-of-range');
	return { metric, method, classes, breaks: [] };
}

function reportedValue(value: string): string {
	return visibleText(value, MAX_REPORTED_VALUE_LENGTH);
}

/**
 * Reads the state from a query string ("?a=b" or "a=b"). Absent parameters take their
 * defaults; with a catalogue, selections naming nothing known are reported as 'unknown'.
 */
export function decodeExplorerQuery(query: string, catalogue?: UrlCatalogue): DecodedUrl {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		params = new URLSearchParams();
	}
	const snapshot = defaultSnapshot();
	const issues: UrlIssue[] = [];
	const report = (param: UrlParam, value: string, reason: UrlIssueReason) =>
		issues.push({ param, value: reportedValue(value), reason });

	const v = params.get('v');
	if (v !== null) {
		const camera = decodeCamera(v);
		if (camera instanceof Failure) report('v', v, camera.reason);
		else snapshot.camera = camera;
	}

	const sel = params.get('sel');
	if (sel !== null && sel !== '') {
		const selection = decodeSelection(sel, catalogue);
		if (selection instanceof Failure) report('sel', sel, selection.reason);
		else snapshot.selection = selection;
	}

	const layers = params.get('layers');
	if (layers !== null) {
		const decoded = decodeLayers(layers);
		if (decoded.layers !== null) snapshot.layers = decoded.layers;
		if (decoded.unknown) report('layers', layers, 'unknown');
	}

	const ch = params.get('ch');
	if (ch !== null && ch !== '') {
		const choropleth = decodeChoropleth(ch);
		if (choropleth instanceof Failure) report('ch', ch, choropleth.reason);
		else snapshot.choropleth = choropleth;
	}

	const lang = params.get('lang');
	if (lang !== null) {
		if (isOneOf<Lang>(['ja', 'en'], lang)) snapshot.lang = lang;
		else report('lang', lang, 'unknown');
	}

	return { snapshot, issues };
}

function formatNumber(value: number): string {
	// Plain decimal notation: String() would switch to exponents for very small or large values.
	const text = value.toFixed(10).replace(/\.?0+$/, '');
	return text === '-0' ? '0' : text;
}

function encodeCamera(camera: Camera): string {
	const rounded = roundCamera(camera);
	return [rounded.lat, rounded.lng, rounded.zoom].map(formatNumber).join(',');
}

function encodeChoropleth(choice: ChoroplethChoice): string {
	if (choice.method === 'manual')
		return `${choice.metric}:manual:${choice.breaks.map(formatNumber).join(',')}`;
	const classes = choice.classes === DEFAULT_CLASSES ? '' : `:${choice.classes}`;
	return `${choice.metric}:${choice.method}${classes}`;
}

// `,` and `:` are legal in a query and much easier to read than %2C and %3A.
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The query string for a snapshot, with its leading "?". */
export function encodeExplorerQuery(snapshot: ExplorerSnapshot): `?${string}` {
	const entries: [UrlParam, string][] = [];
	if (snapshot.camera !== null) entries.push(['v', encodeCamera(snapshot.camera)]);
	if (snapshot.selection !== null) entries.push(['sel', selectionKey(snapshot.selection)]);
	entries.push(['layers', LAYER_IDS.filter((id: LayerId) => snapshot.layers[id]).join(',')]);
	if (snapshot.choropleth !== null) entries.push(['ch', encodeChoropleth(snapshot.choropleth)]);
	if (snapshot.lang !== 'ja') entries.push(['lang', snapshot.lang]);
	return `?${entries.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&')}`;
}
