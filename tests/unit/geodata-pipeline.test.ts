import { fileURLToPath } from 'node:url';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../../scripts/build-geodata';
import { geometryCode } from '../../src/lib/data/types';
import { NAME_ALIASES } from '../../scripts/lib/aliases';
import { parseCsv } from '../../scripts/lib/csv';
import { isPartialDate } from '../../scripts/lib/dates';
import { jsonRowsPerLine } from '../../scripts/lib/json';
import { readCensus } from '../../scripts/lib/municipalities';
import { NameResolver } from '../../scripts/lib/resolve';
import { buildSpheres, splitSphereName } from '../../scripts/lib/spheres';
import { checkCodeSets } from '../../scripts/lib/topology';

const fixtureDir = fileURLToPath(new URL('../fixtures/geodata-src', import.meta.url));

const resolver = new NameResolver(
	[
		{ code: '39405', prefecture: '高知県', name: '檮原町' },
		{ code: '14207', prefecture: '神奈川県', name: '茅ヶ崎市' },
		{ code: '01233', prefecture: '北海道', name: '伊達市' },
		{ code: '07213', prefecture: '福島県', name: '伊達市' },
		{ code: '99998', prefecture: '架空県', name: '同名町' },
		{ code: '99999', prefecture: '架空県', name: '同名町' }
	],
	NAME_ALIASES
);
const at = { file: 'spheres/x.csv', line: 7 };

describe('NameResolver', () => {
	it('resolves by prefecture + name, so duplicate names across prefectures are fine', () => {
		expect(resolver.resolve('北海道', '伊達市', at)).toBe('01233');
		expect(resolver.resolve('福島県', '伊達市', at)).toBe('07213');
	});

	it('accepts the alias table and ヶ/ケ spellings', () => {
		expect(resolver.resolve('高知県', '梼原町', at)).toBe('39405');
		expect(resolver.resolve('神奈川県', '茅ケ崎市', at)).toBe('14207');
	});

	it('names the file, line and value of an unknown or ambiguous name', () => {
		expect(() => resolver.resolve('高知県', '梼原村', at)).toThrow(
			'spheres/x.csv:7: no municipality "梼原村" in 高知県'
		);
		expect(() => resolver.resolve('架空県', '同名町', at)).toThrow(
			'spheres/x.csv:7: "架空県同名町" is ambiguous (codes 99998, 99999)'
		);
	});
});

describe('pipeline pieces', () => {
	it('parses CSV with a BOM and reports line numbers from the header line', () => {
		const records = parseCsv('\uFEFFa,b\n1,2\n3,4\n', 't.csv');
		expect(records).toEqual([
			{ line: 2, values: { a: '1', b: '2' } },
			{ line: 3, values: { a: '3', b: '4' } }
		]);
	});

	it('reads a file whose line endings mix CRLF and LF, as an appended file can', () => {
		const records = parseCsv('a,b\r\n1,2\r\n3,4\n5,6\n', 'mixed.csv');
		expect(records.map((r) => r.values)).toEqual([
			{ a: '1', b: '2' },
			{ a: '3', b: '4' },
			{ a: '5', b: '6' }
		]);
	});

	it('rejects a census row with a bad number, naming the line', () => {
		const header =
			'code,prefecture,name,population_2020,daytime_population_2020,day_night_ratio_2020,population_2015,area_km2,unit_type';
		const csv = `${header}\n34207,広島県,福山市,46O930,1,1,1,1,city\n`;
		expect(() => readCensus(parseCsv(csv, 'census/municipalities.csv'))).toThrow(
			'census/municipalities.csv:2: "population_2020" is not a number: "46O930"'
		);
	});

	it('accepts partial ISO dates and rejects impossible ones', () => {
		expect(['2019', '2019-04', '2019-04-01', '2020-02-29'].every(isPartialDate)).toBe(true);
		expect(['2019-13', '2019-02-30', '2019/04/01', '19-04-01', ''].some(isPartialDate)).toBe(false);
	});

	it('splits a sphere name from its note', () => {
		expect(splitSphereName('大仙市定住自立圏(名称未確認; 合併1市)')).toEqual({
			name: '大仙市定住自立圏',
			note: '名称未確認; 合併1市'
		});
		expect(splitSphereName('播磨圏域連携中枢都市圏')).toEqual({ name: '播磨圏域連携中枢都市圏', note: null });
	});

	it('rejects a municipality listed twice in one sphere, and a bad date', () => {
		const header =
			'sphere_id,sphere_name,role,prefecture,municipality_name,declared_on,agreement_on,vision_on,source';
		const twice = `${header}\nx,X圏,center,北海道,伊達市,,,,s\nx,X圏,member,北海道,伊達市,,,,s\n`;
		const file = (text: string) => [
			{ file: 'spheres/t.csv', kind: 'teiju' as const, records: parseCsv(text, 't') }
		];
		expect(() => buildSpheres(file(twice), resolver, new Set())).toThrow(
			'spheres/t.csv:3: 01233 is listed twice in x'
		);
		const badDate = `${header}\nx,X圏,center,北海道,伊達市,2019-02-30,,,s\n`;
		expect(() => buildSpheres(file(badDate), resolver, new Set())).toThrow(
			'spheres/t.csv:2: "declared_on" is not a date: "2019-02-30"'
		);
		expect(() =>
			buildSpheres(file(`${header}\nx,X圏,center,北海道,伊達市,,,,s\n`), resolver, new Set(['01233']))
		).toThrow('01233 cannot belong to a sphere');
	});

	it('reports missing and stray polygons', () => {
		expect(() => checkCodeSets(['01100', '99999', '01695'], ['01100', '01202'])).toThrow(
			'missing polygons 01202; polygons without census row 99999'
		);
	});

	it('writes one row per line as valid JSON', () => {
		const text = jsonRowsPerLine({ schemaVersion: 1 }, 'rows', [{ a: 1 }, { a: 2 }]);
		expect(text).toBe('{"schemaVersion":1,"rows":[\n{"a":1},\n{"a":2}\n]}\n');
		expect(JSON.parse(text)).toEqual({ schemaVersion: 1, rows: [{ a: 1 }, { a: 2 }] });
	});
});

describe('whole build on a four-municipality fixture', () => {
	const outputs = buildGeodata(fixtureDir);
	const json = (name: string) => JSON.parse(outputs.get(name)!);

	it('builds the table, with kinds and readings', () => {
		const table = json('municipalities.json');
		expect(
			table.municipalities.map((m: { code: string; kind: string; kana: string }) => [m.code, m.kind, m.kana])
		).toEqual([
			['33202', '中核市', 'くらしきし'],
			['34207', '中核市', 'ふくやまし'],
			['34208', '市', 'ふちゅうし'],
			['34545', '町', 'じんせきこうげんちょう']
		]);
		expect(table.prefectures.map((p: { code: string }) => p.code)).toEqual(['33', '34']);
	});

	it('builds spheres with centres, member dates, basis, notes and end dates', () => {
		const { spheres } = json('spheres.json');
		const bingo = spheres.find((s: { id: string }) => s.id === 'bingo');
		expect(bingo).toMatchObject({
			kind: 'renkei',
			centres: ['34207'],
			agreementOn: '2015-03-25',
			declaredOn: '2015-02-24',
			sources: ['https://example.test/a', 'https://example.test/b']
		});
		expect(bingo.members[2]).toEqual({ code: '34545', role: 'member', joinedOn: null, basis: 'prefectural' });
		expect(spheres.find((s: { id: string }) => s.id === 'kurashiki-teiju')).toMatchObject({
			name: '倉敷定住自立圏',
			nameUnconfirmed: true,
			membersPartial: true,
			declaredOn: '2009-08'
		});
		expect(spheres.find((s: { id: string }) => s.id === 'fukuyama-teiju')).toMatchObject({
			endedOn: '2015-03',
			successorId: 'bingo'
		});
	});

	it('drops the null-code polygon and merges prefectures from shared arcs', () => {
		const topo = json('japan.topo.json');
		const municipalities = feature(topo, topo.objects.municipalities) as unknown as {
			features: { properties: { code: string } }[];
		};
		expect(municipalities.features.map((f) => f.properties.code)).toEqual([
			'33202',
			'34207',
			'34208',
			'34545'
		]);
		const prefectures = topo.objects.prefectures as GeometryCollection<{ code: string }>;
		expect(prefectures.geometries.map(geometryCode)).toEqual(['33', '34']);
		// 33 and 34 touch along one shared edge.
		expect(neighbors(prefectures.geometries)).toEqual([[1], [0]]);
	});

	it('is deterministic and lists its inputs with checksums', () => {
		expect(buildGeodata(fixtureDir)).toEqual(outputs);
		const manifest = json('manifest.json');
		expect(manifest.generatedFrom).toHaveLength(8);
		expect(manifest.counts).toMatchObject({ municipalities: 4, prefectures: 2, population2020: 981_427 });
	});

	it('fails with the file and line of an unresolvable sphere row', () => {
		expect(() =>
			buildGeodata(fileURLToPath(new URL('../fixtures/geodata-src-broken', import.meta.url)))
		).toThrow('spheres/renkei_chusu.csv:3: no municipality "府中町" in 広島県');
	});
});
