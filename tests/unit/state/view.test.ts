import { describe, expect, it } from 'vitest';
import { defaultSnapshot } from '../../../src/lib/state/types';
import { decodeExplorerQuery, encodeExplorerQuery } from '../../../src/lib/state/url';
import { ExplorerState } from '../../../src/lib/state/view.svelte';

describe('ExplorerState', () => {
	it('starts from the defaults and serialises to a plain snapshot', () => {
		const state = new ExplorerState();
		expect(state.snapshot()).toEqual(defaultSnapshot());
		expect(JSON.parse(JSON.stringify(state))).toEqual(defaultSnapshot());
	});

	it('applies a decoded URL and gives it back unchanged', () => {
		const query = '?v=34.5,133.3,8&sel=m:34207&layers=renkei,labels&ch=ratio:manual:90,100,110&lang=en';
		const state = new ExplorerState(decodeExplorerQuery(query).snapshot);
		expect(encodeExplorerQuery(state.snapshot())).toBe(query);
	});

	it('keeps its objects when nothing changed, so effects do not rerun', () => {
		const state = new ExplorerState(decodeExplorerQuery('?sel=s:bingo&layers=teiju').snapshot);
		const { layers, selection } = state;
		state.apply(decodeExplorerQuery('?sel=s:bingo&layers=teiju').snapshot);
		expect(state.layers).toBe(layers);
		expect(state.selection).toBe(selection);
		state.setLayer('teiju', true);
		expect(state.layers).toBe(layers);
		state.setLayer('renkei', true);
		expect(state.layers).not.toBe(layers);
		expect(state.layers.renkei).toBe(true);
	});

	it('ignores camera moves too small to show in the URL', () => {
		const state = new ExplorerState();
		state.setCamera({ lat: 34.5, lng: 133.3, zoom: 8 });
		const camera = state.camera;
		state.setCamera({ lat: 34.500001, lng: 133.300001, zoom: 8.0001 });
		expect(state.camera).toBe(camera);
	});
});
