import { describe, expect, test } from 'vitest';
import {
	LANG_STORAGE_KEY,
	rememberedLang,
	rememberLang,
	startingLang
} from '../../../src/lib/state/language';

/** An in-memory Storage; `broken` makes every call throw, as blocked storage does. */
function memoryStorage(initial: Record<string, string> = {}, broken = false): Storage {
	const items = new Map(Object.entries(initial));
	const guard = () => {
		if (broken) throw new Error('SecurityError');
	};
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		key: (index) => [...items.keys()][index] ?? null,
		getItem: (key) => (guard(), items.get(key) ?? null),
		setItem: (key, value) => (guard(), void items.set(key, value)),
		removeItem: (key) => (guard(), void items.delete(key))
	};
}

describe('the remembered language', () => {
	test('is what was last remembered', () => {
		const store = memoryStorage();
		expect(rememberedLang(store)).toBeNull();
		rememberLang('en', store);
		expect(rememberedLang(store)).toBe('en');
		rememberLang('ja', store);
		expect(rememberedLang(store)).toBe('ja');
	});

	test('a corrupt stored value is ignored and removed', () => {
		const store = memoryStorage({ [LANG_STORAGE_KEY]: '{"lang":"en"}' });
		expect(rememberedLang(store)).toBeNull();
		expect(store.getItem(LANG_STORAGE_KEY)).toBeNull();
	});

	test('blocked or missing storage neither throws nor remembers', () => {
		const store = memoryStorage({}, true);
		expect(() => rememberLang('en', store)).not.toThrow();
		expect(rememberedLang(store)).toBeNull();
		expect(rememberedLang(null)).toBeNull();
	});

	test("the URL's lang wins: the remembered one applies only when the URL names none", () => {
		const store = memoryStorage({ [LANG_STORAGE_KEY]: 'en' });
		expect(startingLang('?sel=m:34207', store)).toBe('en');
		expect(startingLang('?lang=ja', store)).toBeNull();
		expect(startingLang('?lang=xx', store)).toBeNull();
	});
});
