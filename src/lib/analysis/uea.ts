import type { UeaTable, UeaZone } from '../data/commuting-types';

/** The 2020 都市雇用圏 (CSIS UEA), indexed by member code. */
export interface UeaIndex {
	readonly zones: readonly UeaZone[];
	readonly zoneOf: ReadonlyMap<string, UeaZone>;
}

export function indexUea(table: UeaTable): UeaIndex {
	const zoneOf = new Map<string, UeaZone>();
	for (const zone of table.zones) {
		for (const code of [...zone.centres, ...zone.suburbs]) zoneOf.set(code, zone);
	}
	return { zones: table.zones, zoneOf };
}

export const ueaMembers = (zone: UeaZone): string[] => [...zone.centres, ...zone.suburbs];
