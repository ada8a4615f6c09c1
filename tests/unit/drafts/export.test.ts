import { describe, expect, it } from 'vitest';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import { toCsv } from '../../../src/lib/csv';
import { draftGeoJson, membersCsv } from '../../../src/lib/drafts/export';

/** Twice the signed area (shoelace): positive for a counter-clockwise ring. */
const signedArea = (ring: Position[]) =>
	ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0);
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

	it('winds outer rings counter-clockwise and holes clockwise, as RFC 7946 says (defect 10)', () => {
		// Clockwise outer ring with a counter-clockwise hole, as the app's topology has them.
		const clockwise: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0, 4],
					[4, 4],
					[4, 0],
					[0, 0]
				],
				[
					[1, 1],
					[3, 1],
					[3, 3],
					[1, 3],
					[1, 1]
				]
			]
		};
		const collection = draftGeoJson(
			draft,
			{ type: 'MultiPolygon', coordinates: [clockwise.coordinates] },
			rows.map((row) => ({ row, geometry: clockwise }))
		);
		for (const feature of collection.features) {
			const geometry = feature.geometry as Polygon | MultiPolygon;
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			for (const [outer, ...holes] of polygons) {
				expect(signedArea(outer)).toBeGreaterThan(0);
				for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
			}
		}
		// The input is not changed.
		expect(signedArea(clockwise.coordinates[0])).toBeLessThan(0);
	});

	it('writes its CSV through the one escaping writer', () => {
		const header = 'code,prefecture,name,role,pop2020,pop2015,daytime_pop2020,area_km2';
		const cells = rows.map((row, i) => [
			row.code,
			row.prefName,
			row.name,
			i === 0 ? 'centre' : 'member',
			row.pop2020,
			row.pop2015,
			row.daytimePop2020,
			row.areaKm2
		]);
		expect(membersCsv(draft, rows)).toBe(`${toCsv(header.split(','), cells)}\r\n`);
		expect(toCsv(['=h', 'b', 'c', 'd', 'e', 'f'], [['+1', -3, '@x', '\tx', 'ok', ['-a', 'b']]])).toBe(
			`\uFEFF'=h,b,c,d,e,f\r\n'+1,-3,'@x,'\tx,ok,'-a | b`
		);
	});
});
