import { describe, expect, it } from 'vitest';
import {
	decodeResearchQuery,
	DEFAULT_SNAPSHOT,
	encodeResearchQuery,
	type ResearchSnapshot
} from '../../../src/lib/state/research-url';

describe('research view URL', () => {
	it('is empty for the default view', () => {
		expect(encodeResearchQuery(DEFAULT_SNAPSHOT)).toBe('');
		expect(decodeResearchQuery('')).toEqual({ snapshot: DEFAULT_SNAPSHOT, issues: [] });
	});

	it('round-trips every parameter', () => {
		const snapshot: ResearchSnapshot = {
			date: '2015-04-01',
			measure: { category: 'both', quantity: 'area' },
			map: 'muni',
			pref: '34',
			a: 'sphere:bingo',
			b: 'pref:33',
			lang: 'en'
		};
		const query = encodeResearchQuery(snapshot);
		expect(query).toBe(
			'?date=2015-04-01&measure=both-area&map=muni&pref=34&a=sphere%3Abingo&b=pref%3A33&lang=en'
		);
		expect(decodeResearchQuery(query)).toEqual({ snapshot, issues: [] });
	});

	it('drops and reports values it cannot read, keeping the defaults', () => {
		const { snapshot, issues } = decodeResearchQuery(
			'?date=2019-02-30&measure=renkei-people&map=world&pref=48&a=town:1&b=pref:00&lang=fr'
		);
		expect(snapshot).toEqual(DEFAULT_SNAPSHOT);
		expect(issues.map((issue) => issue.param)).toEqual(['date', 'measure', 'map', 'pref', 'a', 'b', 'lang']);
	});
});

describe('compare keys in the URL', () => {
	it('accept spheres, prefectures 01–47 and drafts by id', () => {
		const { snapshot, issues } = decodeResearchQuery('?a=draft:0f8e-41aa&b=pref:47');
		expect(issues).toEqual([]);
		expect([snapshot.a, snapshot.b]).toEqual(['draft:0f8e-41aa', 'pref:47']);
		expect(decodeResearchQuery('?a=draft:&b=sphere:').issues.map((i) => i.param)).toEqual(['a', 'b']);
	});
});
