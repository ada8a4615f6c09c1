/**
 * Builds `commuting.json` (compact OD table) and `uea.json` (2020 都市雇用圏) from
 * `commuting/` (see its SOURCE.md).
 *
 * Which flows are kept. Let T = 10% (the member threshold), W = the widest near band the
 * rules allow (ELIGIBILITY_RULES.commuting.maxTolerance, 5%) and f = the stored floor (1%).
 * A flow o → d is kept when share(o → d) ≥ f, or when some partner p of d has
 * share(o → p) ≥ T − W − f. Partners are two cities sharing a boundary (the only pairs the
 * two-centre routes allow) and the co-centres of a listed sphere.
 * Then every share the criteria can grade above fail is exact:
 *   - one centre: share ≥ T − W ≥ f, so the flow is kept;
 *   - two centres {a, b} that are partners: if share(a) + share(b) ≥ T − W and
 *     share(b) < f, then share(a) > T − W − f, so b is kept through its partner a (and the
 *     other way round).
 * A missing flow is therefore below f, and a missing part of a pair leaves the pair below T − W.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CommutingTable, UeaTable, UeaZone, UeaZoneType } from '../../src/lib/data/commuting-types';
import { GEODATA_SCHEMA_VERSION, type Sphere } from '../../src/lib/data/types';
import { ELIGIBILITY_RULES } from '../../src/lib/analysis/rules';
import { aggregateOf, checkOdText, SPECIAL_WARDS_CODE, type OdFile } from './commuting-checks';
import { requireField, type CsvRecord } from './csv';

export const COMMUTING_RAW_DIR = 'commuting/raw';
export const UEA_MEMBERSHIP_FILE = 'commuting/uea_2020_membership.csv';
export const UEA_ZONES_FILE = 'commuting/uea_2020_zones.csv';
export const OD_TABLE_ID = '0003454527';
export const OD_AS_OF = '2020-10-01';

const FILE_PATTERN = /^market-research102_commute_od_(\d{2})\.json$/;
const UNKNOWN_DESTINATIONS = new Set(['99998', '99999']);
const MAX_ERRORS_SHOWN = 20;

export interface CheckedOdFile {
	prefecture: string;
	name: string;
	text: string;
	data: OdFile;
}

/** The prefecture files present under `commuting/raw`, in code order (empty when the folder is absent). */
export function listOdFiles(sourceDir: string): { prefecture: string; name: string }[] {
	let names: string[];
	try {
		names = readdirSync(join(sourceDir, COMMUTING_RAW_DIR));
	} catch {
		return [];
	}
	return names
		.flatMap((name) => {
			const match = FILE_PATTERN.exec(name);
			return match ? [{ prefecture: match[1], name: `${COMMUTING_RAW_DIR}/${name}` }] : [];
		})
		.sort((a, b) => a.prefecture.localeCompare(b.prefecture));
}

/** Runs the check_od.py checks; a failing file stops the build, naming the file and the origins. */
export function checkOdFile(prefecture: string, name: string, text: string): CheckedOdFile {
	const { data, errors } = checkOdText(prefecture, text);
	if (data === null || errors.length > 0) {
		const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((error) => `${name}: ${error}`);
		const more =
			errors.length > MAX_ERRORS_SHOWN ? [`${name}: … ${errors.length - MAX_ERRORS_SHOWN} more`] : [];
		throw new Error([...shown, ...more].join('\n'));
	}
	return { prefecture, name, text, data };
}

/** City-level flows of one origin: designated-city wards folded into their city, unknowns dropped. */
function cityLevelFlows(destinations: Record<string, number>): Map<string, number> {
	const flows = new Map<string, number>();
	for (const [code, persons] of Object.entries(destinations)) {
		if (UNKNOWN_DESTINATIONS.has(code)) continue;
		const aggregate = aggregateOf(code);
		if (aggregate !== null && aggregate !== SPECIAL_WARDS_CODE) continue;
		flows.set(code, persons);
	}
	return flows;
}

/** An origin the atlas draws: not a designated-city ward, and not 特別区部 as a whole. */
function isAtlasOrigin(code: string): boolean {
	if (code === SPECIAL_WARDS_CODE) return false;
	const aggregate = aggregateOf(code);
	return aggregate === null || aggregate === SPECIAL_WARDS_CODE;
}

/** Cities sharing a boundary, plus co-centres of listed spheres. */
export function partnersByCode(
	neighbours: ReadonlyMap<string, Iterable<string>>,
	cities: ReadonlySet<string>,
	spheres: readonly Sphere[]
): Map<string, Set<string>> {
	const partners = new Map<string, Set<string>>();
	const add = (a: string, b: string) => {
		if (a === b) return;
		let set = partners.get(a);
		if (!set) partners.set(a, (set = new Set()));
		set.add(b);
	};
	for (const [code, others] of neighbours) {
		if (!cities.has(code)) continue;
		for (const other of others) if (cities.has(other)) add(code, other);
	}
	for (const sphere of spheres) {
		for (const a of sphere.centres) for (const b of sphere.centres) add(a, b);
	}
	return partners;
}

export function buildCommutingTable(
	files: readonly CheckedOdFile[],
	municipalityCodes: ReadonlySet<string>,
	partners: ReadonlyMap<string, ReadonlySet<string>>
): CommutingTable {
	const { threshold, maxTolerance, storedShareFloor } = ELIGIBILITY_RULES.commuting;
	const partnerShareFloor = Number((threshold - maxTolerance - storedShareFloor).toFixed(6));
	const wards = [...municipalityCodes].filter((code) => aggregateOf(code) === SPECIAL_WARDS_CODE).sort();
	const origins: CommutingTable['origins'] = [];
	for (const { name, data } of files) {
		for (const code of Object.keys(data.od).sort()) {
			if (!isAtlasOrigin(code)) continue;
			if (!municipalityCodes.has(code))
				throw new Error(`${name}: origin ${code} is not a municipality of the census table`);
			const total = data.total_employed[code];
			const flows = cityLevelFlows(data.od[code]);
			for (const destination of flows.keys()) {
				if (destination !== SPECIAL_WARDS_CODE && !municipalityCodes.has(destination)) {
					throw new Error(
						`${name}: origin ${code}: destination ${destination} is not a municipality of the census table`
					);
				}
			}
			const shareOf = (destination: string) => (total === 0 ? 0 : (flows.get(destination) ?? 0) / total);
			const kept = [...flows].filter(
				([destination]) =>
					shareOf(destination) >= storedShareFloor ||
					[...(partners.get(destination) ?? [])].some((partner) => shareOf(partner) >= partnerShareFloor)
			);
			kept.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
			origins.push([code, total, ...kept.flat()]);
		}
	}
	return {
		schemaVersion: GEODATA_SCHEMA_VERSION,
		table: OD_TABLE_ID,
		asOf: OD_AS_OF,
		prefectures: files.map((file) => file.prefecture),
		storedShareFloor,
		partnerShareFloor,
		aggregates: { [SPECIAL_WARDS_CODE]: wards },
		origins
	};
}

const ZONE_TYPES: Record<string, UeaZoneType> = { MEA: 'MEA', McEA: 'McEA' };

/**
 * Reads the UEA zones and membership, checks they agree, and expands 特別区部 (listed as one
 * unit) to the 23 wards the atlas draws.
 */
export function buildUeaTable(
	zoneRecords: readonly CsvRecord[],
	membershipRecords: readonly CsvRecord[],
	municipalityCodes: ReadonlySet<string>
): UeaTable {
	const wards = [...municipalityCodes].filter((code) => aggregateOf(code) === SPECIAL_WARDS_CODE).sort();
	const expand = (code: string) => (code === SPECIAL_WARDS_CODE ? wards : [code]);
	const zones: UeaZone[] = [];
	const zoneOf = new Map<string, string>();
	for (const record of zoneRecords) {
		const where = `${UEA_ZONES_FILE}:${record.line}`;
		const field = (column: string) => requireField(record, column, UEA_ZONES_FILE);
		const id = field('zone_id');
		const type = ZONE_TYPES[field('zone_type')];
		if (!type || !id.startsWith(`${type}_`))
			throw new Error(`${where}: bad zone "${id}" of type "${field('zone_type')}"`);
		const codes = (column: string) =>
			field(column)
				.split(/\s+/)
				.filter((code) => code !== '');
		const centres = codes('centre_codes');
		const suburbs = codes('suburb_codes');
		const all = [...centres, ...suburbs];
		if (new Set(all).size !== all.length || all.length !== Number(field('n_members'))) {
			throw new Error(`${where}: ${id} lists ${all.length} codes for n_members ${field('n_members')}`);
		}
		for (const code of all) {
			if (code !== SPECIAL_WARDS_CODE && !municipalityCodes.has(code))
				throw new Error(`${where}: unknown code ${code}`);
			if (zoneOf.has(code)) throw new Error(`${where}: ${code} is also in ${zoneOf.get(code)}`);
			zoneOf.set(code, id);
		}
		zones.push({
			id,
			type,
			name: field('zone_name'),
			centres: centres.flatMap(expand),
			suburbs: suburbs.flatMap(expand)
		});
	}
	for (const record of membershipRecords) {
		const code = requireField(record, 'code', UEA_MEMBERSHIP_FILE);
		const id = requireField(record, 'zone_id', UEA_MEMBERSHIP_FILE);
		const role = requireField(record, 'role', UEA_MEMBERSHIP_FILE);
		const zone = zones.find((z) => z.id === id);
		const listed = zone && (role === 'centre' ? zone.centres : zone.suburbs).includes(expand(code)[0]);
		if (!listed)
			throw new Error(
				`${UEA_MEMBERSHIP_FILE}:${record.line}: ${code} as ${role} of ${id} disagrees with ${UEA_ZONES_FILE}`
			);
	}
	if (membershipRecords.length !== zoneOf.size) {
		throw new Error(
			`${UEA_MEMBERSHIP_FILE}: ${membershipRecords.length} rows for ${zoneOf.size} zone members`
		);
	}
	return { schemaVersion: GEODATA_SCHEMA_VERSION, expanded: { [SPECIAL_WARDS_CODE]: wards }, zones };
}

/** One origin per line, so a changed figure shows as one changed line. */
export function serializeCommuting(table: CommutingTable): string {
	const { origins, ...header } = table;
	const head = JSON.stringify(header).slice(0, -1);
	return `${head},"origins":[\n${origins.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}

/** One manifest input for all prefecture files: "commuting/raw (47 files)", hashed in code order. */
export function combinedInput(folder: string, files: readonly { name: string; text: string }[]) {
	const bytes = Buffer.concat(files.map((file) => Buffer.from(`${file.name}\n${file.text}`, 'utf8')));
	return { name: `${folder} (${files.length} files)`, bytes };
}
