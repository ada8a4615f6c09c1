import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGeodata } from '../../../scripts/build-geodata';
import { NAME_ALIASES } from '../../../scripts/lib/aliases';
import { buildProjects, readProjectSource } from '../../../scripts/lib/projects';
import { NameResolver } from '../../../scripts/lib/resolve';
import type {
	KankeiProject,
	KankeiSubtype,
	KankeiType,
	KoikiProject,
	ModelProject,
	ProjectTable
} from '../../../src/lib/data/projects-types';
import type { Municipality, MunicipalityTable, Prefecture } from '../../../src/lib/data/types';

const geodataDir = new URL('../../../geodata/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, geodataDir), 'utf8')) as T;
const table = readJson<ProjectTable>('projects.json');
const { municipalities, prefectures } = readJson<MunicipalityTable>('municipalities.json');
const byCode = new Map(municipalities.map((m) => [m.code, m]));

const kankei = table.projects.filter((p): p is KankeiProject => p.programme === 'kankei');
const koiki = table.projects.filter((p): p is KoikiProject => p.programme === 'koiki');
const project = (id: string): ModelProject => {
	const found = table.projects.find((p) => p.id === id);
	if (!found) throw new Error(`no project ${id}`);
	return found;
};
const codesOf = (p: ModelProject, role?: 'lead' | 'partner') =>
	p.bodies.filter((b) => role === undefined || b.role === role).map((b) => b.code);

describe('関係人口 model projects reconcile with the document', () => {
	const count = (year: 'H30' | 'R1', type: KankeiType, has?: (subtypes: KankeiSubtype[]) => boolean) =>
		kankei.filter((p) => p.fiscalYearLabel === year && p.type === type && (has?.(p.subtypes) ?? true)).length;
	const yukari = (s: KankeiSubtype[]) => s.includes('yukari');
	const furusato = (s: KankeiSubtype[]) => s.includes('furusato-nozei');
	const only = (wanted: KankeiSubtype) => (s: KankeiSubtype[]) => s.length === 1 && s[0] === wanted;

	it('H30: ① 16 and ② 8 団体, 3 of them in both, (2) 9 団体: 30 団体 in all', () => {
		expect(count('H30', 'p1', yukari)).toBe(16);
		expect(count('H30', 'p1', furusato)).toBe(8);
		expect(count('H30', 'p1', (s) => yukari(s) && furusato(s))).toBe(3);
		expect(count('H30', 'p2')).toBe(9);
		expect(kankei.filter((p) => p.fiscalYearLabel === 'H30')).toHaveLength(16 + 8 + 9 - 3);
		expect(kankei.filter((p) => p.fiscalYearLabel === 'H30')).toHaveLength(30);
		const both = kankei.filter((p) => p.fiscalYearLabel === 'H30' && p.subtypes.length === 2);
		expect(both.map((p) => p.bodies[0].name)).toEqual(['横手市', '天栄村', '天草市']);
	});

	it('R1: 関係深化型 11 (ゆかり 6, ふるさと納税 1, both 4), 創出 7, 裾野 21, 外国人 5: 44 団体', () => {
		expect(count('R1', 'shinka')).toBe(11);
		expect(count('R1', 'shinka', only('yukari'))).toBe(6);
		expect(count('R1', 'shinka', only('furusato-nozei'))).toBe(1);
		expect(count('R1', 'shinka', (s) => yukari(s) && furusato(s))).toBe(4);
		expect(count('R1', 'soshutsu')).toBe(7);
		expect(count('R1', 'susono')).toBe(21);
		expect(count('R1', 'susono-gaikokujin')).toBe(5);
		expect(kankei.filter((p) => p.fiscalYearLabel === 'R1')).toHaveLength(44);
	});

	it('ships the same counts in projects.json', () => {
		expect(table.counts.kankei).toEqual({
			H30: { total: 30, p1Yukari: 16, p1FurusatoNozei: 8, p1Both: 3, p2: 9 },
			R1: {
				total: 44,
				shinka: 11,
				shinkaYukariOnly: 6,
				shinkaFurusatoNozeiOnly: 1,
				shinkaBoth: 4,
				soshutsu: 7,
				susono: 21,
				susonoGaikokujin: 5
			}
		});
	});

	it('has one lead per project, and a joint ceiling only with partners', () => {
		for (const p of kankei) {
			expect(codesOf(p, 'lead'), p.id).toHaveLength(1);
			expect(p.joint, p.id).toBe(p.bodies.length > 1);
			expect(p.ceiling.appliedYen, p.id).toBe(
				p.joint && p.ceiling.jointYen ? p.ceiling.jointYen : p.ceiling.singleYen
			);
		}
		const ceilings = (type: KankeiType) => [
			...new Set(kankei.filter((p) => p.type === type).map((p) => p.ceiling.singleYen))
		];
		expect(ceilings('p1')).toEqual([5_000_000]);
		expect(ceilings('p2')).toEqual([7_000_000]);
		expect(ceilings('susono')).toEqual([9_000_000]);
		expect(ceilings('susono-gaikokujin')).toEqual([7_000_000]);
	});

	it('gives the 対象者 of every R1 project and none for H30', () => {
		expect(kankei.filter((p) => p.fiscalYearLabel === 'R1' && !p.target)).toEqual([]);
		expect(kankei.filter((p) => p.fiscalYearLabel === 'H30' && p.target !== null)).toEqual([]);
	});
});

describe('新たな広域連携 projects', () => {
	it('lists the seven R1 委託団体 by category', () => {
		const commissioned = koiki.filter((p) => p.listing === 'commissioned');
		expect(commissioned.map((p) => [p.category, p.bodies[0].name])).toEqual([
			['renkei', '長野市'],
			['renkei', '福山市'],
			['renkei', '高松市'],
			['hokan', '秋田県'],
			['hokan', '奈良県'],
			['hokan', '長崎県'],
			['sandai', '横浜市']
		]);
		expect(commissioned.every((p) => p.fiscalYearLabel === 'R1' && p.figures !== null)).toBe(true);
	});

	it('names 17 都道府県 and 10 三大都市圏 entries H26–R1, as the document counts them, and ≤ 43 連携中枢', () => {
		const inCategory = (c: KoikiProject['category']) => koiki.filter((p) => p.category === c).length;
		expect(inCategory('hokan')).toBe(17);
		expect(inCategory('sandai')).toBe(10);
		expect(inCategory('renkei')).toBeLessThanOrEqual(43);
		expect(table.counts.koiki).toEqual({
			commissionedR1: 7,
			casesH26toR1: { renkei: inCategory('renkei'), hokan: 17, sandai: 10 }
		});
	});

	it('has the H26 examples, with 北九州市・下関市 as one joint entry', () => {
		const h26 = koiki.filter((p) => p.fiscalYearLabel === 'H26');
		expect(
			h26
				.filter((p) => p.category === 'renkei')
				.flatMap((p) => codesOf(p, 'lead').map((c) => byCode.get(c)!.name))
		).toEqual(['盛岡市', '倉敷市', '北九州市', '下関市', '姫路市', '広島市', '熊本市', '福山市', '宮崎市']);
		expect(h26.filter((p) => p.category === 'hokan').map((p) => p.bodies[0].code)).toEqual(['31', '44']);
		expect(codesOf(project('koiki-h26-renkei-kitakyushu-shimonoseki'), 'lead')).toEqual(['40100', '35201']);
	});

	it('has 国分寺市・小平市 (H27) and 静岡県 with the 1市5町 of 賀茂, flagged as inferred', () => {
		expect(codesOf(project('koiki-h27-sandai-kokubunji-kodaira'), 'lead')).toEqual(['13214', '13211']);
		for (const id of ['koiki-h27-hokan-shizuoka-pref', 'koiki-h28-hokan-shizuoka-pref']) {
			const shizuoka = project(id);
			expect(shizuoka.bodies[0]).toMatchObject({
				level: 'prefecture',
				code: '22',
				role: 'lead',
				inferred: false
			});
			const partners = shizuoka.bodies.filter((b) => b.role === 'partner');
			expect(partners.map((b) => b.name)).toEqual([
				'下田市',
				'東伊豆町',
				'河津町',
				'南伊豆町',
				'松崎町',
				'西伊豆町'
			]);
			expect(partners.every((b) => b.inferred)).toBe(true);
		}
		expect(table.projects.flatMap((p) => p.bodies).filter((b) => b.inferred)).toHaveLength(12);
	});

	it('has the three R2 plan categories: 11 + 3 + 2 団体', () => {
		expect(table.r2Plan.categories.map((c) => [c.id, c.plannedBodies])).toEqual([
			['tayo', 11],
			['mirai-yosoku', 3],
			['senmon-jinzai', 2]
		]);
		expect(table.r2Plan.categories[0].areas.map((a) => a.category)).toEqual(['renkei', 'hokan', 'sandai']);
	});
});

describe('bodies', () => {
	const prefectureCodes = new Map(prefectures.map((p) => [p.code, p.name]));

	it('all resolve to a prefecture or a municipality, under their census name', () => {
		for (const p of table.projects) {
			expect(p.bodies.length, p.id).toBeGreaterThan(0);
			for (const body of p.bodies) {
				if (body.level === 'prefecture') {
					expect(prefectureCodes.get(body.code), `${p.id} ${body.code}`).toBe(body.name);
				} else {
					const m = byCode.get(body.code);
					expect(m && [m.prefName, m.name], `${p.id} ${body.code}`).toEqual([body.prefName, body.name]);
				}
			}
			expect(new Set(codesOf(p)).size, p.id).toBe(p.bodies.length);
		}
	});

	it('have unique, readable project ids that carry programme, year and type', () => {
		expect(new Set(table.projects.map((p) => p.id)).size).toBe(table.projects.length);
		for (const p of table.projects) {
			const kind = p.programme === 'kankei' ? p.type : p.category;
			expect(p.id, p.id).toMatch(
				new RegExp(`^${p.programme}-${p.fiscalYearLabel.toLowerCase()}-${kind}-[a-z0-9-]+$`)
			);
		}
	});

	it('spot check: 岩手県 with 一関市・釜石市, H30 パターン(2)', () => {
		expect(project('kankei-h30-p2-iwate-pref')).toMatchObject({
			fiscalYear: 2018,
			type: 'p2',
			typeLabel: 'パターン(2)',
			joint: true,
			ceiling: { singleYen: 7_000_000, jointYen: 10_000_000, appliedYen: 10_000_000 },
			bodies: [
				{ level: 'prefecture', code: '03', name: '岩手県', role: 'lead' },
				{ level: 'municipality', code: '03209', name: '一関市', role: 'partner' },
				{ level: 'municipality', code: '03211', name: '釜石市', role: 'partner' }
			]
		});
	});

	it('spot check: 島根県益田市 with 津和野町・吉賀町', () => {
		const masuda = project('kankei-h30-p2-masuda');
		expect(codesOf(masuda, 'lead')).toEqual(['32204']);
		expect(codesOf(masuda, 'partner')).toEqual(['32501', '32505']);
	});

	it('spot check: 北海道 and its 17 partners, R1 裾野拡大型', () => {
		const hokkaido = project('kankei-r1-susono-hokkaido-pref') as KankeiProject;
		expect(hokkaido).toMatchObject({
			fiscalYear: 2019,
			type: 'susono',
			typeLabel: '裾野拡大型',
			target: '首都圏企業の社員や家族'
		});
		expect(hokkaido.ceiling.appliedYen).toBe(9_000_000);
		expect(codesOf(hokkaido, 'lead')).toEqual(['01']);
		const partners = hokkaido.bodies.filter((b) => b.role === 'partner');
		expect(partners).toHaveLength(17);
		expect(partners.every((b) => b.prefName === '北海道' && b.level === 'municipality')).toBe(true);
		expect(partners.map((b) => b.name)).toEqual([
			'釧路市',
			'北見市',
			'岩見沢市',
			'美唄市',
			'深川市',
			'富良野市',
			'長沼町',
			'秩父別町',
			'鷹栖町',
			'津別町',
			'斜里町',
			'厚真町',
			'浦河町',
			'鹿追町',
			'新得町',
			'清水町',
			'大樹町'
		]);
	});

	it('keeps cross-prefecture partners', () => {
		expect(codesOf(project('kankei-r1-susono-yuzawa'))).toEqual(['05207', '14100']);
		expect(codesOf(project('kankei-r1-susono-fukuchiyama'))).toEqual(['26201', '28223', '28225']);
		expect(codesOf(project('koiki-r1-sandai-yokohama'), 'partner').filter((c) => c.startsWith('13'))).toEqual(
			['13209']
		);
	});
});

describe('corrections', () => {
	const correction = (id: string) => table.corrections.find((c) => c.id === id);
	const censusResolver = new NameResolver(
		municipalities.map((m) => ({ code: m.code, prefecture: m.prefName, name: m.name })),
		NAME_ALIASES
	);
	const at = { file: 'test', line: 1 };

	it('turns 美瑛市 into 美唄市 (01215); the census alone knows no 美瑛市', () => {
		expect(correction('bibai')).toMatchObject({
			documentName: '美瑛市',
			correctedName: '美唄市',
			code: '01215'
		});
		expect(byCode.get('01215')?.name).toBe('美唄市');
		expect(() => censusResolver.resolve('北海道', '美瑛市', at)).toThrow('no municipality "美瑛市"');
		expect(codesOf(project('kankei-r1-susono-hokkaido-pref'))).toContain('01215');
	});

	it('turns 大湯村 into 大潟村 (05368), completing 南秋地域 as 3町1村', () => {
		expect(correction('ogata')).toMatchObject({
			documentName: '大湯村',
			correctedName: '大潟村',
			code: '05368'
		});
		expect(() => censusResolver.resolve('秋田県', '大湯村', at)).toThrow('no municipality "大湯村"');
		const akita = project('koiki-r1-hokan-akita-pref') as KoikiProject;
		expect(akita.figures?.parts.map((p) => [p.label, p.codes, p.composition])).toEqual([
			['南秋地域', ['05361', '05363', '05366', '05368'], '3町1村'],
			['県南地域', ['05203', '05207', '05463', '05464'], '2市1町1村']
		]);
	});

	it('ships each correction with a reason, and its code in each project it names', () => {
		expect(table.corrections.map((c) => c.id)).toEqual(['bibai', 'ogata', 'soni']);
		for (const c of table.corrections) {
			expect(c.reason.length, c.id).toBeGreaterThan(20);
			expect(censusResolver.resolve(c.prefName, c.correctedName, at), c.id).toBe(c.code);
			for (const id of c.projectIds) expect(codesOf(project(id)), `${c.id} in ${id}`).toContain(c.code);
		}
		const names = table.projects.flatMap((p) => p.bodies.map((b) => b.name));
		expect(names.filter((n) => table.corrections.some((c) => c.documentName === n))).toEqual([]);
	});
});

describe("R1 委託団体: the member lists match the document's figures", () => {
	const commissioned = (id: string) => project(id) as KoikiProject;
	const census = (p: KoikiProject, key: 'pop2015' | 'areaKm2') =>
		p.bodies.filter((b) => b.level === 'municipality').reduce((sum, b) => sum + byCode.get(b.code)![key], 0);

	it('has the exact members and 圏域 figures the document gives', () => {
		expect(commissioned('koiki-r1-renkei-nagano').figures).toMatchObject({
			population: 543_424,
			leadPopulation: 377_598,
			areaKm2: 1558,
			composition: '2市4町2村'
		});
		const nagasaki = commissioned('koiki-r1-hokan-nagasaki-pref');
		const allOfNagasaki = municipalities.filter((m) => m.prefCode === '42').map((m) => m.code);
		expect(allOfNagasaki).toHaveLength(21);
		expect(codesOf(nagasaki, 'partner')).toEqual(allOfNagasaki);
		expect(codesOf(commissioned('koiki-r1-hokan-nara-pref'), 'partner')).toHaveLength(11);
	});

	it("sum to the document's 圏域人口 in the 2015 census, where the document used it", () => {
		for (const id of [
			'koiki-r1-renkei-nagano',
			'koiki-r1-renkei-fukuyama',
			'koiki-r1-renkei-takamatsu',
			'koiki-r1-hokan-nagasaki-pref'
		]) {
			const p = commissioned(id);
			expect(census(p, 'pop2015'), id).toBe(p.figures!.population);
			if (p.figures!.leadPopulation !== null) {
				expect(byCode.get(p.bodies[0].code)!.pop2015, id).toBe(p.figures!.leadPopulation);
			}
		}
		// 横浜市 and 7 市: the document's 6,926,251 is one below the 2015 census sum.
		expect(census(commissioned('koiki-r1-sandai-yokohama'), 'pop2015') - 6_926_251).toBe(1);
	});

	it("sum to the document's 圏域面積 within 0.1% (official areas are remeasured between editions)", () => {
		const off = (area: number, stated: number) => Math.abs(area - stated) / stated;
		for (const p of koiki.filter((k) => k.listing === 'commissioned')) {
			expect(off(census(p, 'areaKm2'), p.figures!.areaKm2), p.id).toBeLessThan(0.001);
			for (const part of p.figures!.parts) {
				const area = part.codes.reduce((sum, c) => sum + byCode.get(c)!.areaKm2, 0);
				expect(off(area, part.areaKm2), `${p.id} ${part.label}`).toBeLessThan(0.001);
			}
		}
	});
});

const seedFile = fileURLToPath(new URL('../../../../shared/seed/000_57fe8b12f6463796.txt', import.meta.url));

describe.runIf(existsSync(seedFile))('wording against the seed document', () => {
	const flat = readFileSync(seedFile, 'utf8').replace(/\s+/g, '');

	it('writes every summary in its own words: no run of 14 characters from the document', () => {
		const summaries = [...table.projects, ...table.r2Plan.categories].map((p) => [p.id, p.summary]);
		const copied = summaries.filter(([, s]) =>
			Array.from({ length: Math.max(0, s.length - 13) }, (_, i) => s.slice(i, i + 14)).some((w) =>
				flat.includes(w)
			)
		);
		expect(copied).toEqual([]);
	});

	it('takes every 対象者 from the document', () => {
		const targets = kankei.flatMap((p) => (p.target ? [[p.id, p.target]] : []));
		expect(targets).toHaveLength(44);
		expect(targets.filter(([, t]) => !flat.includes(t.replace(/\s+/g, '')))).toEqual([]);
	});
});

// ------------------------------------------------------------ the validator, on a small fixture

const FIXTURE_FILE = 'model-projects.source.json';
const municipality = (
	code: string,
	prefName: string,
	name: string,
	kind: Municipality['kind']
): Municipality => ({
	code,
	prefCode: code.slice(0, 2),
	prefName,
	name,
	kind,
	kana: '',
	pop2020: 1,
	pop2015: 1,
	daytimePop2020: 1,
	dayNightRatio2020: 1,
	areaKm2: 1,
	statusSince: null
});
const fixtureMunicipalities = [
	municipality('33202', '岡山県', '倉敷市', '中核市'),
	municipality('34207', '広島県', '福山市', '中核市'),
	municipality('34208', '広島県', '府中市', '市'),
	municipality('34545', '広島県', '神石高原町', '町')
];
const fixturePrefectures: Prefecture[] = [
	{ code: '33', name: '岡山県', kana: '' },
	{ code: '34', name: '広島県', kana: '' }
];
const fixtureContext = {
	resolver: new NameResolver(
		fixtureMunicipalities.map((m) => ({ code: m.code, prefecture: m.prefName, name: m.name })),
		[]
	),
	municipalities: fixtureMunicipalities,
	prefectures: fixturePrefectures
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the fixture is edited as raw JSON */
function fixtureSource(edit: (source: any) => void = () => {}): string {
	const zeroR1 = {
		total: 0,
		shinka: 0,
		shinkaYukariOnly: 0,
		shinkaFurusatoNozeiOnly: 0,
		shinkaBoth: 0,
		soshutsu: 0,
		susono: 0,
		susonoGaikokujin: 0
	};
	const source = {
		document: { title: 't', publisher: 'p', date: '2019-11-17', file: 'f' },
		documentTotals: {
			kankei: { H30: { total: 1, p1Yukari: 0, p1FurusatoNozei: 0, p1Both: 0, p2: 1 }, R1: zeroR1 },
			koikiCommissionedR1: 1,
			koikiCasesH26toR1: [{ category: 'renkei', count: 1, allNamed: true }]
		},
		kankeiCeilings: [
			{ year: 'H30', type: 'p1', singleYen: 5_000_000, jointYen: 7_000_000 },
			{ year: 'H30', type: 'p2', singleYen: 7_000_000, jointYen: 10_000_000 },
			{ year: 'R1', type: 'shinka', singleYen: 5_000_000, jointYen: 7_000_000 },
			{ year: 'R1', type: 'soshutsu', singleYen: 7_000_000, jointYen: 10_000_000 },
			{ year: 'R1', type: 'susono', singleYen: 9_000_000, jointYen: null },
			{ year: 'R1', type: 'susono-gaikokujin', singleYen: 7_000_000, jointYen: null }
		],
		corrections: [
			{
				id: 'jinseki',
				kind: 'typo',
				prefecture: '広島県',
				documentName: '神石高原村',
				correctedName: '神石高原町',
				projects: ['koiki-r1-renkei-fukuyama'],
				reason: 'a town, not a village'
			}
		],
		r2Plan: { fiscalYearLabel: 'R2', budgetRequestYen: 1, categories: [] },
		kankei: [
			{
				id: 'kankei-h30-p2-fukuyama',
				year: 'H30',
				type: 'p2',
				subtypes: [],
				lead: { pref: '広島県', name: '福山市' },
				partners: [{ pref: '岡山県', names: ['倉敷市'] }],
				summary: 's'
			}
		],
		koiki: [
			{
				id: 'koiki-r1-renkei-fukuyama',
				year: 'R1',
				category: 'renkei',
				listing: 'commissioned',
				leads: [{ pref: '広島県', name: '福山市' }],
				partners: [{ pref: '広島県', names: ['府中市', '神石高原村'] }],
				figures: { population: 2, areaKm2: 2, composition: '1市1町' },
				summary: 's'
			}
		]
	};
	edit(source);
	return JSON.stringify(source, null, '\t');
}

const lineOf = (text: string, id: string) =>
	text.split('\n').findIndex((l) => l.includes(`"id": "${id}"`)) + 1;
const KANKEI_ID = 'kankei-h30-p2-fukuyama';
const KOIKI_ID = 'koiki-r1-renkei-fukuyama';

describe('validating and building the source (fixture)', () => {
	it('builds a valid fixture: corrections applied, ceilings chosen, counts reconciled', () => {
		const built = buildProjects(fixtureSource(), fixtureContext);
		expect(built.projects.map((p) => codesOf(p))).toEqual([
			['34207', '33202'],
			['34207', '34208', '34545']
		]);
		expect((built.projects[0] as KankeiProject).ceiling.appliedYen).toBe(10_000_000);
		expect(built.corrections[0]).toMatchObject({ code: '34545', projectIds: [KOIKI_ID] });
	});

	it('rejects an unknown type, naming file, line, id and value', () => {
		const text = fixtureSource((s) => (s.kankei[0].type = 'p3'));
		expect(() => readProjectSource(text, FIXTURE_FILE)).toThrow(
			`${FIXTURE_FILE}:${lineOf(text, KANKEI_ID)} (${KANKEI_ID}): unknown H30 type "p3" (allowed: p1, p2)`
		);
	});

	it('fails the whole geodata build on such a source', () => {
		const dir = mkdtempSync(join(tmpdir(), 'projects-'));
		const projectsSource = join(dir, 'source.json');
		writeFileSync(
			projectsSource,
			fixtureSource((s) => (s.kankei[0].type = 'p3'))
		);
		const fixtureDir = fileURLToPath(new URL('../../fixtures/geodata-src', import.meta.url));
		expect(() => buildGeodata(fixtureDir, { projectsSource })).toThrow(
			`(${KANKEI_ID}): unknown H30 type "p3"`
		);
		writeFileSync(projectsSource, fixtureSource());
		expect(buildGeodata(fixtureDir, { projectsSource }).has('projects.json')).toBe(true);
	});

	it.each([
		['an unknown year', (s: any) => (s.kankei[0].year = 'H31'), 'unknown year "H31" (allowed: H30, R1)'],
		['a missing summary', (s: any) => delete s.kankei[0].summary, '"summary" must be a non-empty string'],
		['a misspelt field', (s: any) => (s.kankei[0].partner = []), 'unknown field "partner"'],
		['subtypes on パターン(2)', (s: any) => (s.kankei[0].subtypes = ['yukari']), 'type p2 takes no subtypes'],
		[
			'an id that does not match its type',
			(s: any) => (s.kankei[0].type = 'p1'),
			'id does not match year H30 and type p1'
		],
		[
			'パターン(1) without subtype',
			(s: any) => Object.assign(s.kankei[0], { type: 'p1', id: 'kankei-h30-p1-fukuyama' }),
			'type p1 needs at least one subtype'
		],
		['an unknown subtype', (s: any) => (s.kankei[0].subtypes = ['roots']), 'unknown subtypes value "roots"'],
		['a repeated id', (s: any) => s.kankei.push({ ...s.kankei[0] }), 'id is used twice'],
		['an R1 example', (s: any) => (s.koiki[0].listing = 'example'), 'R1 entries are the commissioned bodies'],
		[
			'a correction for an unknown project',
			(s: any) => s.corrections[0].projects.push('kankei-h30-p2-nowhere'),
			'no project "kankei-h30-p2-nowhere"'
		],
		[
			'a missing ceiling',
			(s: any) => s.kankeiCeilings.pop(),
			'needs exactly one ceiling for R1 susono-gaikokujin, found 0'
		]
	])('rejects %s', (_, edit, message) => {
		expect(() => readProjectSource(fixtureSource(edit), FIXTURE_FILE)).toThrow(message);
	});

	it.each([
		[
			'an unresolvable name',
			(s: any) => (s.kankei[0].partners[0].names = ['倉敷村']),
			`${FIXTURE_FILE}:LINE: no municipality "倉敷村" in 岡山県 (project ${KANKEI_ID})`
		],
		[
			'an unknown prefecture',
			(s: any) => (s.kankei[0].lead = { pref: '架空県' }),
			`${FIXTURE_FILE}:LINE (${KANKEI_ID}): no prefecture "架空県"`
		],
		[
			'a body listed twice',
			(s: any) => s.kankei[0].partners.push({ pref: '岡山県', name: '倉敷市' }),
			'body 33202 is listed twice'
		],
		[
			'a count that does not reconcile',
			(s: any) => (s.documentTotals.kankei.H30.p2 = 2),
			'kankei H30 p2 is 1, the document says 2'
		],
		[
			'a composition that does not match',
			(s: any) => (s.koiki[0].figures.composition = '2市'),
			'the document says 計2市 but the list gives 1市1町'
		],
		[
			'a correction that never applies',
			(s: any) => s.corrections[0].projects.push(KANKEI_ID),
			`"神石高原村" does not occur in ${KANKEI_ID}`
		],
		[
			'a correction that is not needed',
			(s: any) => {
				s.koiki[0].partners[0].names = ['府中市', '神石高原町'];
				Object.assign(s.corrections[0], { documentName: '神石高原町', correctedName: '府中市' });
			},
			'"広島県神石高原町" resolves without the correction'
		],
		[
			'a wrong 全市町村 count',
			(s: any) => (s.koiki[0].partners = [{ pref: '広島県', all: true, count: 21 }]),
			'広島県 has 3 municipalities, the source says 21'
		]
	])('fails the build on %s', (_, edit, message) => {
		const text = fixtureSource(edit);
		const expected = message.replace('LINE', String(lineOf(text, KANKEI_ID)));
		expect(() => buildProjects(text, fixtureContext, FIXTURE_FILE)).toThrow(expected);
	});
});
