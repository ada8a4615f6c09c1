/**
 * Commuting shares from the compact 2020 census OD table (`geodata/commuting.json`).
 * share = persons (origin → destinations) / total (origin): 通勤者＋通学者, working at home
 * excluded, on the census's 原数値 basis. Pure functions over an index built once.
 */
import type { CommutingTable } from '../data/commuting-types';

export interface CommutingOrigin {
	code: string;
	total: number;
	/** Stored flows, destination → persons, in descending order of persons. */
	flows: ReadonlyMap<string, number>;
}

export interface CommutingIndex {
	readonly table: CommutingTable;
	readonly prefectures: ReadonlySet<string>;
	readonly origins: ReadonlyMap<string, CommutingOrigin>;
	/** Aggregate destination → its parts (特別区部 → the 23 wards). */
	readonly aggregates: ReadonlyMap<string, readonly string[]>;
	readonly storedShareFloor: number;
}

export function indexCommuting(table: CommutingTable): CommutingIndex {
	const origins = new Map<string, CommutingOrigin>();
	for (const row of table.origins) {
		const [code, total, ...pairs] = row as [string, number, ...(string | number)[]];
		const flows = new Map<string, number>();
		for (let i = 0; i + 1 < pairs.length; i += 2) flows.set(String(pairs[i]), Number(pairs[i + 1]));
		origins.set(code, { code, total, flows });
	}
	return {
		table,
		prefectures: new Set(table.prefectures),
		origins,
		aggregates: new Map(Object.entries(table.aggregates)),
		storedShareFloor: table.storedShareFloor
	};
}

/** Why a share cannot be given. */
export type UncheckableReason = 'prefecture-not-covered' | 'no-commuters';

export interface CommutingShare {
	from: string;
	/** The destinations counted together (an aggregate replaces its parts). */
	to: string[];
	persons: number;
	total: number;
	/** persons / total, a fraction. */
	share: number;
	/**
	 * null when every flow is stored, so `share` is exact. Otherwise some flow is below the
	 * stored floor: `share` is then a lower bound and the true share is below `below`.
	 */
	below: number | null;
}

export type ShareLookup = { ok: true; value: CommutingShare } | { ok: false; reason: UncheckableReason };

/** The destinations to count: duplicates dropped, and parts dropped when their aggregate is named. */
export function normaliseDestinations(index: CommutingIndex, to: readonly string[]): string[] {
	const parts = new Set(to.flatMap((code) => index.aggregates.get(code) ?? []));
	return [...new Set(to)].filter((code) => !parts.has(code));
}

export function isOriginCovered(index: CommutingIndex, code: string): boolean {
	return index.prefectures.has(code.slice(0, 2));
}

export function commutingShare(index: CommutingIndex, from: string, to: readonly string[]): ShareLookup {
	if (!isOriginCovered(index, from)) return { ok: false, reason: 'prefecture-not-covered' };
	const origin = index.origins.get(from);
	if (origin === undefined || origin.total === 0) return { ok: false, reason: 'no-commuters' };
	const destinations = normaliseDestinations(index, to);
	let persons = 0;
	let missing = 0;
	for (const code of destinations) {
		const value = origin.flows.get(code);
		if (value === undefined) missing += 1;
		else persons += value;
	}
	const share = persons / origin.total;
	const below = missing === 0 ? null : share + missing * index.storedShareFloor;
	return { ok: true, value: { from, to: destinations, persons, total: origin.total, share, below } };
}

export interface Flow {
	from: string;
	to: string;
	persons: number;
	/** persons / total of the origin. */
	share: number;
}

/** Stored destinations of one origin, largest first (the origin itself included). */
export function destinationsOf(index: CommutingIndex, from: string): Flow[] {
	const origin = index.origins.get(from);
	if (origin === undefined || origin.total === 0) return [];
	return [...origin.flows].map(([to, persons]) => ({ from, to, persons, share: persons / origin.total }));
}

const originsByDestination = new WeakMap<CommutingIndex, Map<string, string[]>>();

/** Origins (other than `to` itself) with a stored flow to `to`, in code order. */
export function originsSendingTo(index: CommutingIndex, to: string): readonly string[] {
	let byDestination = originsByDestination.get(index);
	if (byDestination === undefined) {
		byDestination = new Map();
		for (const origin of index.origins.values()) {
			for (const destination of origin.flows.keys()) {
				if (destination === origin.code) continue;
				const list = byDestination.get(destination);
				if (list === undefined) byDestination.set(destination, [origin.code]);
				else list.push(origin.code);
			}
		}
		originsByDestination.set(index, byDestination);
	}
	return byDestination.get(to) ?? [];
}

/** Stored flows into `to` from other origins, largest share first. */
export function inflowsTo(index: CommutingIndex, to: string): Flow[] {
	const flows: Flow[] = [];
	for (const code of originsSendingTo(index, to)) {
		const origin = index.origins.get(code)!;
		const persons = origin.flows.get(to)!;
		flows.push({ from: code, to, persons, share: persons / origin.total });
	}
	return flows.sort((a, b) => b.share - a.share || a.from.localeCompare(b.from));
}

/**
 * Share of each origin to `to` together, for every origin with a stored flow to one of them
 * (the destinations themselves included). Any origin left out sends under the stored floor to each.
 */
export function sharesTo(index: CommutingIndex, to: readonly string[]): Map<string, CommutingShare> {
	const shares = new Map<string, CommutingShare>();
	const origins = new Set([...to, ...to.flatMap((code) => originsSendingTo(index, code))]);
	for (const code of origins) {
		const lookup = commutingShare(index, code, to);
		if (lookup.ok && lookup.value.persons > 0) shares.set(code, lookup.value);
	}
	return shares;
}

export type ShareGrade = 'pass' | 'near' | 'fail';

/** pass at `threshold` or more; near within `tolerance` below it; fail otherwise. */
export function gradeShare(share: number, threshold: number, tolerance: number): ShareGrade {
	if (share >= threshold) return 'pass';
	return share >= threshold - tolerance ? 'near' : 'fail';
}
