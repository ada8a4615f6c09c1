import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../src/lib/drafts/store.svelte';
import {
	BACKUP_KEY_PREFIX,
	readStoredDrafts,
	serialiseDrafts,
	STORAGE_KEY,
	type KeyValueStore
} from '../../../src/lib/drafts/storage';
import { draft } from './fixtures';

class MemoryStore implements KeyValueStore {
	map = new Map<string, string>();
	getItem = (key: string) => this.map.get(key) ?? null;
	setItem = (key: string, value: string) => void this.map.set(key, value);
}

const known = (code: string) => code !== '99999';
const now = () => new Date('2026-11-27T00:00:00.000Z');

describe('stored drafts', () => {
	it('reads back what it writes', () => {
		const raw = serialiseDrafts(
			[
				{
					draft: draft('a', ['34207', '34205']),
					history: { undo: [{ op: 'add', code: '34205', index: 1 }], redo: [] }
				}
			],
			'a'
		);
		const result = readStoredDrafts(raw);
		expect(result.problems).toEqual([]);
		expect(result.activeId).toBe('a');
		expect(result.entries[0].draft.codes).toEqual(['34207', '34205']);
	});

	it('recovers the readable drafts of a damaged value and names the rest', () => {
		const raw = JSON.stringify({
			version: 1,
			drafts: [
				{ draft: draft('a', ['34207']), history: { undo: [] } },
				{ draft: { ...draft('b', ['34207']), codes: 'oops' } },
				{ draft: draft('c', ['01100']) }
			]
		});
		const result = readStoredDrafts(raw);
		expect(result.entries.map((e) => e.draft.id)).toEqual(['a', 'c']);
		expect(result.problems).toContainEqual({ kind: 'history-dropped', name: '案a' });
		expect(result.problems.find((p) => p.kind === 'unreadable-draft')).toMatchObject({
			position: 2,
			name: '案b'
		});
	});

	it('reports unparseable, unknown-format and other-version values without throwing', () => {
		expect(readStoredDrafts('{not json').problems[0].kind).toBe('unparseable');
		expect(readStoredDrafts('[1,2]').problems).toEqual([{ kind: 'unknown-format' }]);
		const v2 = readStoredDrafts(JSON.stringify({ version: 2, drafts: [{ draft: draft('a', ['34207']) }] }));
		expect(v2.problems).toEqual([{ kind: 'other-version', version: 2 }]);
		expect(v2.entries).toHaveLength(1);
	});

	it('keeps a corrupt value under a backup key before writing, and reports it', () => {
		const storage = new MemoryStore();
		storage.setItem(STORAGE_KEY, '{"version":1,"drafts":[{"draft":');
		const store = new DraftStore(storage, now);
		store.load(known);
		expect(store.recovery?.problems[0].kind).toBe('unparseable');
		const backupKey = store.recovery?.backupKey;
		expect(backupKey).toBe(`${BACKUP_KEY_PREFIX}2026-11-27T00:00:00.000Z`);
		expect(storage.getItem(backupKey!)).toBe('{"version":1,"drafts":[{"draft":');
		// A second corrupt read does not replace the first backup.
		storage.setItem(STORAGE_KEY, 'garbage');
		store.load(known);
		expect(store.recovery?.backupKey).toBe(`${BACKUP_KEY_PREFIX}2026-11-27T00:00:00.000Z-2`);
		expect(storage.getItem(backupKey!)).toBe('{"version":1,"drafts":[{"draft":');
	});

	it('drops codes the data no longer has, reporting them', () => {
		const storage = new MemoryStore();
		storage.setItem(
			STORAGE_KEY,
			serialiseDrafts([{ draft: draft('a', ['34207', '99999']), history: { undo: [], redo: [] } }], 'a')
		);
		const store = new DraftStore(storage, now);
		store.load(known);
		expect(store.active?.draft.codes).toEqual(['34207']);
		expect(store.recovery?.unknownCodes).toEqual([{ name: '案a', codes: ['99999'] }]);
	});

	it('does not write over a value another tab wrote', () => {
		const storage = new MemoryStore();
		const store = new DraftStore(storage, now);
		store.load(known);
		store.create({
			name: 'mine',
			kind: 'renkei',
			centres: ['34207'],
			codes: ['34207'],
			originSphereId: null
		});
		const other = serialiseDrafts([{ draft: draft('x', ['01100']), history: { undo: [], redo: [] } }], 'x');
		storage.setItem(STORAGE_KEY, other);
		store.edit({ op: 'add', code: '34205', index: 1 });
		expect(store.conflict).toBe(true);
		expect(storage.getItem(STORAGE_KEY)).toBe(other);
		store.keepMine();
		expect(readStoredDrafts(storage.getItem(STORAGE_KEY)).entries[0].draft.name).toBe('mine');
		expect([...storage.map.values()]).toContain(other);
	});

	it('persists edits, undo and redo', () => {
		const storage = new MemoryStore();
		const store = new DraftStore(storage, now);
		store.load(known);
		store.create({ name: 'p', kind: 'teiju', centres: ['34207'], codes: ['34207'], originSphereId: null });
		store.edit({ op: 'add', code: '34205', index: 1 });
		store.undo();
		store.redo();
		const again = new DraftStore(storage, now);
		again.load(known);
		expect(again.active?.draft.codes).toEqual(['34207', '34205']);
		expect(again.active?.history.undo).toHaveLength(1);
	});
});
