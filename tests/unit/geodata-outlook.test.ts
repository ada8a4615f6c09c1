import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../../scripts/build-geodata';
import { parseCsv } from '../../scripts/lib/csv';
import { readCensus2025, readProjections } from '../../scripts/lib/outlook';
import type { Municipality, OutlookTable } from '../../src/lib/data/types';

const municipality = (code: string, name: string, pop2020: number): Municipality => ({
	code,
	prefCode: code.slice(0, 2),
	prefName: '',
	name,
	kana: '',
	kind: '市',
	pop2020,
	pop2015: pop2020,
	daytimePop2020: pop2020,
	dayNightRatio2020: 1,
	areaKm2: 1,
	statusSince: null
});

const map = [
	municipality('22130', '浜松市', 790_718),
	municipality('07204', 'いわき市', 332_931),
	municipality('07209', '相馬市', 34_865)
];

const CENSUS_HEADER = 'code,name,population_2025,change_rate_2020_2025_pct,unit_type,parent_code';
const census = (...rows: string[]) =>
	readCensus2025(parseCsv([CENSUS_HEADER, ...rows].join('\n'), 'c.csv'), map);
const goodCensusRows = [
	'07204,いわき市,306495,-7.94038,city,',
	'07209,相馬市,31883,-8.55299,city,',
	'22130,浜松市,765750,-3.15764,designated_city,',
	'22138,浜松市中央区,591381,-2.72331,designated_city_ward,22130',
	'22139,浜松市浜名区,150707,-3.427,designated_city_ward,22130',
	'22140,浜松市天竜区,23662,-11.46449,designated_city_ward,22130'
];

describe('2025 速報 reader', () => {
	it('takes designated cities whole by city code, whatever their 2025 wards', () => {
		expect(census(...goodCensusRows)).toEqual(
			new Map([
				['07204', 306_495],
				['07209', 31_883],
				['22130', 765_750]
			])
		);
	});

	it('stops when the wards do not sum to their city, so no ward is lost', () => {
		const rows = goodCensusRows.filter((row) => !row.startsWith('22140'));
		expect(() => census(...rows)).toThrow('the wards of 22130 sum to 742088, its city row says 765750');
	});

	it('names the file, line and value of a bad row', () => {
		const rows = [...goodCensusRows];
		rows[1] = '07209,相馬市,3188x,-8.55299,city,';
		expect(() => census(...rows)).toThrow(
			'census/extra/census_2025_prelim.csv:3: "population_2025" is not a whole number of persons: "3188x"'
		);
	});

	it('stops on a municipality without a row, and on a code the map does not draw', () => {
		expect(() => census(...goodCensusRows.slice(1))).toThrow(
			'no row for 1 municipalities of the map (07204 いわき市)'
		);
		expect(() => census(...goodCensusRows, '99999,架空市,10,,city,')).toThrow(
			':8: code 99999 is not a municipality of the map'
		);
	});

	it('checks the published change rate against the 2020 count, so a row cannot join the wrong city', () => {
		const rows = [...goodCensusRows];
		rows[0] = '07204,いわき市,306495,-3.1,city,';
		expect(() => census(...rows)).toThrow('07204: 306495 against the 2020 count 332931 is -7.940%');
	});
});

const PROJECTION_HEADER =
	'code,name,ipss_kind,pop_2020,pop_2025,pop_2030,pop_2035,pop_2040,pop_2045,pop_2050,note';
const projections = (...rows: string[]) =>
	readProjections(parseCsv([PROJECTION_HEADER, ...rows].join('\n'), 'p.csv'), map);
const goodProjectionRows = [
	'07204,いわき市,2,,,,,,,,',
	'07209,相馬市,2,,,,,,,,',
	'22130,浜松市,1,790718,772254,752174,730724,707669,683036,657052,',
	'22131,浜松市中区,0,235240,230110,223589,217093,210129,202912,195383,',
	'07999,福島県浜通り地域（2市の試験用）,9,367796,1,1,1,1,1,1,'
];

describe('IPSS projection reader', () => {
	it('keeps municipalities without figures as null and groups them into their area', () => {
		const result = projections(...goodProjectionRows);
		expect(result.byCode.get('07204')).toBeNull();
		expect(result.byCode.get('22130')).toEqual([772254, 752174, 730724, 707669, 683036, 657052]);
		expect(result.byCode.has('22131')).toBe(false);
		expect(result.areas).toEqual([
			{
				code: '07999',
				name: '福島県浜通り地域',
				members: ['07204', '07209'],
				pop2020: 367_796,
				projected: [1, 1, 1, 1, 1, 1]
			}
		]);
	});

	it('stops when an area is not the sum of its members, or a gap has no area', () => {
		const rows = [...goodProjectionRows];
		rows[4] = '07999,浜通り,9,367795,1,1,1,1,1,1,';
		expect(() => projections(...rows)).toThrow('area 07999: pop_2020 367795 is not the sum');
		expect(() => projections(...goodProjectionRows.slice(0, 4))).toThrow(
			'census/extra/projections_ipss2023.csv:2: 07204 has no figures and no IPSS area covers it'
		);
	});

	it('names the line of a bad or partial row and of a 2020 count that differs from the census', () => {
		const partial = [...goodProjectionRows];
		partial[2] = '22130,浜松市,1,790718,772254,,730724,707669,683036,657052,';
		expect(() => projections(...partial)).toThrow(':4: 22130 has figures for some projection years only');
		const differs = [...goodProjectionRows];
		differs[2] = '22130,浜松市,1,790719,772254,752174,730724,707669,683036,657052,';
		expect(() => projections(...differs)).toThrow(
			':4: 22130: pop_2020 790719 differs from the census count 790718'
		);
	});
});

describe('outlook.json on the four-municipality fixture', () => {
	const outputs = buildGeodata(fileURLToPath(new URL('../fixtures/geodata-src', import.meta.url)));
	const outlook = JSON.parse(outputs.get('outlook.json')!) as OutlookTable;
	const manifest = JSON.parse(outputs.get('manifest.json')!);

	it('carries 2025 and the projections of every municipality, and their totals in the manifest', () => {
		expect(outlook.years).toEqual([2025, 2030, 2035, 2040, 2045, 2050]);
		expect(outlook.municipalities.map((row) => [row.code, row.pop2025, row.projected?.at(-1)])).toEqual([
			['33202', 462_135, 409_836],
			['34207', 439_994, 383_669],
			['34208', 33_347, 20_800],
			['34545', 7_266, 3_818]
		]);
		expect(manifest.counts.population2025).toBe(462_135 + 439_994 + 33_347 + 7_266);
		expect(manifest.counts.projectedTotals.at(-1)).toBe(409_836 + 383_669 + 20_800 + 3_818);
		expect(manifest.files.outlook).toBe('outlook.json');
	});

	it('credits the 2025 速報 and IPSS', () => {
		const credits = manifest.attribution.map((a: { ja: string }) => a.ja).join('\n');
		expect(credits).toContain('令和7年国勢調査 人口速報集計');
		expect(credits).toContain(
			'国立社会保障・人口問題研究所『日本の地域別将来推計人口（令和5(2023)年推計）』'
		);
	});
});
