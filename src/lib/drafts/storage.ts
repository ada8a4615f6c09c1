/**
 * Reading and writing the drafts in localStorage. A read never throws and never loses
 * anything: whatever cannot be used is reported, and the raw value is kept aside under a
 * backup key before anything new is written over it (DraftStore holds back its writes
 * while that backup has failed). Nesting is bounded before validation, so no stored value,
 * however deep, can exhaust the stack.
 */
import * as v from 'valibot';
import { visibleText } from '../text';
import { cleanName } from './model';
import { emptyHistory, type DraftHistory } from './history';
import type { Draft } from './model';
import {
	DraftSchema,
	HistorySchema,
	MAX_PATCH_DEPTH,
	STORAGE_VERSION,
	StoredEntryShellSchema,
	StoredShellSchema
} from './schema';

export const STORAGE_KEY = 'keniki-atlas:drafts';
export const BACKUP_KEY_PREFIX = 'keniki-atlas:drafts:backup:';

/** The part of the Storage interface used here, so that tests can pass a Map-backed one. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export interface DraftEntry {
	draft: Draft;
	history: DraftHistory;
}

export type StorageProblem =
	| { kind: 'unparseable'; detail: string }
	| { kind: 'unknown-format' }
	| { kind: 'other-version'; version: number }
	| { kind: 'unreadable-draft'; position: number; name: string | null; detail: string }
	| { kind: 'history-dropped'; name: string }
	| { kind: 'duplicate-id'; name: string }
	/** Hidden or direction-changing characters removed from a stored name (shown with them as codes). */
	| { kind: 'name-cleaned'; name: string };

export interface ReadResult {
	entries: DraftEntry[];
	activeId: string | null;
	problems: StorageProblem[];
}

const firstIssue = (issues: readonly v.BaseIssue<unknown>[]) => {
	const issue = issues[0];
	const path = issue.path?.map((item) => String(item.key)).join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
};

function nameHint(value: unknown): string | null {
	if (typeof value !== 'object' || value === null) return null;
	const name = (value as { name?: unknown }).name;
	return typeof name === 'string' ? visibleText(name, 80) : null;
}

/** JSON levels of a history: its object, the undo list, then two per patch level (object, list). */
const MAX_HISTORY_NESTING = 2 + 2 * MAX_PATCH_DEPTH;

/** True when `value` nests objects and arrays deeper than `limit` levels; iterative, so any depth is safe. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
	const pending: [unknown, number][] = [[value, 1]];
	while (pending.length > 0) {
		const [item, depth] = pending.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		if (depth > limit) return true;
		for (const child of Object.values(item)) pending.push([child, depth + 1]);
	}
	return false;
}

function readEntry(raw: unknown, position: number, problems: StorageProblem[]): DraftEntry | null {
	const shell = v.safeParse(StoredEntryShellSchema, raw);
	const draftValue = shell.success ? shell.output.draft : raw;
	const draft = v.safeParse(DraftSchema, draftValue);
	if (!draft.success) {
		problems.push({
			kind: 'unreadable-draft',
			position,
			name: nameHint(draftValue),
			detail: firstIssue(draft.issues)
		});
		return null;
	}
	const name = cleanName(draft.output.name);
	if (name !== draft.output.name) {
		problems.push({ kind: 'name-cleaned', name: visibleText(draft.output.name, 80) });
		draft.output.name = name;
	}
	const storedHistory = shell.success ? shell.output.history : undefined;
	if (storedHistory === undefined) return { draft: draft.output, history: emptyHistory() };
	const history = nestsDeeperThan(storedHistory, MAX_HISTORY_NESTING)
		? null
		: v.safeParse(HistorySchema, storedHistory);
	if (!history?.success) problems.push({ kind: 'history-dropped', name: draft.output.name });
	return { draft: draft.output, history: history?.success ? history.output : emptyHistory() };
}

/** Everything readable in a stored value (null: nothing stored), with what was not. Never throws. */
export function readStoredDrafts(raw: string | null): ReadResult {
	try {
		return readValue(raw);
	} catch (error) {
		// Not expected (the schema bounds what it reads); if it happens, the value counts as unreadable.
		const detail = error instanceof Error ? error.message : String(error);
		return { entries: [], activeId: null, problems: [{ kind: 'unparseable', detail }] };
	}
}

function readValue(raw: string | null): ReadResult {
	const empty: ReadResult = { entries: [], activeId: null, problems: [] };
	if (raw === null) return empty;
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch (error) {
		return { ...empty, problems: [{ kind: 'unparseable', detail: (error as Error).message }] };
	}
	const shell = v.safeParse(StoredShellSchema, parsed);
	if (!shell.success) return { ...empty, problems: [{ kind: 'unknown-format' }] };
	const problems: StorageProblem[] = [];
	if (shell.output.version !== STORAGE_VERSION) {
		problems.push({ kind: 'other-version', version: shell.output.version });
	}
	const entries: DraftEntry[] = [];
	const ids = new Set<string>();
	shell.output.drafts.forEach((value, index) => {
		const entry = readEntry(value, index + 1, problems);
		if (entry === null) return;
		if (ids.has(entry.draft.id)) {
			// Kept, under a new id: two drafts with one id could not both be edited.
			problems.push({ kind: 'duplicate-id', name: entry.draft.name });
			entry.draft = { ...entry.draft, id: `${entry.draft.id}-${index + 1}` };
		}
		ids.add(entry.draft.id);
		entries.push(entry);
	});
	const activeId = shell.output.activeId;
	return { entries, activeId: activeId !== null && ids.has(activeId) ? activeId : null, problems };
}

export function serialiseDrafts(entries: readonly DraftEntry[], activeId: string | null): string {
	return JSON.stringify({ version: STORAGE_VERSION, activeId, drafts: entries });
}

/** Keeps `raw` under a new backup key (never replacing an older backup); returns the key. */
export function backUpRaw(storage: KeyValueStore, raw: string, now: Date): string {
	const stamp = now.toISOString();
	let key = `${BACKUP_KEY_PREFIX}${stamp}`;
	for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${BACKUP_KEY_PREFIX}${stamp}-${n}`;
	storage.setItem(key, raw);
	return key;
}
