// `?url`: fetched at runtime as a hashed asset, like the other geodata (see files.ts).
import outlookUrl from '$geodata/outlook.json?url';
import * as v from 'valibot';
import { loadFile } from './load';
import { GeodataError, validateGeodataFile } from './schema';
import { GEODATA_SCHEMA_VERSION, PROJECTION_YEARS, type OutlookTable } from './types';

export const outlookFile = { name: 'outlook.json', url: outlookUrl };

const code = v.pipe(v.string(), v.regex(/^\d{5}$/, 'a 5-digit code'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const series = v.pipe(v.array(count), v.length(PROJECTION_YEARS.length, 'one figure per projection year'));

export const OutlookTableSchema = v.object({
	schemaVersion: v.literal(GEODATA_SCHEMA_VERSION, `schema version ${GEODATA_SCHEMA_VERSION}`),
	years: v.pipe(
		v.array(v.number()),
		v.check((years) => years.join() === PROJECTION_YEARS.join(), `the years ${PROJECTION_YEARS.join(', ')}`)
	),
	areas: v.array(
		v.object({
			code,
			name: v.pipe(v.string(), v.minLength(1)),
			members: v.pipe(v.array(code), v.minLength(1)),
			pop2020: count,
			projected: series
		})
	),
	municipalities: v.array(v.object({ code, pop2025: count, projected: v.nullable(series) }))
});

export const decodeOutlook = (raw: unknown): OutlookTable =>
	validateGeodataFile(OutlookTableSchema, raw, outlookFile.name);

/** Every municipality has exactly one row, and every unprojected one belongs to an area. */
export function checkOutlookCodes(outlook: OutlookTable, municipalityCodes: ReadonlySet<string>): void {
	const rows = new Set(outlook.municipalities.map((row) => row.code));
	const missing = [...municipalityCodes].find((c) => !rows.has(c));
	if (missing !== undefined) throw new GeodataError(outlookFile.name, `no row for municipality ${missing}`);
	const stray = [...rows].find((c) => !municipalityCodes.has(c));
	if (stray !== undefined) throw new GeodataError(outlookFile.name, `unknown municipality ${stray}`);
	if (rows.size !== outlook.municipalities.length) {
		throw new GeodataError(outlookFile.name, 'a municipality is listed twice');
	}
	const inArea = new Set(outlook.areas.flatMap((area) => area.members));
	const orphan = outlook.municipalities.find((row) => row.projected === null && !inArea.has(row.code));
	if (orphan !== undefined) {
		throw new GeodataError(outlookFile.name, `${orphan.code} has no projection and no area`);
	}
}

/** Fetches and validates `outlook.json` (no caching: see loadOutlook). */
export function fetchOutlook(fetchFn: typeof fetch = fetch): Promise<OutlookTable> {
	return loadFile(fetchFn, outlookFile, decodeOutlook);
}

let pending: Promise<OutlookTable> | null = null;

/**
 * `outlook.json`, fetched once per page when a view first needs it: it is not part of the
 * first view. A failure is not kept, so the next view to ask tries again.
 */
export function loadOutlook(): Promise<OutlookTable> {
	if (pending === null) {
		const attempt = fetchOutlook();
		pending = attempt;
		attempt.catch(() => {
			if (pending === attempt) pending = null;
		});
	}
	return pending;
}
