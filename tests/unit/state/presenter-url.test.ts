import { describe, expect, it } from 'vitest';
import {
	decodeIndexQuery,
	decodePresenterQuery,
	defaultPresenterSnapshot,
	encodeIndexQuery,
	encodePresenterQuery
} from '../../../src/lib/state/presenter-url';

describe('the prefecture page URL', () => {
	it('reads the bare ?present of older links', () => {
		expect(decodePresenterQuery('?present')).toEqual({
			snapshot: { present: true, slide: null, lang: 'ja' },
			issues: []
		});
	});

	it('round-trips presentation mode, slide and language in a fixed order', () => {
		const snapshot = { present: true, slide: 'bingo', lang: 'en' } as const;
		const query = encodePresenterQuery(snapshot);
		expect(query).toBe('?present&slide=bingo&lang=en');
		expect(decodePresenterQuery(query).snapshot).toEqual(snapshot);
	});

	it('is empty at the defaults', () => {
		expect(encodePresenterQuery(defaultPresenterSnapshot())).toBe('');
		expect(decodePresenterQuery('').snapshot).toEqual(defaultPresenterSnapshot());
	});

	it('drops and reports what it cannot read, keeping the rest', () => {
		const { snapshot, issues } = decodePresenterQuery('?slide=Not%20an%20id&lang=fr&present');
		expect(snapshot).toEqual({ present: true, slide: null, lang: 'ja' });
		expect(issues).toEqual([
			{ param: 'slide', value: 'Not an id' },
			{ param: 'lang', value: 'fr' }
		]);
	});

	it('the index carries only the language', () => {
		expect(decodeIndexQuery('?lang=en&slide=bingo&present')).toEqual({
			snapshot: { lang: 'en' },
			issues: []
		});
		expect(decodeIndexQuery('?lang=xx').issues).toEqual([{ param: 'lang', value: 'xx' }]);
		expect(encodeIndexQuery({ lang: 'en' })).toBe('?lang=en');
		expect(encodeIndexQuery({ lang: 'ja' })).toBe('');
	});
});
