import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DraftStore } from '../../../src/lib/drafts/store.svelte';
import {
	BACKUP_KEY_PREFIX,
	readStoredDrafts,
	serialiseDrafts,
	STORAGE_KEY,
	type KeyValueStore
} from '../../../src/lib/drafts/storage';
import { draft } from './fixtures';

/** localStorage with a quota, counted in characters of keys and values, as browsers do. */
class QuotaStore implements KeyValueStore {
	map = new Map<string, string>();
	constructor(readonly quota = Infinity) {}
	getItem = (key: string) => this.map.get(key) ?? null;
	setItem = (key: string, value: string) => {
		const used = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
		if (used + key.length + value.length > this.quota) throw new Error('QuotaExceededError');
		this.map.set(key, value);
	};
	backups = () => [...this.map.keys()].filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
}

const known = () => true;
const now = () => new Date('2026-12-02T00:00:00.000Z');
const seed = { name: '笠岡', kind: 'renkei' as const, centres: ['33205'], codes: [], originSphereId: null };

function nestedBatch(depth: number): unknown {
	let patch: unknown = { op: 'add', code: '34205', index: 1 };
	for (let i = 0; i < depth; i += 1) patch = { op: 'batch', patches: [patch] };
	return patch;
}

describe('stored drafts are never lost', () => {
	it('does not write over an unreadable value whose backup failed (defect 1)', () => {
		const damaged = JSON.stringify({
			version: 1,
			drafts: [
				{ draft: draft('a', ['34207']) },
				{ draft: { id: 7, name: '壊れた案', padding: 'x'.repeat(4_000_000) } }
			]
		});
		const storage = new QuotaStore(5_000_000);
		storage.setItem(STORAGE_KEY, damaged);
		const store = new DraftStore(storage, now);
		store.load(known);
		expect(store.recovery?.backupKey).toBeNull();
		expect(store.heldBack).toBe(damaged);
		store.create(seed);
		store.open(store.entries[0].draft.id);
		expect(storage.getItem(STORAGE_KEY)).toBe(damaged);
		expect(store.conflict).toBe(false);
		// Once the user has the raw value (downloaded), they may let the store write.
		store.allowOverwrite();
		expect(store.heldBack).toBeNull();
		expect(readStoredDrafts(storage.getItem(STORAGE_KEY)).entries.map((e) => e.draft.name)).toEqual([
			'案a',
			'笠岡'
		]);
	});

	it('writes once a retried backup succeeds', () => {
		const storage = new QuotaStore(60);
		storage.setItem(STORAGE_KEY, '{"broken"');
		const store = new DraftStore(storage, now);
		store.load(known);
		expect(store.heldBack).toBe('{"broken"');
		(storage as { quota: number }).quota = Infinity;
		expect(store.retryBackup()).toBe(true);
		expect(store.heldBack).toBeNull();
		expect(storage.getItem(storage.backups()[0])).toBe('{"broken"');
	});

	it('keeps the other tab’s value when its backup fails on "keep mine"', () => {
		const storage = new QuotaStore(2_000);
		const store = new DraftStore(storage, now);
		store.load(known);
		store.create(seed);
		const other = serialiseDrafts([{ draft: draft('x', ['01100']), history: { undo: [], redo: [] } }], 'x');
		storage.setItem(STORAGE_KEY, other + ' '.repeat(1_000));
		store.edit({ op: 'add', code: '34205', index: 1 });
		expect(store.conflict).toBe(true);
		expect(() => store.keepMine()).not.toThrow();
		expect(storage.getItem(STORAGE_KEY)).toBe(other + ' '.repeat(1_000));
		expect(store.heldBack).toBe(other + ' '.repeat(1_000));
	});

	it('reads 1,500 nested batch steps without throwing, keeping the drafts (defect 2)', () => {
		const raw = JSON.stringify({
			version: 1,
			activeId: 'b',
			drafts: [
				{ draft: draft('a', ['34207']) },
				{ draft: draft('b', ['33205']), history: { undo: [nestedBatch(1_500)], redo: [] } }
			]
		});
		expect(raw.length).toBeGreaterThan(40_000);
		const result = readStoredDrafts(raw);
		expect(result.entries.map((e) => e.draft.id)).toEqual(['a', 'b']);
		expect(result.entries[1].history.undo).toEqual([]);
		expect(result.problems).toContainEqual({ kind: 'history-dropped', name: '案b' });
		const storage = new QuotaStore();
		storage.setItem(STORAGE_KEY, raw);
		const store = new DraftStore(storage, now);
		store.load(known);
		store.create(seed);
		expect(store.conflict).toBe(false);
		expect(readStoredDrafts(storage.getItem(STORAGE_KEY)).entries).toHaveLength(3);
	});

	it('removes hidden and direction-changing characters from stored names, saying so (defect 9)', () => {
		const raw = serialiseDrafts(
			[{ draft: { ...draft('a', ['34207']), name: '\u202Efdp.exe' }, history: { undo: [], redo: [] } }],
			'a'
		);
		const result = readStoredDrafts(raw);
		expect(result.entries[0].draft.name).toBe('fdp.exe');
		expect(result.problems).toEqual([{ kind: 'name-cleaned', name: '⟨U+202E⟩fdp.exe' }]);
	});

	it('keeps histories of ordinary depth', () => {
		const raw = serialiseDrafts(
			[{ draft: draft('a', ['34207', '34205']), history: { undo: [nestedBatch(3) as never], redo: [] } }],
			'a'
		);
		expect(readStoredDrafts(raw).problems).toEqual([]);
	});

	it('never throws, and every unreadable value is backed up or left untouched (property)', () => {
		const valid = serialiseDrafts([{ draft: draft('a', ['34207']), history: { undo: [], redo: [] } }], 'a');
		const deep = fc
			.nat({ max: 20_000 })
			.map(
				(depth) =>
					`${'{"op":"batch","patches":['.repeat(depth)}{"op":"add","code":"34205","index":1}${']}'.repeat(depth)}`
			);
		const values = fc.oneof(
			fc.json({ maxDepth: 6 }),
			fc.string({ unit: 'binary', maxLength: 200 }),
			deep.map(
				(patch) =>
					`{"version":1,"drafts":[{"draft":${JSON.stringify(draft('b', ['33205']))},"history":{"undo":[${patch}],"redo":[]}}]}`
			),
			fc
				.nat({ max: 50_000 })
				.map((n) => `{"version":1,"drafts":[{"draft":{"id":"x","name":"${'y'.repeat(n)}"}}]}`),
			fc.nat({ max: valid.length }).map((cut) => valid.slice(0, cut)),
			fc.constant(valid)
		);
		fc.assert(
			fc.property(values, fc.boolean(), (raw, roomForBackup) => {
				expect(() => readStoredDrafts(raw)).not.toThrow();
				const storage = new QuotaStore(roomForBackup ? Infinity : raw.length + STORAGE_KEY.length + 10);
				storage.setItem(STORAGE_KEY, raw);
				const store = new DraftStore(storage, now);
				store.load(known);
				store.create(seed);
				const unreadable = readStoredDrafts(raw).problems.length > 0;
				if (!unreadable) return;
				const backedUp = storage.backups().some((key) => storage.getItem(key) === raw);
				expect(backedUp || storage.getItem(STORAGE_KEY) === raw).toBe(true);
			}),
			{ numRuns: 100 }
		);
	}, 30_000);
});
