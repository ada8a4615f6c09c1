/** Test data shared by the drafts tests (unit and browser). */
import { readFileSync } from 'node:fs';
import type { ImportMunicipality } from '../../../src/lib/drafts/import';
import type { Draft } from '../../../src/lib/drafts/model';

export const draft = (id: string, codes: string[], name = `案${id}`): Draft => ({
	id,
	name,
	kind: 'renkei',
	centres: [codes[0]],
	codes,
	originSphereId: null,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});

/** Every municipality of the committed geodata, as the import reads them. */
export function importMunicipalities(): ImportMunicipality[] {
	const table = JSON.parse(
		readFileSync(new URL('../../../geodata/municipalities.json', import.meta.url), 'utf8')
	) as {
		municipalities: { code: string; prefCode: string; name: string }[];
		prefectures: { code: string; name: string }[];
	};
	const prefName = new Map(table.prefectures.map((p) => [p.code, p.name]));
	return table.municipalities.map((m) => ({ ...m, prefName: prefName.get(m.prefCode)! }));
}
