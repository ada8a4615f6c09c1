import type { MunicipalityTable, OutlookTable } from './types';

/** The same table with each municipality's 2025 速報 population joined; the input is not changed. */
export function joinPopulation2025(table: MunicipalityTable, outlook: OutlookTable): MunicipalityTable {
	const pop2025 = new Map(outlook.municipalities.map((row) => [row.code, row.pop2025]));
	return {
		...table,
		municipalities: table.municipalities.map((m) => ({ ...m, pop2025: pop2025.get(m.code) }))
	};
}
