import { describe, expect, it } from 'vitest';
import { draftGeoJson, membersCsv } from '../../../src/lib/drafts/export';
import type { Draft } from '../../../src/lib/drafts/model';

const draft: Draft = {
	id: 'd',
	name: '=HYPERLINK("x")',
	kind: 'renkei',
	centres: ['34207'],
	codes: ['34207', '34205'],
	originSphereId: null,
	createdAt: '',
	updatedAt: ''
};
const rows = [
	{
		code: '34207',
		prefName: '広島県',
		name: '福山市',
		pop2020: 460930,
		pop2015: 464811,
		daytimePop2020: 456677,
		areaKm2: 518.14
	},
	{
		code: '34205',
		prefName: '広島県',
		name: '=cmd,"x"',
		pop2020: 131170,
		pop2015: 138626,
		daytimePop2020: null,
		areaKm2: 284.88
	}
];

describe('draft export', () => {
	it('writes CSV with a BOM and CRLF, quoting and defusing formula-like cells', () => {
		const csv = membersCsv(draft, rows);
		expect(csv.startsWith('\uFEFFcode,prefecture,name,role,')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe('34207,広島県,福山市,centre,460930,464811,456677,518.14');
		expect(lines[2]).toBe(`34205,広島県,"'=cmd,""x""",member,131170,138626,,284.88`);
		expect(lines).toHaveLength(4);
	});

	it('writes the outline first, then one feature per member', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		};
		const collection = draftGeoJson(
			draft,
			{ type: 'MultiPolygon', coordinates: [square.coordinates] },
			rows.map((row) => ({ row, geometry: square }))
		);
		expect(collection.features.map((f) => f.properties?.kind)).toEqual(['outline', 'member', 'member']);
		expect(collection.features[1].properties).toMatchObject({ code: '34207', role: 'centre' });
	});
});
