import { readFileSync } from 'node:fs';
import { indexCommuting, type CommutingIndex } from '../../../src/lib/analysis/commuting';
import type { CommutingTable, UeaTable } from '../../../src/lib/data/commuting-types';

const geodataDir = new URL('../../../geodata/', import.meta.url);
let index: CommutingIndex | undefined;

/** The committed commuting table, indexed once per test file. */
export function committedCommuting(): CommutingIndex {
	index ??= indexCommuting(
		JSON.parse(readFileSync(new URL('commuting.json', geodataDir), 'utf8')) as CommutingTable
	);
	return index;
}

export function committedUea(): UeaTable {
	return JSON.parse(readFileSync(new URL('uea.json', geodataDir), 'utf8')) as UeaTable;
}
