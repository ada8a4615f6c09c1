/**
 * The drafts as one runes store: the list, which one is open, each one's undo/redo
 * history, and a shared draft opened from a link (read-only until saved). localStorage is
 * a view of it, written after every change, and never written over what this store did
 * not read or write itself without asking (another tab's changes, unreadable values). An
 * unreadable value whose backup failed is held back: nothing is written over it until a
 * backup succeeds or the user, having downloaded it, allows the overwrite.
 */
import type { SphereKind } from '$lib/data/types';
import { commit, emptyHistory, redo, undo, type Step } from './history';
import { cleanName, type Draft, type DraftPatch } from './model';
import type { SharedDraft } from './share';
import {
	backUpRaw,
	readStoredDrafts,
	serialiseDrafts,
	STORAGE_KEY,
	type DraftEntry,
	type KeyValueStore,
	type StorageProblem
} from './storage';

export interface RecoveryReport {
	problems: StorageProblem[];
	/** Drafts read despite the problems. */
	recovered: number;
	/** Where the unreadable value was kept; null if it could not be. */
	backupKey: string | null;
	/** Members dropped because the data no longer has them, by draft name. */
	unknownCodes: { name: string; codes: string[] }[];
}

export interface DraftSeed {
	name: string;
	kind: SphereKind;
	centres: readonly string[];
	codes: readonly string[];
	originSphereId: string | null;
}

const systemNow = (): Date => new Date(Date.now());

let idCounter = 0;
function newId(now: Date): string {
	idCounter += 1;
	return `d${now.getTime().toString(36)}${idCounter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export class DraftStore {
	entries = $state.raw<DraftEntry[]>([]);
	activeId = $state<string | null>(null);
	/** Opened from a share link: shown, not stored, until saved as one's own. */
	shared = $state.raw<SharedDraft | null>(null);
	recovery = $state.raw<RecoveryReport | null>(null);
	/** Storage was changed elsewhere (another tab) since this store last read or wrote it. */
	conflict = $state(false);
	saveFailure = $state<string | null>(null);
	/**
	 * The stored value that could not be backed up: while set, nothing is written over it
	 * (changes stay in this tab). Offer it as a download, then `allowOverwrite`.
	 */
	heldBack = $state.raw<string | null>(null);

	readonly #storage: KeyValueStore | null;
	readonly #now: () => Date;
	/** The raw value this store last read or wrote: anything else in storage is not ours to replace. */
	#lastRaw: string | null = null;

	constructor(storage: KeyValueStore | null, now: () => Date = systemNow) {
		this.#storage = storage;
		this.#now = now;
	}

	get active(): DraftEntry | null {
		return this.entries.find((entry) => entry.draft.id === this.activeId) ?? null;
	}

	/** Reads storage; `isKnown` filters out codes the data no longer has (reported, and kept in the backup). */
	load(isKnown: (code: string) => boolean): void {
		const raw = this.#read();
		const result = readStoredDrafts(raw);
		const unknownCodes: RecoveryReport['unknownCodes'] = [];
		const entries = result.entries.map((entry) => {
			const unknown = entry.draft.codes.filter((code) => !isKnown(code));
			if (unknown.length === 0) return entry;
			unknownCodes.push({ name: entry.draft.name, codes: unknown });
			const draft = {
				...entry.draft,
				codes: entry.draft.codes.filter(isKnown),
				centres: entry.draft.centres.filter(isKnown)
			};
			// The history refers to the dropped codes; it cannot be replayed.
			return { draft, history: emptyHistory() };
		});
		const damaged = result.problems.length > 0 || unknownCodes.length > 0;
		const backupKey = damaged && raw !== null ? this.#backUp(raw) : null;
		this.entries = entries;
		this.activeId = result.activeId ?? entries[0]?.draft.id ?? null;
		this.#lastRaw = raw;
		this.heldBack = damaged && backupKey === null && raw !== null ? raw : null;
		this.recovery = damaged
			? { problems: result.problems, recovered: entries.length, backupKey, unknownCodes }
			: null;
		if (damaged) this.#persist();
	}

	/** Tries the backup of a held-back value again (after space was freed); true once it is kept. */
	retryBackup(): boolean {
		const raw = this.heldBack;
		if (raw === null) return true;
		const backupKey = this.#backUp(raw);
		if (backupKey === null) return false;
		if (this.recovery) this.recovery = { ...this.recovery, backupKey };
		this.heldBack = null;
		this.#persist();
		return true;
	}

	/** The user has the held-back value (downloaded) and lets this tab's drafts replace it. */
	allowOverwrite(): void {
		this.heldBack = null;
		this.#persist();
	}

	dismissRecovery(): void {
		this.recovery = null;
	}

	create(seed: DraftSeed): Draft {
		const now = this.#now();
		const draft: Draft = {
			id: newId(now),
			name: cleanName(seed.name) || 'draft',
			kind: seed.kind,
			centres: [...seed.centres],
			codes: [...seed.centres, ...seed.codes].filter((code, i, all) => all.indexOf(code) === i),
			originSphereId: seed.originSphereId,
			createdAt: now.toISOString(),
			updatedAt: now.toISOString()
		};
		this.entries = [...this.entries, { draft, history: emptyHistory() }];
		this.activeId = draft.id;
		this.#persist();
		return draft;
	}

	open(id: string | null): void {
		this.activeId = id;
		this.#persist();
	}

	/** Applies a patch to the open draft; null (nothing to do) is ignored. */
	edit(patch: DraftPatch | null): void {
		const entry = this.active;
		if (patch === null || entry === null) return;
		this.#replace(entry, commit(entry.draft, entry.history, patch));
	}

	undo(): void {
		const entry = this.active;
		const step = entry && undo(entry.draft, entry.history);
		if (entry && step) this.#replace(entry, step);
	}

	redo(): void {
		const entry = this.active;
		const step = entry && redo(entry.draft, entry.history);
		if (entry && step) this.#replace(entry, step);
	}

	/** Deletes a draft; the caller asks the user first. */
	remove(id: string): void {
		this.entries = this.entries.filter((entry) => entry.draft.id !== id);
		if (this.activeId === id) this.activeId = this.entries[0]?.draft.id ?? null;
		this.#persist();
	}

	showShared(shared: SharedDraft | null): void {
		this.shared = shared;
	}

	/** Saves the shared draft as a new draft of one's own: it never replaces an existing one. */
	saveShared(fallbackName: string): Draft | null {
		const shared = this.shared;
		if (shared === null) return null;
		const draft = this.create({ ...shared, name: shared.name || fallbackName, originSphereId: null });
		this.shared = null;
		return draft;
	}

	/** After a conflict: take what is in storage now, dropping this tab's unsaved state. */
	reloadFromStorage(isKnown: (code: string) => boolean): void {
		this.conflict = false;
		this.load(isKnown);
	}

	/** After a conflict: write this tab's drafts anyway, keeping the other value as a backup. */
	keepMine(): void {
		const raw = this.#read();
		this.#lastRaw = raw;
		this.conflict = false;
		if (raw !== null && this.#backUp(raw) === null) this.heldBack = raw;
		this.#persist();
	}

	/** Keeps `raw` under a backup key; null when storage refuses it (full, blocked). */
	#backUp(raw: string): string | null {
		if (this.#storage === null) return null;
		try {
			return backUpRaw(this.#storage, raw, this.#now());
		} catch {
			return null;
		}
	}

	#replace(entry: DraftEntry, step: Step): void {
		const draft = { ...step.draft, updatedAt: this.#now().toISOString() };
		this.entries = this.entries.map((e) => (e === entry ? { draft, history: step.history } : e));
		this.#persist();
	}

	#read(): string | null {
		try {
			return this.#storage?.getItem(STORAGE_KEY) ?? null;
		} catch {
			return null;
		}
	}

	#persist(): void {
		if (this.#storage === null || this.heldBack !== null) return;
		if (this.#read() !== this.#lastRaw) {
			this.conflict = true;
			return;
		}
		const raw = serialiseDrafts(this.entries, this.activeId);
		try {
			this.#storage.setItem(STORAGE_KEY, raw);
			this.#lastRaw = raw;
			this.saveFailure = null;
		} catch (error) {
			this.saveFailure = error instanceof Error ? error.message : String(error);
		}
	}
}
