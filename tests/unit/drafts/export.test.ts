import { describe, expect, it } from 'vitest';
import { draftGeoJson, membersCsv } from '../../../src/lib/drafts/export';
import { parseMunicipalityList } from '../../../src/lib/drafts/import';
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
		expect(lines[1]).toBe('"=""34207""",広島県,福山市,centre,460930,464811,456677,518.14');
		expect(lines[2]).toBe(`"=""34205""",広島県,"'=cmd,""x""",member,131170,138626,,284.88`);
		expect(lines).toHaveLength(4);
	});

	it('writes the column titles and roles in the words given, and keeps codes as text', () => {
		const csv = membersCsv(draft, [{ ...rows[0], code: '01206' }], {
			columns: [
				'団体コード',
				'都道府県',
				'市区町村',
				'役割',
				'人口2020',
				'人口2015',
				'昼間人口2020',
				'面積km2'
			],
			centre: '中心市',
			member: '構成市町村'
		});
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('団体コード,都道府県,市区町村,役割,人口2020,人口2015,昼間人口2020,面積km2');
		expect(lines[1].startsWith('"=""01206""",広島県,福山市,構成市町村,')).toBe(true);
	});

	it('reads its own CSV back through the import, codes with their leading zero', () => {
		const csv = membersCsv(draft, rows);
		const municipalities = rows.map((row) => ({
			code: row.code,
			prefCode: '34',
			prefName: '広島県',
			name: row.name
		}));
		expect(parseMunicipalityList(csv, municipalities).codes).toEqual(['34207', '34205']);
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
