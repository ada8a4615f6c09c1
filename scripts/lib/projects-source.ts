/**
 * Reads and validates `geodata/model-projects.source.json`, the hand-edited list of the 総務省
 * model projects (briefing of 2019-11-17). It checks required fields, allowed programme, year
 * and type values, id shape and uniqueness; every error names the source line and the id.
 *
 * A body group in the source is `{ "pref": "秋田県" }` (the prefecture itself),
 * `{ "pref", "name" }`, `{ "pref", "names": [...] }` or `{ "pref", "all": true, "count": 21 }`
 * (every municipality of the prefecture), optionally with `"part"` (a sub-area label of the
 * figures) and `"inferred": true` (the document names them only collectively).
 */
import type {
	KankeiCounts,
	KankeiSubtype,
	KankeiType,
	KoikiCategory,
	ProjectSourceDocument,
	R2Plan,
	RenkeiPillar,
	UnnamedPartners
} from '../../src/lib/data/projects-types';
import { fail, Fields, IdLines, type RecordLocation } from './json-source';

export const PROJECTS_SOURCE_NAME = 'geodata/model-projects.source.json';

export const KANKEI_YEARS = {
	H30: { fiscalYear: 2018, scheme: '「関係人口」創出事業', types: ['p1', 'p2'] },
	R1: {
		fiscalYear: 2019,
		scheme: '関係人口創出・拡大事業',
		types: ['shinka', 'soshutsu', 'susono', 'susono-gaikokujin']
	}
} as const satisfies Record<string, { fiscalYear: number; scheme: string; types: readonly KankeiType[] }>;
export type KankeiYear = keyof typeof KANKEI_YEARS;

export const KANKEI_TYPE_LABELS: Record<KankeiType, string> = {
	p1: 'パターン(1)',
	p2: 'パターン(2)',
	shinka: '関係深化型',
	soshutsu: '関係創出型',
	susono: '裾野拡大型',
	'susono-gaikokujin': '裾野拡大(外国人)型'
};
export const TYPES_WITH_SUBTYPES: readonly KankeiType[] = ['p1', 'shinka'];
export const SUBTYPES: readonly KankeiSubtype[] = ['yukari', 'furusato-nozei'];
export const SUBTYPE_LABELS: Record<KankeiYear, Record<KankeiSubtype, string>> = {
	H30: { yukari: '①', 'furusato-nozei': '②' },
	R1: { yukari: 'ゆかり型', 'furusato-nozei': 'ふるさと納税型' }
};

export const KOIKI_YEARS = { H26: 2014, H27: 2015, H28: 2016, H29: 2017, H30: 2018, R1: 2019 } as const;
export type KoikiYear = keyof typeof KOIKI_YEARS;
export const KOIKI_CATEGORY_LABELS: Record<KoikiCategory, string> = {
	renkei: '連携中枢都市圏',
	hokan: '都道府県による補完',
	sandai: '三大都市圏'
};
export const KOIKI_CATEGORIES = Object.keys(KOIKI_CATEGORY_LABELS) as KoikiCategory[];
export const PILLARS: readonly RenkeiPillar[] = ['economy', 'urban-functions', 'living'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface BodyGroup {
	pref: string;
	/** null with `all` null: the prefecture itself. */
	names: string[] | null;
	all: { count: number } | null;
	part: string | null;
	inferred: boolean;
}

export interface Located {
	id: string;
	/** Line of the record's id in the source text, for messages. */
	line: number;
}

export interface KankeiSource extends Located {
	year: KankeiYear;
	type: KankeiType;
	subtypes: KankeiSubtype[];
	lead: BodyGroup;
	partners: BodyGroup[];
	target: string | null;
	summary: string;
}

export interface FiguresSource {
	population: number;
	leadPopulation: number | null;
	areaKm2: number;
	composition: string | null;
	parts: { label: string; population: number; areaKm2: number; composition: string | null }[];
}

export interface KoikiSource extends Located {
	year: KoikiYear;
	category: KoikiCategory;
	listing: 'example' | 'commissioned';
	pillars: RenkeiPillar[];
	leads: BodyGroup[];
	partners: BodyGroup[];
	unnamedPartners: UnnamedPartners | null;
	figures: FiguresSource | null;
	summary: string;
	note: string | null;
}

export interface CorrectionSource extends Located {
	kind: 'typo' | 'variant';
	prefecture: string;
	documentName: string;
	correctedName: string;
	projects: string[];
	reason: string;
}

export interface DocumentTotals {
	kankei: KankeiCounts;
	koikiCommissionedR1: number;
	koikiCasesH26toR1: { category: KoikiCategory; count: number; allNamed: boolean }[];
}

export interface ProjectSource {
	document: ProjectSourceDocument;
	documentTotals: DocumentTotals;
	kankeiCeilings: { year: KankeiYear; type: KankeiType; singleYen: number; jointYen: number | null }[];
	corrections: CorrectionSource[];
	r2Plan: R2Plan;
	kankei: KankeiSource[];
	koiki: KoikiSource[];
}

function readBodyGroup(value: unknown, where: string, allowPrefecture: boolean): BodyGroup {
	const f = Fields.of(value, where, ['pref', 'name', 'names', 'all', 'count', 'part', 'inferred']);
	const pref = f.text('pref');
	const name = f.optionalText('name');
	const names = f.has('names') ? f.texts('names') : null;
	const all = f.flag('all');
	const forms = [name !== null, names !== null, all].filter(Boolean).length;
	if (forms > 1) fail(where, `give only one of "name", "names" and "all" for ${pref}`);
	if (forms === 0 && !allowPrefecture) fail(where, `a partner needs "name", "names" or "all" (${pref})`);
	if (all !== f.has('count')) fail(where, `"all" and "count" go together (${pref})`);
	return {
		pref,
		names: name !== null ? [name] : names,
		all: all ? { count: f.integer('count') } : null,
		part: f.optionalText('part'),
		inferred: f.flag('inferred')
	};
}

function readBodyGroups(values: unknown[], where: string): BodyGroup[] {
	return values.map((value) => readBodyGroup(value, where, false));
}

function checkId(id: string, prefix: string, where: string) {
	if (!id.startsWith(prefix) || !SLUG.test(id.slice(prefix.length))) {
		fail(where, `id must be "${prefix}" followed by lower-case words joined by "-"`);
	}
}

function readKankei(value: unknown, at: RecordLocation): KankeiSource {
	const { where } = at;
	const f = Fields.of(value, where, [
		'id',
		'year',
		'type',
		'subtypes',
		'lead',
		'partners',
		'target',
		'summary'
	]);
	const id = f.text('id');
	const year = f.oneOf('year', Object.keys(KANKEI_YEARS) as KankeiYear[]);
	const allowedTypes: readonly KankeiType[] = KANKEI_YEARS[year].types;
	const type = f.oneOf('type', allowedTypes, `${year} type`);
	// The longest type name that prefixes the id must be the declared one (susono vs susono-gaikokujin).
	const idType = [...allowedTypes]
		.sort((a, b) => b.length - a.length)
		.find((t) => id.startsWith(`kankei-${year.toLowerCase()}-${t}-`));
	if (idType !== type) fail(where, `id does not match year ${year} and type ${type}`);
	checkId(id, `kankei-${year.toLowerCase()}-${type}-`, where);
	const subtypes = f.subsetOf('subtypes', SUBTYPES);
	const needsSubtypes = TYPES_WITH_SUBTYPES.includes(type);
	if (needsSubtypes && subtypes.length === 0) fail(where, `type ${type} needs at least one subtype`);
	if (!needsSubtypes && subtypes.length > 0) fail(where, `type ${type} takes no subtypes`);
	const lead = readBodyGroup(f.raw('lead'), where, true);
	if (lead.all || (lead.names && lead.names.length > 1))
		fail(where, 'the lead is one prefecture or one municipality');
	const partners = readBodyGroups(f.list('partners', true), where);
	if (partners.some((g) => g.part !== null)) fail(where, 'only 広域連携 figures have parts');
	const target = f.optionalText('target');
	if (year === 'R1' && target === null) fail(where, 'R1 projects need the document\'s "target" (対象者)');
	return {
		id,
		line: at.line,
		year,
		type,
		subtypes,
		lead,
		partners,
		target,
		summary: f.text('summary')
	};
}

function readFigures(value: unknown, where: string): FiguresSource {
	const f = Fields.of(value, where, ['population', 'leadPopulation', 'areaKm2', 'composition', 'parts']);
	const parts = f.list('parts', true).map((part) => {
		const p = Fields.of(part, `${where} figures part`, ['label', 'population', 'areaKm2', 'composition']);
		return {
			label: p.text('label'),
			population: p.integer('population'),
			areaKm2: p.integer('areaKm2'),
			composition: p.optionalText('composition')
		};
	});
	return {
		population: f.integer('population'),
		leadPopulation: f.optionalInteger('leadPopulation'),
		areaKm2: f.integer('areaKm2'),
		composition: f.optionalText('composition'),
		parts
	};
}

function readKoiki(value: unknown, at: RecordLocation): KoikiSource {
	const { where } = at;
	const f = Fields.of(value, where, [
		'id',
		'year',
		'category',
		'listing',
		'pillars',
		'leads',
		'partners',
		'unnamedPartners',
		'figures',
		'summary',
		'note'
	]);
	const id = f.text('id');
	const year = f.oneOf('year', Object.keys(KOIKI_YEARS) as KoikiYear[]);
	const category = f.oneOf('category', KOIKI_CATEGORIES);
	checkId(id, `koiki-${year.toLowerCase()}-${category}-`, where);
	const listing = f.oneOf('listing', ['example', 'commissioned'] as const);
	if ((listing === 'commissioned') !== (year === 'R1')) {
		fail(where, 'R1 entries are the commissioned bodies; H26–H30 entries are examples');
	}
	const pillars = f.subsetOf('pillars', PILLARS);
	if (pillars.length > 0 && category !== 'renkei') fail(where, 'only renkei entries have pillars');
	const leads = f.list('leads').map((lead) => readBodyGroup(lead, where, true));
	if (leads.length === 0 || leads.some((l) => l.all)) fail(where, '"leads" must name the bodies');
	let unnamedPartners: UnnamedPartners | null = null;
	if (f.has('unnamedPartners')) {
		const u = Fields.of(f.raw('unnamedPartners'), where, ['count', 'note']);
		unnamedPartners = { count: u.optionalInteger('count'), note: u.text('note') };
	}
	const figures = f.has('figures') ? readFigures(f.raw('figures'), where) : null;
	if (listing === 'commissioned' && figures === null)
		fail(where, 'commissioned bodies need the 圏域 figures');
	return {
		id,
		line: at.line,
		year,
		category,
		listing,
		pillars,
		leads,
		partners: readBodyGroups(f.list('partners', true), where),
		unnamedPartners,
		figures,
		summary: f.text('summary'),
		note: f.optionalText('note')
	};
}

function readCorrection(value: unknown, at: RecordLocation): CorrectionSource {
	const f = Fields.of(value, at.where, [
		'id',
		'kind',
		'prefecture',
		'documentName',
		'correctedName',
		'projects',
		'reason'
	]);
	const correction: CorrectionSource = {
		id: f.text('id'),
		line: at.line,
		kind: f.oneOf('kind', ['typo', 'variant'] as const),
		prefecture: f.text('prefecture'),
		documentName: f.text('documentName'),
		correctedName: f.text('correctedName'),
		projects: f.texts('projects'),
		reason: f.text('reason')
	};
	if (correction.documentName === correction.correctedName) fail(at.where, 'the correction changes nothing');
	return correction;
}

function readCounts<K extends string>(value: unknown, where: string, keys: readonly K[]): Record<K, number> {
	const f = Fields.of(value, where, keys);
	return Object.fromEntries(keys.map((key) => [key, f.integer(key)])) as Record<K, number>;
}

const H30_COUNT_KEYS = ['total', 'p1Yukari', 'p1FurusatoNozei', 'p1Both', 'p2'] as const;
const R1_COUNT_KEYS = [
	'total',
	'shinka',
	'shinkaYukariOnly',
	'shinkaFurusatoNozeiOnly',
	'shinkaBoth',
	'soshutsu',
	'susono',
	'susonoGaikokujin'
] as const;

function readDocumentTotals(value: unknown, where: string): DocumentTotals {
	const f = Fields.of(value, where, ['kankei', 'koikiCommissionedR1', 'koikiCasesH26toR1']);
	const k = Fields.of(f.raw('kankei'), `${where} kankei`, ['H30', 'R1']);
	const cases = f.list('koikiCasesH26toR1').map((entry) => {
		const c = Fields.of(entry, `${where} koikiCasesH26toR1`, ['category', 'count', 'allNamed']);
		return {
			category: c.oneOf('category', KOIKI_CATEGORIES),
			count: c.integer('count'),
			allNamed: c.flag('allNamed')
		};
	});
	return {
		kankei: {
			H30: readCounts(k.raw('H30'), `${where} H30`, H30_COUNT_KEYS),
			R1: readCounts(k.raw('R1'), `${where} R1`, R1_COUNT_KEYS)
		},
		koikiCommissionedR1: f.integer('koikiCommissionedR1'),
		koikiCasesH26toR1: cases
	};
}

function readCeilings(values: unknown[], where: string): ProjectSource['kankeiCeilings'] {
	const ceilings = values.map((value) => {
		const f = Fields.of(value, where, ['year', 'type', 'singleYen', 'jointYen']);
		const year = f.oneOf('year', Object.keys(KANKEI_YEARS) as KankeiYear[]);
		return {
			year,
			type: f.oneOf('type', KANKEI_YEARS[year].types as readonly KankeiType[], `${year} type`),
			singleYen: f.integer('singleYen'),
			jointYen: f.optionalInteger('jointYen')
		};
	});
	for (const [year, { types }] of Object.entries(KANKEI_YEARS)) {
		for (const type of types) {
			const n = ceilings.filter((c) => c.year === year && c.type === type).length;
			if (n !== 1) fail(where, `needs exactly one ceiling for ${year} ${type}, found ${n}`);
		}
	}
	return ceilings;
}

function readR2Plan(value: unknown, where: string): R2Plan {
	const f = Fields.of(value, where, ['fiscalYearLabel', 'budgetRequestYen', 'categories']);
	const categories = f.list('categories').map((entry) => {
		const c = Fields.of(entry, `${where} category`, ['id', 'label', 'plannedBodies', 'areas', 'summary']);
		const areas = c.list('areas').map((area) => {
			const a = Fields.of(area, `${where} area`, ['category', 'label']);
			return { category: a.oneOf('category', KOIKI_CATEGORIES), label: a.text('label') };
		});
		return {
			id: c.text('id'),
			label: c.text('label'),
			plannedBodies: c.integer('plannedBodies'),
			areas,
			summary: c.text('summary')
		};
	});
	if (new Set(categories.map((c) => c.id)).size !== categories.length)
		fail(where, 'category ids must be unique');
	return {
		fiscalYearLabel: f.oneOf('fiscalYearLabel', ['R2'] as const),
		budgetRequestYen: f.integer('budgetRequestYen'),
		categories
	};
}

/** Parses and validates the source; fails on the first problem, naming line and id. */
export function readProjectSource(text: string, file = PROJECTS_SOURCE_NAME): ProjectSource {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		fail(file, `not valid JSON: ${(error as Error).message}`);
	}
	const top = Fields.of(json, file, [
		'$comment',
		'document',
		'documentTotals',
		'kankeiCeilings',
		'corrections',
		'r2Plan',
		'kankei',
		'koiki'
	]);
	const lines = new IdLines(file, text);
	const d = Fields.of(top.raw('document'), `${file}: document`, ['title', 'publisher', 'date', 'file']);
	const source: ProjectSource = {
		document: {
			title: d.text('title'),
			publisher: d.text('publisher'),
			date: d.text('date'),
			file: d.text('file')
		},
		documentTotals: readDocumentTotals(top.raw('documentTotals'), `${file}: documentTotals`),
		kankeiCeilings: readCeilings(top.list('kankeiCeilings'), `${file}: kankeiCeilings`),
		corrections: top
			.list('corrections')
			.map((c, i) => readCorrection(c, lines.locate(c, `corrections[${i}]`))),
		r2Plan: readR2Plan(top.raw('r2Plan'), `${file}: r2Plan`),
		kankei: top.list('kankei').map((p, i) => readKankei(p, lines.locate(p, `kankei[${i}]`))),
		koiki: top.list('koiki').map((p, i) => readKoiki(p, lines.locate(p, `koiki[${i}]`)))
	};
	const seen = new Set<string>();
	for (const record of [...source.kankei, ...source.koiki, ...source.corrections]) {
		if (seen.has(record.id)) fail(`${file}:${record.line} (${record.id})`, 'id is used twice');
		seen.add(record.id);
	}
	for (const correction of source.corrections) {
		const stray = correction.projects.find((id) => !seen.has(id));
		if (stray) fail(`${file}:${correction.line} (${correction.id})`, `no project "${stray}"`);
	}
	return source;
}
