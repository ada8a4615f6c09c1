/**
 * The stored form of the drafts, validated on every read: localStorage is user-editable
 * and may hold what an older or newer version of the app wrote.
 */
import * as v from 'valibot';
import { codePointLength } from '../text';
import { MAX_NAME_LENGTH, MUNICIPALITY_CODE, type DraftPatch } from './model';

export const STORAGE_VERSION = 1;

const Code = v.pipe(v.string(), v.regex(MUNICIPALITY_CODE));
const Kind = v.picklist(['renkei', 'teiju']);
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Japan has 1,741 municipalities: no list of codes is longer. */
const MAX_CODES = 1741;
const Codes = v.pipe(v.array(Code), v.maxLength(MAX_CODES));
const Name = v.pipe(
	v.string(),
	v.maxLength(MAX_NAME_LENGTH * 2),
	v.check((name) => codePointLength(name) <= MAX_NAME_LENGTH, `longer than ${MAX_NAME_LENGTH} characters`)
);
/** A batch removes and adds at most every municipality once. */
const MAX_BATCH = 2 * MAX_CODES + 1;
/**
 * Batches made by the app nest two deep (a batch's inverse is a batch); this bound, checked
 * before validation (see storage.ts), keeps validation and undo off deep recursion.
 */
export const MAX_PATCH_DEPTH = 8;
/** Past MAX_HISTORY steps the app forgets; a stored history never needs many more. */
const MAX_STORED_STEPS = 1_000;

export const DraftSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
		name: Name,
		kind: Kind,
		centres: Codes,
		codes: Codes,
		originSphereId: v.nullable(v.pipe(v.string(), v.maxLength(64))),
		createdAt: v.string(),
		updatedAt: v.string()
	}),
	v.check((draft) => draft.centres.every((code) => draft.codes.includes(code)), 'a centre is not a member'),
	v.check((draft) => new Set(draft.codes).size === draft.codes.length, 'a member is listed twice')
);

const PatchSchema: v.GenericSchema<DraftPatch> = v.variant('op', [
	v.object({ op: v.literal('add'), code: Code, index: Index }),
	v.object({ op: v.literal('remove'), code: Code, index: Index }),
	v.object({ op: v.literal('set-centres'), from: Codes, to: Codes }),
	v.object({ op: v.literal('rename'), from: Name, to: Name }),
	v.object({ op: v.literal('set-kind'), from: Kind, to: Kind }),
	v.object({
		op: v.literal('batch'),
		patches: v.pipe(v.array(v.lazy(() => PatchSchema)), v.maxLength(MAX_BATCH))
	})
]);

const Steps = v.pipe(v.array(PatchSchema), v.maxLength(MAX_STORED_STEPS));
export const HistorySchema = v.object({ undo: Steps, redo: Steps });

/** The outer shell only: each draft inside is validated on its own, so one bad draft loses no other. */
export const StoredShellSchema = v.object({
	version: v.number(),
	drafts: v.array(v.unknown()),
	activeId: v.optional(v.nullable(v.string()), null)
});

export const StoredEntryShellSchema = v.object({ draft: v.unknown(), history: v.optional(v.unknown()) });
