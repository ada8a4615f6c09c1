import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { activeSpheres, sphereStartDate } from '../../../src/lib/analysis/as-of';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres, topology } = readCommittedGeodata();
const municipalities = table.municipalities;
const codes = new Set(municipalities.map((m) => m.code));

type MunicipalityFeature = Feature<Polygon | MultiPolygon, { code: string; hoppo?: true }>;
const features = (
	feature(topology, topology.objects.municipalities) as FeatureCollection<
		Polygon | MultiPolygon,
		{ code: string; hoppo?: true }
	>
).features;

describe('municipality table', () => {
	it('has the 1,741 municipalities, each code once', () => {
		expect(municipalities).toHaveLength(1741);
		expect(codes.size).toBe(1741);
		expect(manifest.counts.municipalities).toBe(1741);
	});

	it('sums to the official 2020 and 2015 census totals', () => {
		expect(municipalities.reduce((sum, m) => sum + m.pop2020, 0)).toBe(126_146_099);
		expect(municipalities.reduce((sum, m) => sum + m.pop2015, 0)).toBe(127_094_745);
		expect(manifest.counts.population2020).toBe(126_146_099);
	});

	it('counts each kind as the census and the city list do', () => {
		const count = (kind: string) => municipalities.filter((m) => m.kind === kind).length;
		expect(count('特別区')).toBe(23);
		expect(count('政令指定都市')).toBe(20);
		expect(count('中核市')).toBe(62);
		expect(count('施行時特例市')).toBe(23);
		expect(count('市') + count('中核市') + count('施行時特例市')).toBe(772);
		expect(count('町') + count('村')).toBe(926);
	});

	it('carries the figures of 福山市 and a reading for every municipality', () => {
		expect(municipalities.find((m) => m.code === '34207')).toMatchObject({
			name: '福山市',
			prefName: '広島県',
			kana: 'ふくやまし',
			kind: '中核市',
			pop2020: 460_930,
			pop2015: 464_811,
			daytimePop2020: 456_835,
			dayNightRatio2020: 0.9911158,
			areaKm2: 518.14
		});
		expect(municipalities.filter((m) => !/^[ぁ-ゖー]+$/.test(m.kana))).toEqual([]);
		expect(table.prefectures).toHaveLength(47);
	});
});

describe('topology', () => {
	it('draws every municipality plus the six 北方領土 villages, flagged', () => {
		expect(features).toHaveLength(1747);
		const hoppo = features.filter((f) => f.properties.hoppo).map((f) => f.properties.code);
		expect(hoppo).toEqual(['01695', '01696', '01697', '01698', '01699', '01700']);
		const drawn = features.filter((f) => !f.properties.hoppo).map((f) => f.properties.code);
		expect(new Set(drawn)).toEqual(codes);
	});

	it('has 47 prefectures merged from the municipalities', () => {
		const prefectures = feature(topology, topology.objects.prefectures) as FeatureCollection;
		expect(prefectures.features.map((f) => f.properties?.code)).toEqual(table.prefectures.map((p) => p.code));
	});

	it('matches official areas: Turf area per municipality against 面積', () => {
		const byCode = new Map<string, MunicipalityFeature>(features.map((f) => [f.properties.code, f]));
		const errors = municipalities
			.map((m) => Math.abs(area(byCode.get(m.code)!) / 1e6 - m.areaKm2) / m.areaKm2)
			.sort((a, b) => a - b);
		const quantile = (q: number) => errors[Math.floor(q * (errors.length - 1))];
		console.info(
			`Turf area vs official area: median ${(quantile(0.5) * 100).toFixed(2)}%, ` +
				`p95 ${(quantile(0.95) * 100).toFixed(2)}%, max ${(quantile(1) * 100).toFixed(1)}%`
		);
		expect(quantile(0.5)).toBeLessThan(0.01);
		expect(quantile(0.95)).toBeLessThan(0.03);
		// Tiny islands and reclaimed land differ most; no polygon may vanish or double.
		expect(quantile(1)).toBeLessThan(0.25);
		const total = features.filter((f) => !f.properties.hoppo).reduce((sum, f) => sum + area(f) / 1e6, 0);
		const official = municipalities.reduce((sum, m) => sum + m.areaKm2, 0);
		expect(Math.abs(total - official) / official).toBeLessThan(0.005);
	});
});

describe('spheres', () => {
	it('resolve every centre and member, with no code twice in a sphere', () => {
		for (const sphere of spheres) {
			const memberCodes = sphere.members.map((m) => m.code);
			expect(new Set(memberCodes).size, sphere.id).toBe(memberCodes.length);
			expect(
				memberCodes.filter((c) => !codes.has(c)),
				sphere.id
			).toEqual([]);
			expect(sphere.centres.length, sphere.id).toBeGreaterThan(0);
			const centreRows = sphere.members.filter((m) => m.role === 'centre').map((m) => m.code);
			expect(centreRows, sphere.id).toEqual(sphere.centres);
		}
		expect(new Set(spheres.map((s) => s.id)).size).toBe(spheres.length);
	});

	it('has 38 連携中枢都市圏 active at the data as-of date', () => {
		const active = activeSpheres(spheres, manifest.asOf.spheres).filter((s) => s.kind === 'renkei');
		expect(active).toHaveLength(38);
		expect(active.flatMap((s) => s.centres)).toHaveLength(40);
	});

	it('gives 32 連携中枢都市圏 with 34 centres on 2019-04-01, as the seed document says', () => {
		const active = activeSpheres(spheres, '2019-04-01').filter((s) => s.kind === 'renkei');
		expect(active).toHaveLength(32);
		expect(active.flatMap((s) => s.centres)).toHaveLength(34);
		// 宮崎 counts through its 宣言 date: its 協約 date is unknown.
		expect(active.find((s) => s.id === 'miyazaki')).toBeDefined();
		expect(sphereStartDate(active.find((s) => s.id === 'miyazaki')!)).toBe('2014-12-01');
	});

	it('keeps superseded 定住自立圏 with an end date and a known successor', () => {
		const superseded = spheres.filter((s) => s.endedOn !== null);
		expect(superseded.length).toBe(manifest.counts.supersededSpheres);
		expect(superseded.length).toBeGreaterThanOrEqual(8);
		const hachinohe = superseded.find((s) => s.id === 'hachinohe-teiju');
		expect(hachinohe).toMatchObject({ kind: 'teiju', endedOn: '2017-03', successorId: 'hachinohe' });
		expect(activeSpheres(spheres, '2016-01-01').map((s) => s.id)).toContain('hachinohe-teiju');
		expect(activeSpheres(spheres, '2018-01-01').map((s) => s.id)).not.toContain('hachinohe-teiju');
	});

	it('marks the 13 高知 partners funded by the prefecture', () => {
		const kochi = spheres.find((s) => s.id === 'kochi')!;
		expect(kochi.members.filter((m) => m.basis === 'prefectural')).toHaveLength(13);
		expect(kochi.members.some((m) => m.code === '39405')).toBe(true); // 梼原町 via the alias table
	});

	it('puts no 北方領土 village in a sphere', () => {
		const hoppo = new Set(['01695', '01696', '01697', '01698', '01699', '01700']);
		expect(spheres.flatMap((s) => s.members).filter((m) => hoppo.has(m.code))).toEqual([]);
	});

	it('says the 定住自立圏 list is incomplete', () => {
		const teiju = manifest.coverage.find((c) => c.kind === 'teiju')!;
		expect(teiju.complete).toBe(false);
		expect(teiju.note).toContain(`${manifest.counts.spheres.teiju} 圏域`);
	});
});
