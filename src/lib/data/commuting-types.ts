/**
 * Shapes of `geodata/commuting.json` and `geodata/uea.json`: the compact commuting table
 * derived from the 2020 census origin–destination table (e-Stat 0003454527) and the 2020
 * 都市雇用圏 (CSIS UEA). Both are loaded lazily, never in the first view.
 */

/**
 * One origin: `[code, total, destination, persons, destination, persons, …]`, destinations
 * in descending order of persons. `total` is everyone who commutes from the origin to work or
 * school (working at home excluded, 原数値).
 */
export type CommutingOriginRow = (string | number)[];

export interface CommutingTable {
	schemaVersion: number;
	/** e-Stat statistics table id. */
	table: string;
	asOf: string;
	/** Prefectures (2-digit codes) whose origins are present. */
	prefectures: string[];
	/** A flow is stored when it is at least this share of its origin's total … */
	storedShareFloor: number;
	/** … or when a neighbour or co-centre of its destination receives at least this share. */
	partnerShareFloor: number;
	/** Aggregate destinations stored beside their parts (特別区部): never sum them together. */
	aggregates: Record<string, string[]>;
	origins: CommutingOriginRow[];
}

export type UeaZoneType = 'MEA' | 'McEA';

export interface UeaZone {
	/** e.g. "MEA_31201": the type and the CSIS zone code (one of the centres). */
	id: string;
	type: UeaZoneType;
	name: string;
	centres: string[];
	/** Suburbs of any order (the source does not say which). */
	suburbs: string[];
}

export interface UeaTable {
	schemaVersion: number;
	/** Codes the source lists as one unit, expanded to the municipalities the atlas draws. */
	expanded: Record<string, string[]>;
	zones: UeaZone[];
}
