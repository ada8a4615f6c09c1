// Loaded on demand only: `?url` emits the files as hashed assets and nothing fetches them
// until a commuting view asks (never in the first view).
import commutingUrl from '$geodata/commuting.json?url';
import ueaUrl from '$geodata/uea.json?url';
import * as v from 'valibot';
import type { CommutingTable, UeaTable } from './commuting-types';
import { GeodataLoadError } from './load';
import { validateGeodataFile } from './schema';
import { GEODATA_SCHEMA_VERSION } from './types';

const code = v.pipe(v.string(), v.regex(/^\d{5}$/, 'a 5-digit code'));
const version = v.literal(GEODATA_SCHEMA_VERSION, `schema version ${GEODATA_SCHEMA_VERSION}`);

/** `[code, total, destination, persons, …]` with an even number of destination entries. */
function isOriginRow(row: unknown): boolean {
	if (!Array.isArray(row) || row.length % 2 !== 0) return false;
	return row.every((value, i) =>
		i % 2 === 0
			? typeof value === 'string' && /^\d{5}$/.test(value)
			: Number.isInteger(value) && (value as number) >= 0
	);
}

export const CommutingTableSchema = v.object({
	schemaVersion: version,
	table: v.string(),
	asOf: v.string(),
	prefectures: v.array(v.pipe(v.string(), v.regex(/^\d{2}$/, 'a 2-digit prefecture code'))),
	storedShareFloor: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	partnerShareFloor: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	aggregates: v.record(code, v.array(code)),
	origins: v.pipe(
		v.array(v.unknown()),
		v.check((rows) => rows.every(isOriginRow), 'each origin must be [code, total, code, persons, …]')
	)
});

export const UeaTableSchema = v.object({
	schemaVersion: version,
	expanded: v.record(code, v.array(code)),
	zones: v.array(
		v.object({
			id: v.string(),
			type: v.picklist(['MEA', 'McEA']),
			name: v.string(),
			centres: v.pipe(v.array(code), v.minLength(1)),
			suburbs: v.array(code)
		})
	)
});

async function fetchJson(fetchFn: typeof fetch, name: string, url: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch (cause) {
		throw new GeodataLoadError(name, `network error (${String(cause)})`, { cause });
	}
	if (!response.ok) throw new GeodataLoadError(name, `HTTP ${response.status}`);
	try {
		return await response.json();
	} catch (cause) {
		throw new GeodataLoadError(name, 'not valid JSON', { cause });
	}
}

function decode<T>(schema: v.GenericSchema, raw: unknown, name: string): T {
	try {
		return validateGeodataFile(schema, raw, name) as T;
	} catch (cause) {
		throw new GeodataLoadError(name, `unexpected content (${(cause as Error).message})`, { cause });
	}
}

export interface CommutingData {
	commuting: CommutingTable;
	uea: UeaTable;
}

/** Fetches and checks `commuting.json` and `uea.json`. */
export async function loadCommutingData(fetchFn: typeof fetch = fetch): Promise<CommutingData> {
	const [commuting, uea] = await Promise.all([
		fetchJson(fetchFn, 'commuting.json', commutingUrl),
		fetchJson(fetchFn, 'uea.json', ueaUrl)
	]);
	return {
		commuting: decode<CommutingTable>(CommutingTableSchema, commuting, 'commuting.json'),
		uea: decode<UeaTable>(UeaTableSchema, uea, 'uea.json')
	};
}

let pending: Promise<CommutingData> | undefined;

/** One fetch per page load, shared by every caller; a failure can be retried. */
export function loadCommutingDataOnce(fetchFn: typeof fetch = fetch): Promise<CommutingData> {
	pending ??= loadCommutingData(fetchFn).catch((error: unknown) => {
		pending = undefined;
		throw error;
	});
	return pending;
}
