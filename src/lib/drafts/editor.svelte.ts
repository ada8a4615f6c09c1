/**
 * The draft being edited, as one object the explorer page holds while the drafts panel is
 * open: the store, a draft opened from a share link, and the edits that come from map
 * clicks, the undo/redo keys and the panel's controls.
 */
import type { Municipality, Sphere } from '$lib/data/types';
import { togglePatch } from './edits';
import type { Draft, DraftPatch } from './model';
import { decodeShare, encodeShare, type ShareIssue, type SharedDraft } from './share';
import { STORAGE_KEY } from './storage';
import { DraftStore } from './store.svelte';

export interface DraftEditorOptions {
	/** Municipalities a draft may hold (the data's, without the 北方領土 villages). */
	isKnown(code: string): boolean;
	/** Brings municipalities into view on the map. */
	fit(codes: readonly string[]): void;
	/** Removes a share link from the address bar. */
	clearHash(): void;
}

function browserStorage(): Storage | null {
	try {
		return localStorage;
	} catch {
		return null;
	}
}

export class DraftEditor {
	readonly store = new DraftStore(browserStorage());
	/** What a share link in the address bar got wrong. */
	shareIssues = $state.raw<ShareIssue[]>([]);
	readonly #options: DraftEditorOptions;

	constructor(options: DraftEditorOptions) {
		this.#options = options;
	}

	/** The draft on show: a shared one (read-only) over one's own. */
	readonly shown: Draft | SharedDraft | null = $derived(
		this.store.shared ?? this.store.active?.draft ?? null
	);
	readonly editable: boolean = $derived(this.store.shared === null && this.store.active !== null);

	/** Reads the stored drafts and a share link, and follows both until the returned stop. */
	start(): () => void {
		this.store.load(this.#options.isKnown);
		this.#readShare();
		const onHashChange = () => this.#readShare();
		// Another tab wrote the drafts: say so before this tab writes over them.
		const onStorage = (event: StorageEvent) => {
			if (event.key === STORAGE_KEY) this.store.conflict = true;
		};
		addEventListener('hashchange', onHashChange);
		addEventListener('storage', onStorage);
		return () => {
			removeEventListener('hashchange', onHashChange);
			removeEventListener('storage', onStorage);
		};
	}

	/** A click on a municipality of the map: true when the open draft took it (added or removed it). */
	click(code: string): boolean {
		const entry = this.store.active;
		if (!this.editable || entry === null || !this.#options.isKnown(code)) return false;
		this.store.edit(togglePatch(entry.draft, code));
		return true;
	}

	/** Ctrl/Cmd+Z undoes, with Shift or Ctrl/Cmd+Y redoes; keys typed into a field are left alone. */
	keydown(event: KeyboardEvent): void {
		const target = event.target as HTMLElement | null;
		if (!this.editable || target?.closest('input, textarea, select')) return;
		const key = event.key.toLowerCase();
		if (!(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
		event.preventDefault();
		if (key === 'z' && !event.shiftKey) this.store.undo();
		else this.store.redo();
	}

	/** Applies an edit made from the open draft (none when no draft is open). */
	edit(make: (draft: Draft) => DraftPatch | null): void {
		const entry = this.store.active;
		if (entry) this.store.edit(make(entry.draft));
	}

	startFromSphere(sphere: Sphere, name: string): void {
		const isKnown = this.#options.isKnown;
		const members = sphere.members.map((m) => m.code).filter(isKnown);
		this.store.create({
			name,
			kind: sphere.kind,
			centres: sphere.centres.filter((code) => members.includes(code)),
			codes: members,
			originSphereId: sphere.id
		});
		this.store.showShared(null);
		this.#options.fit(members);
	}

	startFromCentre(centre: Municipality, name: string): void {
		this.store.create({
			name,
			kind: 'renkei',
			centres: [centre.code],
			codes: [centre.code],
			originSphereId: null
		});
		this.store.showShared(null);
	}

	saveShared(untitled: string): void {
		this.store.saveShared(untitled);
		this.shareIssues = [];
		this.#options.clearHash();
	}

	closeShared(): void {
		this.store.showShared(null);
		this.shareIssues = [];
		this.#options.clearHash();
	}

	/** A link that opens the draft on show, from the current page address. */
	shareUrl(): string | null {
		const shown = this.shown;
		return shown ? `${location.origin}${location.pathname}${location.search}${encodeShare(shown)}` : null;
	}

	#readShare(): void {
		const decoded = decodeShare(location.hash, this.#options.isKnown);
		if (decoded === null) return;
		this.shareIssues = decoded.issues;
		this.store.showShared(decoded.draft);
		if (decoded.draft) this.#options.fit(decoded.draft.codes);
	}
}
