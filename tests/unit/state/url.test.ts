import { describe, expect, it } from 'vitest';
import { CAMERA_LIMITS } from '../../../src/lib/state/camera';
import {
	CHOROPLETH_METRICS,
	CLASSIFICATION_METHODS,
	defaultSnapshot,
	LAYER_IDS,
	MAX_CLASSES,
	MIN_CLASSES,
	type ExplorerSnapshot
} from '../../../src/lib/state/types';
import { decodeExplorerQuery, encodeExplorerQuery, type UrlCatalogue } from '../../../src/lib/state/url';

const catalogue: UrlCatalogue = {
	isSelectableMunicipality: (code) => code === '34207' || code === '13101',
	hasSphere: (id) => id === 'bingo'
};

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ALPHABET = 'abcmsv:,.=&?%-_0123456789 ñ福山ふ\u0000\uffff#+eE';

function garbage(next: () => number, maxLength = 40): string {
	const length = Math.floor(next() * maxLength);
	let text = '';
	for (let index = 0; index < length; index += 1) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
	return text;
}

function pick<T>(next: () => number, values: readonly T[]): T {
	return values[Math.floor(next() * values.length)];
}

function randomSnapshot(next: () => number): ExplorerSnapshot {
	const snapshot = defaultSnapshot();
	if (next() < 0.7) {
		snapshot.camera = {
			lat:
				Math.round((CAMERA_LIMITS.minLat + next() * (CAMERA_LIMITS.maxLat - CAMERA_LIMITS.minLat)) * 1e4) /
				1e4,
			lng:
				Math.round((CAMERA_LIMITS.minLng + next() * (CAMERA_LIMITS.maxLng - CAMERA_LIMITS.minLng)) * 1e4) /
				1e4,
			zoom:
				Math.round((CAMERA_LIMITS.minZoom + next() * (CAMERA_LIMITS.maxZoom - CAMERA_LIMITS.minZoom)) * 100) /
				100
		};
	}
	const selection = next();
	if (selection < 0.3) snapshot.selection = { kind: 'municipality', code: '34207' };
	else if (selection < 0.6) snapshot.selection = { kind: 'sphere', id: 'bingo' };
	for (const id of LAYER_IDS) snapshot.layers[id] = next() < 0.5;
	if (next() < 0.6) {
		const method = pick(next, CLASSIFICATION_METHODS);
		const metric = pick(next, CHOROPLETH_METRICS);
		if (method === 'manual') {
			const count = 1 + Math.floor(next() * (MAX_CLASSES - 1));
			const breaks = [
				...new Set(Array.from({ length: count }, () => Math.round((next() - 0.3) * 1e5) / 100))
			].sort((a, b) => a - b);
			snapshot.choropleth = { metric, method, classes: breaks.length + 1, breaks };
		} else {
			const classes = MIN_CLASSES + Math.floor(next() * (MAX_CLASSES - MIN_CLASSES + 1));
			snapshot.choropleth = { metric, method, classes, breaks: [] };
		}
	}
	snapshot.lang = next() < 0.5 ? 'ja' : 'en';
	return snapshot;
}

describe('decodeExplorerQuery', () => {
	it('reads the example from the issue', () => {
		const { snapshot, issues } = decodeExplorerQuery(
			'?v=34.5,133.3,8&sel=m:34207&layers=renkei,teiju&ch=ratio:quantile'
		);
		expect(issues).toEqual([]);
		expect(snapshot.camera).toEqual({ lat: 34.5, lng: 133.3, zoom: 8 });
		expect(snapshot.selection).toEqual({ kind: 'municipality', code: '34207' });
		expect(snapshot.layers).toEqual({ renkei: true, teiju: true, projects: false, labels: false });
		expect(snapshot.choropleth).toEqual({ metric: 'ratio', method: 'quantile', classes: 5, breaks: [] });
		expect(snapshot.lang).toBe('ja');
	});

	it('gives the defaults for an empty query', () => {
		for (const query of ['', '?', '?&&']) {
			expect(decodeExplorerQuery(query)).toEqual({ snapshot: defaultSnapshot(), issues: [] });
		}
	});

	it('reads an empty layers list as every layer off', () => {
		const { snapshot, issues } = decodeExplorerQuery('?layers=');
		expect(issues).toEqual([]);
		expect(Object.values(snapshot.layers).every((visible) => !visible)).toBe(true);
	});

	it('keeps the default layers when every listed id is unknown, with a notice (defect 8)', () => {
		const { snapshot, issues } = decodeExplorerQuery('?layers=13');
		expect(snapshot.layers).toEqual(defaultSnapshot().layers);
		expect(issues).toEqual([{ param: 'layers', value: '13', reason: 'unknown' }]);
		expect(decodeExplorerQuery('?layers=,roads,,').snapshot.layers).toEqual(defaultSnapshot().layers);
	});

	it('shows hidden characters of an offending value and never cuts a character in half (defect 9)', () => {
		const { issues } = decodeExplorerQuery(`?lang=${encodeURIComponent('\u202Efdp.exe\u0000')}`);
		expect(issues[0].value).toBe('⟨U+202E⟩fdp.exe⟨U+0000⟩');
		const long = decodeExplorerQuery(`?lang=${encodeURIComponent(`${'x'.repeat(59)}😀😀`)}`);
		expect(long.issues[0].value).toBe(`${'x'.repeat(59)}😀…`);
	});

	it('keeps the known layers and reports the unknown ones', () => {
		const { snapshot, issues } = decodeExplorerQuery('?layers=renkei,roads');
		expect(snapshot.layers.renkei).toBe(true);
		expect(snapshot.layers.teiju).toBe(false);
		expect(issues).toEqual([{ param: 'layers', value: 'renkei,roads', reason: 'unknown' }]);
	});

	it.each([
		['v', '34.5,133.3', 'malformed'],
		['v', 'NaN,133.3,8', 'malformed'],
		['v', 'Infinity,133,8', 'malformed'],
		['v', '1e400,133,8', 'malformed'],
		['v', '0x22,133,8', 'malformed'],
		['v', '34.5,133.3,8,1', 'malformed'],
		['v', ' 34.5,133.3,8', 'malformed'],
		['v', '99999999999999999999,133,8', 'malformed'],
		['v', '91,133,8', 'out-of-range'],
		['v', '0,0,5', 'out-of-range'],
		['v', '34.5,133.3,30', 'out-of-range'],
		['v', '34.5,133.3,-1', 'out-of-range'],
		['sel', '34207', 'malformed'],
		['sel', 'm:3420', 'malformed'],
		['sel', 'm:342071', 'malformed'],
		['sel', 'x:34207', 'malformed'],
		['sel', 's:Bingo!', 'malformed'],
		['sel', 's:', 'malformed'],
		['ch', 'ratio', 'malformed'],
		['ch', 'height:quantile', 'unknown'],
		['ch', 'ratio:natural', 'unknown'],
		['ch', 'ratio:quantile:2', 'out-of-range'],
		['ch', 'ratio:quantile:10', 'out-of-range'],
		['ch', 'ratio:quantile:five', 'malformed'],
		['ch', 'ratio:manual', 'malformed'],
		['ch', 'ratio:manual:', 'malformed'],
		['ch', 'ratio:manual:1,,2', 'malformed'],
		['ch', 'ratio:manual:1,2,3,4,5,6,7,8,9', 'malformed'],
		['ch', 'ratio:manual:1e3', 'malformed'],
		['ch', 'pop:manual:9999999999999', 'out-of-range'],
		['ch', 'ratio:quantile:5:extra', 'malformed'],
		['lang', 'fr', 'unknown']
	] as const)('ignores %s=%s (%s) and reports it', (param, value, reason) => {
		const { snapshot, issues } = decodeExplorerQuery(`?${param}=${encodeURIComponent(value)}`);
		expect(issues).toEqual([{ param, value, reason }]);
		const defaults = defaultSnapshot();
		if (param === 'v') expect(snapshot.camera).toBeNull();
		if (param === 'sel') expect(snapshot.selection).toBeNull();
		if (param === 'ch') expect(snapshot.choropleth).toBeNull();
		if (param === 'lang') expect(snapshot.lang).toBe(defaults.lang);
	});

	it('checks selections against the data when given a catalogue', () => {
		expect(decodeExplorerQuery('?sel=m:34207', catalogue).issues).toEqual([]);
		expect(decodeExplorerQuery('?sel=m:99999', catalogue)).toEqual({
			snapshot: defaultSnapshot(),
			issues: [{ param: 'sel', value: 'm:99999', reason: 'unknown' }]
		});
		expect(decodeExplorerQuery('?sel=s:nowhere', catalogue).issues).toEqual([
			{ param: 'sel', value: 's:nowhere', reason: 'unknown' }
		]);
		// Without a catalogue only the form is checked.
		expect(decodeExplorerQuery('?sel=m:99999').snapshot.selection).toEqual({
			kind: 'municipality',
			code: '99999'
		});
	});

	it('keeps the good parameters when others are bad', () => {
		const { snapshot, issues } = decodeExplorerQuery('?v=garbage&sel=m:34207&ch=pop:equal:7&lang=en');
		expect(issues.map((issue) => issue.param)).toEqual(['v']);
		expect(snapshot.selection).toEqual({ kind: 'municipality', code: '34207' });
		expect(snapshot.choropleth).toEqual({ metric: 'pop', method: 'equal', classes: 7, breaks: [] });
		expect(snapshot.lang).toBe('en');
	});

	it('sorts manual breaks and drops duplicates', () => {
		const { snapshot } = decodeExplorerQuery('?ch=ratio:manual:110,90,100,90');
		expect(snapshot.choropleth).toEqual({
			metric: 'ratio',
			method: 'manual',
			classes: 4,
			breaks: [90, 100, 110]
		});
	});

	it('shortens a very long offending value in the report', () => {
		const { issues } = decodeExplorerQuery(`?sel=${'9'.repeat(5000)}`);
		expect(issues[0].value.length).toBeLessThanOrEqual(61);
	});

	it('never throws and always returns a well-formed state for garbage (2,000 random queries)', () => {
		const next = random(20240401);
		for (let run = 0; run < 2000; run += 1) {
			const query =
				next() < 0.5
					? garbage(next, 80)
					: ['v', 'sel', 'layers', 'ch', 'lang', 'x']
							.filter(() => next() < 0.6)
							.map((param) => `${param}=${garbage(next)}`)
							.join('&');
			const { snapshot, issues } = decodeExplorerQuery(query, next() < 0.5 ? catalogue : undefined);
			expect(Object.keys(snapshot.layers).sort()).toEqual([...LAYER_IDS].sort());
			if (snapshot.camera) {
				for (const value of Object.values(snapshot.camera)) expect(Number.isFinite(value)).toBe(true);
			}
			if (snapshot.choropleth) {
				expect(snapshot.choropleth.classes).toBeGreaterThanOrEqual(2);
				expect(snapshot.choropleth.breaks.every(Number.isFinite)).toBe(true);
			}
			for (const issue of issues) expect(['v', 'sel', 'layers', 'ch', 'lang']).toContain(issue.param);
		}
	});
});

describe('encodeExplorerQuery', () => {
	it('writes a readable query', () => {
		const snapshot = defaultSnapshot();
		snapshot.camera = { lat: 34.50001, lng: 133.3, zoom: 8 };
		snapshot.selection = { kind: 'municipality', code: '34207' };
		snapshot.choropleth = { metric: 'ratio', method: 'quantile', classes: 5, breaks: [] };
		expect(encodeExplorerQuery(snapshot)).toBe(
			'?v=34.5,133.3,8&sel=m:34207&layers=renkei,teiju,labels&ch=ratio:quantile'
		);
	});

	it('writes numbers without exponents', () => {
		const snapshot = defaultSnapshot();
		snapshot.choropleth = {
			metric: 'pop',
			method: 'manual',
			classes: 4,
			breaks: [0.0000001, 0.5, 900000000000]
		};
		expect(encodeExplorerQuery(snapshot)).toContain('ch=pop:manual:0.0000001,0.5,900000000000');
	});

	it('round-trips 1,000 random states', () => {
		const next = random(7);
		for (let run = 0; run < 1000; run += 1) {
			const snapshot = randomSnapshot(next);
			const decoded = decodeExplorerQuery(encodeExplorerQuery(snapshot), catalogue);
			expect(decoded.issues).toEqual([]);
			expect(decoded.snapshot).toEqual(snapshot);
		}
	});

	it('is stable: decoding and encoding again gives the same query', () => {
		const next = random(99);
		for (let run = 0; run < 500; run += 1) {
			const query = encodeExplorerQuery(randomSnapshot(next));
			expect(encodeExplorerQuery(decodeExplorerQuery(query).snapshot)).toBe(query);
		}
	});
});
