/**
 * The stored form of the drafts, validated on every read: localStorage is user-editable
 * and may hold what an older or newer version of the app wrote.
 */
import * as v from 'valibot';
import { MAX_NAME_LENGTH, MUNICIPALITY_CODE, type DraftPatch } from './model';

export const STORAGE_VERSION = 1;

const Code = v.pipe(v.string(), v.regex(MUNICIPALITY_CODE));
const Kind = v.picklist(['renkei', 'teiju']);
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const DraftSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
		name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)),
		kind: Kind,
		centres: v.array(Code),
		codes: v.array(Code),
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
	v.object({ op: v.literal('set-centres'), from: v.array(Code), to: v.array(Code) }),
	v.object({ op: v.literal('rename'), from: v.string(), to: v.string() }),
	v.object({ op: v.literal('set-kind'), from: Kind, to: Kind }),
	v.object({ op: v.literal('batch'), patches: v.array(v.lazy(() => PatchSchema)) })
]);

export const HistorySchema = v.object({ undo: v.array(PatchSchema), redo: v.array(PatchSchema) });

/** The outer shell only: each draft inside is validated on its own, so one bad draft loses no other. */
export const StoredShellSchema = v.object({
	version: v.number(),
	drafts: v.array(v.unknown()),
	activeId: v.optional(v.nullable(v.string()), null)
});

export const StoredEntryShellSchema = v.object({ draft: v.unknown(), history: v.optional(v.unknown()) });
