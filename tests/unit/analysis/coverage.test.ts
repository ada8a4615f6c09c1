import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	applicableTeijuGaps,
	incompletePrefectures,
	readTeijuGaps,
	TEIJU_GAPS_FILE
} from '../../../scripts/lib/coverage-gaps';
import { activeSpheres } from '../../../src/lib/analysis/as-of';
import {
	computeCoverage,
	COVERAGE_COLUMNS,
	coverageCsv,
	coverageLists,
	coverageRows,
	spheresByMunicipality,
	toCsv,
	UNDATED_MEMBERSHIP_RULE,
	type CoverageData,
	type CoverageRow,
	type CoverageTable
} from '../../../src/lib/analysis/coverage';
import { AnalysisInputError } from '../../../src/lib/analysis/errors';
import type { ProjectTable } from '../../../src/lib/data/projects-types';
import type { Sphere } from '../../../src/lib/data/types';
import { readCommittedGeodata } from '../read-geodata';

const TEIJU_GAPS = readTeijuGaps();

const committed = readCommittedGeodata();
const projects = JSON.parse(
	readFileSync(new URL('../../../geodata/projects.json', import.meta.url), 'utf8')
) as ProjectTable;
const data: CoverageData = {
	manifest: committed.manifest,
	municipalities: committed.table,
	spheres: { schemaVersion: committed.table.schemaVersion, spheres: committed.spheres },
	projects
};

const DATA_AS_OF = '2025-04-01';
const HOPPO_CODES = ['01695', '01696', '01697', '01698', '01699', '01700'];

const row = (table: CoverageTable, prefCode: string): CoverageRow => {
	const found = table.prefectures.find((r) => r.prefCode === prefCode);
	if (found === undefined) throw new Error(`no row ${prefCode}`);
	return found;
};

/** Columns that add up over prefectures: every count, population and area. */
const ADDITIVE_COLUMNS = COVERAGE_COLUMNS.filter((column) =>
	/(Municipalities|Population|AreaKm2)$|^(municipalities|population|areaKm2|undatedMemberships)$/.test(column)
);

const MEASURES = [
	{ total: 'municipalities', suffix: 'Municipalities' },
	{ total: 'population', suffix: 'Population' },
	{ total: 'areaKm2', suffix: 'AreaKm2' }
] as const;

const tables = {
	current: computeCoverage(data),
	y2015: computeCoverage(data, { asOf: '2015-01-01' }),
	census2015: computeCoverage(data, { census: 2015 }),
	nationalOnly: computeCoverage(data, { includePrefecturalBasis: false })
};

describe('coverage table: totals', () => {
	it('defaults to the data’s as-of date and the 2020 census, prefectural-basis members counted', () => {
		expect(tables.current).toMatchObject({ asOf: DATA_AS_OF, census: 2020, includePrefecturalBasis: true });
		expect(tables.current.prefectures).toHaveLength(47);
		expect(tables.current.prefectures.map((r) => r.prefCode)).toEqual(
			Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'))
		);
		expect(Object.keys(tables.current.national)).toEqual([...COVERAGE_COLUMNS]);
	});

	it('has ADDITIVE_COLUMNS covering every count, population and area (19 of them)', () => {
		expect(ADDITIVE_COLUMNS).toHaveLength(3 * 6 + 1);
		expect(ADDITIVE_COLUMNS).toContain('neitherAreaKm2');
		expect(ADDITIVE_COLUMNS).not.toContain('neitherAreaKm2Pct');
	});

	for (const [label, table] of Object.entries(tables)) {
		it(`adds the prefecture rows up to the national row (${label})`, () => {
			for (const column of ADDITIVE_COLUMNS) {
				const sum = table.prefectures.reduce((total, r) => total + (r[column] as number), 0);
				if (column.endsWith('AreaKm2') || column === 'areaKm2') {
					expect(sum, column).toBeCloseTo(table.national[column] as number, 6);
				} else {
					expect(sum, column).toBe(table.national[column]);
				}
			}
		});

		it(`satisfies either = renkei + teiju − both and either + neither = total (${label})`, () => {
			for (const r of coverageRows(table)) {
				for (const { total, suffix } of MEASURES) {
					const value = (category: string) => r[`${category}${suffix}` as keyof CoverageRow] as number;
					expect(value('either'), `${r.prefCode} ${suffix}`).toBeCloseTo(
						value('renkei') + value('teiju') - value('both'),
						6
					);
					expect(value('either') + value('neither'), `${r.prefCode} ${suffix}`).toBeCloseTo(r[total], 6);
				}
			}
		});
	}

	it('counts model projects in every prefecture a project involves, and each once nationally', () => {
		const { prefectures, national } = tables.current;
		expect(national).toMatchObject({ projects: 136, kankeiProjects: 74, koikiProjects: 62 });
		const { kankei, koiki } = committed.manifest.counts.projects!;
		expect(national.projects).toBe(kankei + koiki);
		// Six projects involve two prefectures (湯沢–横浜, 福知山–丹波・朝来, 北九州–下関,
		// 福山 ×2 with 笠岡・井原, 横浜–町田), so the prefecture rows count them twice.
		const sum = (column: 'projects' | 'kankeiProjects' | 'koikiProjects') =>
			prefectures.reduce((total, r) => total + (r[column] ?? 0), 0);
		expect(sum('projects')).toBe(136 + 6);
		expect(sum('kankeiProjects')).toBe(74 + 2);
		expect(sum('koikiProjects')).toBe(62 + 4);
	});

	it('leaves the project columns null without projects.json', () => {
		const table = computeCoverage({ ...data, projects: null });
		expect(table.national.projects).toBeNull();
		expect(row(table, '31').koikiProjects).toBeNull();
		expect(table.national.municipalities).toBe(1741);
	});

	it('computes the percentages of the row’s own totals', () => {
		const { national } = tables.current;
		expect(national.eitherPopulationPct).toBe(
			Math.round((national.eitherPopulation / national.population) * 10_000) / 100
		);
		expect(national.eitherMunicipalitiesPct! + national.neitherMunicipalitiesPct!).toBeCloseTo(100, 1);
		expect(row(tables.current, '13').eitherMunicipalitiesPct).toBe(0);
	});
});

describe('coverage table: the whole country and the 北方領土', () => {
	it('counts every municipality of municipalities.json and nothing else', () => {
		const { national } = tables.current;
		expect(national.municipalities).toBe(committed.manifest.counts.municipalities);
		expect(national.municipalities).toBe(1741);
		expect(national.population).toBe(committed.manifest.counts.population2020);
		expect(tables.census2015.national.population).toBe(127_094_745);
	});

	it('lists no 北方領土 village, even when a sphere names one', () => {
		const withHoppo: Sphere[] = committed.spheres.map((s) =>
			s.id === 'kushiro' ? { ...s, members: [...s.members, { ...s.members[1], code: '01695' }] } : s
		);
		const hoppoData = { ...data, spheres: { schemaVersion: 1, spheres: withHoppo } };
		const lists = coverageLists(hoppoData);
		const listed = [...lists.inNoSphere, ...lists.inSeveralSpheres].map((m) => m.code);
		expect(listed.filter((code) => HOPPO_CODES.includes(code))).toEqual([]);
		expect(computeCoverage(hoppoData).national).toEqual(tables.current.national);
	});
});

describe('coverage as of a date', () => {
	it('gives 32 連携中枢都市圏 with 34 centres on 2019-04-01 (総務省: 32 圏域 / 34 市)', () => {
		const table = computeCoverage(data, { asOf: '2019-04-01' });
		expect(table.activeSpheres.renkei).toEqual({ spheres: 32, centres: 34 });
		const renkei = activeSpheres(committed.spheres, '2019-04-01').filter((s) => s.kind === 'renkei');
		expect(table.activeSpheres.renkei.spheres).toBe(renkei.length);
		expect(tables.current.activeSpheres.renkei).toEqual({ spheres: 38, centres: 40 });
		expect(tables.current.activeSpheres.teiju.spheres).toBe(committed.manifest.counts.spheres.teiju);
	});

	it('counts a member from its own join date: 熊本 +4 signed on 2025-03-27', () => {
		const before = computeCoverage(data, { asOf: '2025-03-01' });
		expect(row(tables.current, '43').renkeiMunicipalities - row(before, '43').renkeiMunicipalities).toBe(4);
		expect(before.activeSpheres.renkei).toEqual({ spheres: 38, centres: 40 });
	});

	it('matches 総務省’s 376 延べ members of 連携中枢都市圏 on 2024-04-01, national scheme only', () => {
		const memberships = (includePrefecturalBasis: boolean) =>
			[
				...spheresByMunicipality(committed.spheres, { asOf: '2024-04-01', includePrefecturalBasis }).values()
			].reduce((sum, spheres) => sum + spheres.renkei.length, 0);
		expect(memberships(false)).toBe(376);
		expect(memberships(true)).toBe(376 + 13);
	});

	it('covers less on 2015-01-01 than on the data’s as-of date', () => {
		const [before, now] = [tables.y2015.national, tables.current.national];
		expect(before.renkeiMunicipalities).toBeLessThan(now.renkeiMunicipalities);
		expect(before.eitherMunicipalities).toBeLessThan(now.eitherMunicipalities);
		expect(before.eitherPopulation).toBeLessThan(now.eitherPopulation);
		expect(before.eitherAreaKm2).toBeLessThan(now.eitherAreaKm2);
		// Only 宮崎 (宣言 2014-12-01, 協約 date unknown) counts as a 連携中枢都市圏 then.
		expect(tables.y2015.activeSpheres.renkei).toEqual({ spheres: 1, centres: 1 });
		expect(before.renkeiMunicipalities).toBe(3);
	});

	it('rejects a date that is not a calendar date', () => {
		expect(() => computeCoverage(data, { asOf: '2019-02-30' })).toThrow(AnalysisInputError);
		expect(() => coverageLists(data, { asOf: '20190401' })).toThrow('Invalid date "20190401"');
	});

	it('counts undated memberships and says how they are treated', () => {
		// 長岡 (4 members), 糸魚川, 日光, 延岡 (3), 日向 (2): no date for the member or the sphere.
		expect(tables.current.national.undatedMemberships).toBe(4 + 1 + 1 + 3 + 2);
		expect(row(tables.current, '15').undatedMemberships).toBe(5);
		expect(row(tables.current, '45').undatedMemberships).toBe(5);
		expect(row(tables.current, '31').undatedMemberships).toBe(0);
		// In 2015 also the 5 of 山形定住自立圏: no start date, ended 2020-03-31.
		expect(tables.y2015.national.undatedMemberships).toBe(11 + 5);
		expect(UNDATED_MEMBERSHIP_RULE).toMatch(/every date until its sphere ends/);
	});
});

describe('coverage of 鳥取県 (31), by hand', () => {
	// 鳥取県's 19 municipalities on 2025-04-01 (pop 2020 / pop 2015 / km²):
	// 連携中枢都市圏 因幡・但馬麒麟のまち (inaba): 鳥取市 188,465/193,717/765.31, 岩美町 10,799/11,485/122.32,
	//   若桜町 2,864/3,269/199.18, 智頭町 6,427/7,154/224.7, 八頭町 15,937/16,985/206.71.
	// 定住自立圏 中海圏域 (nakaumi): 米子市 147,317/149,313/132.42, 境港市 32,740/34,174/29.11;
	//   鳥取県中部 (tottori-chubu): 倉吉市 46,485/49,044/272.06, 三朝町 6,060/6,490/233.52,
	//   湯梨浜町 16,055/16,550/77.94, 琴浦町 16,365/17,416/139.97, 北栄町 14,228/14,820/56.94.
	// No sphere: 日吉津村 3,501/3,439/4.2, 大山町 15,370/16,470/189.83, 南部町 10,323/10,950/114.03,
	//   伯耆町 10,696/11,118/139.44, 日南町 4,196/4,765/340.96, 日野町 2,907/3,278/133.98,
	//   江府町 2,672/3,004/124.52.
	// The 鳥取・因幡定住自立圏 ended 2018-04, when inaba replaced it.
	it('matches the table on the data’s as-of date (2020 census)', () => {
		expect(row(tables.current, '31')).toEqual({
			prefCode: '31',
			prefName: '鳥取県',
			municipalities: 19,
			renkeiMunicipalities: 5,
			teijuMunicipalities: 7,
			eitherMunicipalities: 12,
			bothMunicipalities: 0,
			neitherMunicipalities: 7,
			renkeiMunicipalitiesPct: 26.32,
			teijuMunicipalitiesPct: 36.84,
			eitherMunicipalitiesPct: 63.16,
			bothMunicipalitiesPct: 0,
			neitherMunicipalitiesPct: 36.84,
			population: 553_407,
			renkeiPopulation: 224_492,
			teijuPopulation: 279_250,
			eitherPopulation: 503_742,
			bothPopulation: 0,
			neitherPopulation: 49_665,
			renkeiPopulationPct: 40.57,
			teijuPopulationPct: 50.46,
			eitherPopulationPct: 91.03,
			bothPopulationPct: 0,
			neitherPopulationPct: 8.97,
			areaKm2: 3507.14,
			renkeiAreaKm2: 1518.22,
			teijuAreaKm2: 941.96,
			eitherAreaKm2: 2460.18,
			bothAreaKm2: 0,
			neitherAreaKm2: 1046.96,
			renkeiAreaKm2Pct: 43.29,
			teijuAreaKm2Pct: 26.86,
			eitherAreaKm2Pct: 70.15,
			bothAreaKm2Pct: 0,
			neitherAreaKm2Pct: 29.85,
			undatedMemberships: 0,
			// kankei: h30-p1-hino, r1-soshutsu-tottori, r1-susono-tottori-pref (鳥取県 with 八頭町・南部町);
			// koiki: h26-hokan-tottori-pref, h28-renkei-tottori.
			projects: 5,
			kankeiProjects: 3,
			koikiProjects: 2,
			teijuIncomplete: false,
			teijuIncompleteReasons: []
		});
	});

	it('matches the table with the 2015 census', () => {
		expect(row(tables.census2015, '31')).toMatchObject({
			population: 573_441,
			renkeiPopulation: 232_610,
			teijuPopulation: 287_807,
			neitherPopulation: 53_024,
			areaKm2: 3507.14
		});
	});

	it('matches the table on 2015-01-01, when 鳥取市’s sphere was a 定住自立圏', () => {
		expect(row(tables.y2015, '31')).toMatchObject({
			renkeiMunicipalities: 0,
			teijuMunicipalities: 12,
			neitherMunicipalities: 7,
			teijuPopulation: 224_492 + 279_250,
			teijuAreaKm2: 2460.18
		});
	});

	it('lists its municipalities in no sphere', () => {
		const inNoSphere = coverageLists(data).inNoSphere.filter((m) => m.prefCode === '31');
		expect(inNoSphere.map((m) => `${m.code} ${m.name}`)).toEqual([
			'31384 日吉津村',
			'31386 大山町',
			'31389 南部町',
			'31390 伯耆町',
			'31401 日南町',
			'31402 日野町',
			'31403 江府町'
		]);
		expect(inNoSphere.reduce((sum, m) => sum + m.population, 0)).toBe(49_665);
	});
});

describe('coverage lists', () => {
	const lists = coverageLists(data);

	it('agrees with the table', () => {
		expect(lists.inNoSphere).toHaveLength(tables.current.national.neitherMunicipalities);
		expect(lists.asOf).toBe(DATA_AS_OF);
	});

	it('lists municipalities in several spheres with the sphere ids', () => {
		const byCode = new Map(lists.inSeveralSpheres.map((m) => [m.code, m]));
		expect(byCode.get('28481')).toMatchObject({
			name: '上郡町',
			sphereIds: ['harima', 'tobi-seiban', 'harima-kagaku'],
			renkeiSphereIds: ['harima'],
			teijuSphereIds: ['tobi-seiban', 'harima-kagaku']
		});
		expect(byCode.get('34203')?.sphereIds).toEqual(['bingo', 'hiroshima', 'kure']);
		expect(byCode.get('39210')?.sphereIds).toEqual(['kochi', 'hata']);
		expect(lists.inSeveralSpheres.every((m) => m.sphereIds.length >= 2)).toBe(true);
		expect(byCode.has('31201')).toBe(false);
	});

	it('drops prefectural-basis memberships when asked', () => {
		const nationalOnly = coverageLists(data, { includePrefecturalBasis: false });
		expect(nationalOnly.inSeveralSpheres.find((m) => m.code === '39210')).toBeUndefined();
	});

	it('passes the as-of date to the eligible-centres hook, and reports null without one', () => {
		expect(lists.eligibleCentresWithoutSphere).toBeNull();
		const withHook = coverageLists(data, {
			asOf: '2019-04-01',
			eligibleCentresWithoutSphere: (asOf) => [{ codes: ['00000'], names: [asOf] }]
		});
		expect(withHook.eligibleCentresWithoutSphere).toEqual([{ codes: ['00000'], names: ['2019-04-01'] }]);
	});
});

describe('prefectural-basis members (高知)', () => {
	it('count as covered by default, and can be left out', () => {
		expect(row(tables.current, '39').renkeiMunicipalities).toBe(34);
		expect(row(tables.nationalOnly, '39').renkeiMunicipalities).toBe(21);
		expect(
			tables.current.national.renkeiMunicipalities - tables.nationalOnly.national.renkeiMunicipalities
		).toBe(13);
		// 四万十市・宿毛市・黒潮町 stay covered through the 幡多 定住自立圏.
		expect(row(tables.nationalOnly, '39').eitherMunicipalities).toBe(21 + 3);
	});
});

describe('prefectures with an incomplete 定住自立圏 list', () => {
	it('are marked in the table with their reasons; the others are not', () => {
		const hokkaido = row(tables.current, '01');
		expect(hokkaido.teijuIncomplete).toBe(true);
		expect(hokkaido.teijuIncompleteReasons.join()).toContain('釧路定住自立圏');
		expect(row(tables.current, '45').teijuIncompleteReasons).toHaveLength(3);
		expect(row(tables.current, '31')).toMatchObject({ teijuIncomplete: false, teijuIncompleteReasons: [] });
		expect(row(tables.current, '26').teijuIncomplete).toBe(false);
		expect(tables.current.national.teijuIncomplete).toBe(true);
	});

	it('come from the manifest', () => {
		const coverage = data.manifest.coverage.map((entry) => ({ ...entry, incompletePrefectures: [] }));
		const table = computeCoverage({ ...data, manifest: { ...data.manifest, coverage } });
		expect(row(table, '01').teijuIncomplete).toBe(false);
		expect(table.national.teijuIncomplete).toBe(true); // the list as a whole: fewer than the official 130
	});

	it('a malformed gaps file stops the build with the path of the bad value', () => {
		const dir = mkdtempSync(join(tmpdir(), 'teiju-gaps-'));
		const file = pathToFileURL(join(dir, 'gaps.json'));
		const good = JSON.parse(readFileSync(TEIJU_GAPS_FILE, 'utf8')) as { gaps: { prefCode: string }[] };
		good.gaps[2].prefCode = '48';
		writeFileSync(file, JSON.stringify(good));
		expect(() => readTeijuGaps(file)).toThrow(/gaps\.2\.prefCode/);
		writeFileSync(file, JSON.stringify({ ...good, gaps: [{ ...good.gaps[0], centres: undefined }] }));
		expect(() => readTeijuGaps(file)).not.toThrow();
		writeFileSync(file, JSON.stringify({ ...good, gaps: [{ ...good.gaps[1], sphereId: 'x' }] }));
		expect(() => readTeijuGaps(file)).toThrow(/names a sphere instead of centres/);
	});

	it('are what scripts/data/teiju-gaps.json lists, every gap applying to the real data', () => {
		const gaps = applicableTeijuGaps(TEIJU_GAPS, committed.table.municipalities, committed.spheres);
		expect(gaps).toHaveLength(TEIJU_GAPS.length);
		const teiju = data.manifest.coverage.find((entry) => entry.kind === 'teiju')!;
		expect(teiju.incompletePrefectures).toEqual(incompletePrefectures(gaps));
		expect(teiju.incompletePrefectures.map((p) => p.prefCode)).toEqual(
			'01 07 08 09 10 12 16 17 18 22 29 30 32 34 35 36 37 38 39 41 42 44 45 47'.split(' ')
		);
		expect(data.manifest.coverage.find((entry) => entry.kind === 'renkei')!.incompletePrefectures).toEqual(
			[]
		);
	});

	it('fail the build when the list contradicts a gap', () => {
		const edited = (id: string, change: Partial<Sphere>) =>
			committed.spheres.map((s) => (s.id === id ? { ...s, ...change } : s));
		const { municipalities } = committed.table;
		expect(() =>
			applicableTeijuGaps(TEIJU_GAPS, municipalities, edited('kushiro', { membersPartial: false }))
		).toThrow('coverage gap 01 kushiro: the list says membersPartial = false');
		const itoigawa = committed.spheres.find((s) => s.id === 'itoigawa')!;
		const kitakata = {
			...itoigawa,
			id: 'kitakata',
			centres: ['07208'],
			members: [{ ...itoigawa.members[0], code: '07208' }]
		};
		expect(() => applicableTeijuGaps(TEIJU_GAPS, municipalities, [...committed.spheres, kitakata])).toThrow(
			'coverage gap 07 喜多方市: 喜多方市 now leads a listed 定住自立圏'
		);
		expect(() =>
			applicableTeijuGaps(TEIJU_GAPS, municipalities, edited('hata', { endedOn: '2020-01' }))
		).toThrow('coverage gap 39 hata: no such current 定住自立圏 in the list');
	});
});

describe('coverage CSV', () => {
	const csv = coverageCsv(tables.current);

	it('starts with a BOM and the header, and has 48 data rows', () => {
		expect(csv.startsWith('\uFEFFprefCode,prefName,municipalities,renkeiMunicipalities,')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(COVERAGE_COLUMNS.join(','));
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(1 + 48);
		expect(parsed.data[1].slice(0, 3)).toEqual(['01', '北海道', '179']);
		expect(parsed.data[48].slice(0, 3)).toEqual(['00', '全国', '1741']);
		const incompleteColumn = COVERAGE_COLUMNS.indexOf('teijuIncomplete');
		expect(parsed.data[31][incompleteColumn]).toBe('false');
		expect(parsed.data[1][incompleteColumn]).toBe('true');
	});

	it('quotes fields as RFC 4180 says, and writes null as an empty field', () => {
		expect(
			toCsv(
				['a', 'b', 'c'],
				[
					['x,y', 'say "hi"', null],
					[1, true, ['p', 'q']]
				]
			)
		).toBe('\uFEFFa,b,c\r\n"x,y","say ""hi""",\r\n1,true,p | q');
		const noProjects = coverageCsv(computeCoverage({ ...data, projects: null }));
		const national = Papa.parse<string[]>(noProjects.slice(1)).data[48];
		expect(national[COVERAGE_COLUMNS.indexOf('projects')]).toBe('');
	});
});

describe('cli coverage', () => {
	const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
	const cli = fileURLToPath(new URL('../../../scripts/cli.ts', import.meta.url));
	const run = (args: string[]) =>
		new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
			execFile(tsx, [cli, 'coverage', ...args], { cwd: tmpdir() }, (error, stdout, stderr) => {
				resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
			});
		});

	it('prints the rows and the national row as JSON', async () => {
		const { code, stdout } = await run(['--as-of', '2019-04-01', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json.asOf).toBe('2019-04-01');
		expect(json.prefectures).toHaveLength(47);
		expect(json.national).toEqual(computeCoverage(data, { asOf: '2019-04-01' }).national);
		expect(json.activeSpheres.renkei).toEqual({ spheres: 32, centres: 34 });
	}, 30_000);

	it('prints a table by default, and exits with 2 on an impossible date', async () => {
		const [table, bad] = await Promise.all([run([]), run(['--as-of', '2019-02-30'])]);
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/^Coverage on 2025-04-01, census 2020/);
		expect(table.stdout).toMatch(/\n00\s+全国\s+1741\s+378\s/);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('Invalid --as-of date "2019-02-30"');
		expect(bad.stdout).toBe('');
	}, 30_000);
});
