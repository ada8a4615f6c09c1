/**
 * The 総務省 model projects named in the briefing of 2019-11-17 (関係人口 and 新たな広域連携):
 * builds `projects.json` from the validated source (`projects-source.ts`), resolving every
 * body to a code (`projects-bodies.ts`) and reconciling the counts with the document's own
 * totals. Every error names the source line and the project id.
 */
import type {
	FiscalYearLabel,
	KankeiSubtype,
	KankeiType,
	KoikiAreaFigures,
	KoikiCategory,
	ModelProject,
	NameCorrection,
	ProjectBody,
	ProjectCounts,
	ProjectTable
} from '../../src/lib/data/projects-types';
import { GEODATA_SCHEMA_VERSION } from '../../src/lib/data/types';
import { fail } from './json-source';
import { BodyResolver, checkUniqueBodies, compositionOf, type ProjectContext } from './projects-bodies';
import {
	KANKEI_TYPE_LABELS,
	KANKEI_YEARS,
	KOIKI_CATEGORIES,
	KOIKI_CATEGORY_LABELS,
	KOIKI_YEARS,
	PROJECTS_SOURCE_NAME,
	readProjectSource,
	SUBTYPE_LABELS,
	type DocumentTotals,
	type KankeiSource,
	type KankeiYear,
	type KoikiSource,
	type ProjectSource
} from './projects-source';

export { PROJECTS_SOURCE_NAME, readProjectSource } from './projects-source';
export type { ProjectContext } from './projects-bodies';

function kankeiTypeLabel(year: KankeiYear, type: KankeiType, subtypes: KankeiSubtype[]): string {
	const base = KANKEI_TYPE_LABELS[type];
	if (subtypes.length === 0) return base;
	const labels = subtypes.map((s) => SUBTYPE_LABELS[year][s]);
	return year === 'H30' ? `${base}${labels.join('')}` : `${base}（${labels.join('・')}）`;
}

function buildKankei(
	p: KankeiSource,
	source: ProjectSource,
	bodies: BodyResolver,
	file: string
): ModelProject {
	const where = `${file}:${p.line} (${p.id})`;
	const noParts = new Map<string, string[]>();
	const all = [
		...bodies.resolve([p.lead], 'lead', p, noParts),
		...bodies.resolve(p.partners, 'partner', p, noParts)
	];
	checkUniqueBodies(all, where);
	const joint = all.length > 1;
	const ceiling = source.kankeiCeilings.find((c) => c.year === p.year && c.type === p.type);
	if (!ceiling) fail(where, `no ceiling for ${p.year} ${p.type}`);
	return {
		id: p.id,
		programme: 'kankei',
		fiscalYear: KANKEI_YEARS[p.year].fiscalYear,
		fiscalYearLabel: p.year,
		scheme: KANKEI_YEARS[p.year].scheme,
		type: p.type,
		typeLabel: kankeiTypeLabel(p.year, p.type, p.subtypes),
		subtypes: p.subtypes,
		joint,
		bodies: all,
		target: p.target,
		ceiling: {
			singleYen: ceiling.singleYen,
			jointYen: ceiling.jointYen,
			appliedYen: joint && ceiling.jointYen !== null ? ceiling.jointYen : ceiling.singleYen
		},
		summary: p.summary
	};
}

function checkComposition(declared: string | null, codes: string[], bodies: BodyResolver, where: string) {
	if (declared === null) return;
	const actual = compositionOf(codes.map((code) => bodies.municipality(code)));
	if (actual !== declared) fail(where, `the document says 計${declared} but the list gives ${actual}`);
}

function buildFigures(
	p: KoikiSource,
	partners: ProjectBody[],
	parts: Map<string, string[]>,
	bodies: BodyResolver,
	where: string
): KoikiAreaFigures | null {
	const figures = p.figures;
	const partLabels = [...parts.keys()];
	const figureLabels = figures?.parts.map((part) => part.label) ?? [];
	if (partLabels.join('\u0000') !== figureLabels.join('\u0000')) {
		fail(
			where,
			`partner parts [${partLabels.join(', ')}] and figure parts [${figureLabels.join(', ')}] differ`
		);
	}
	if (figures === null) return null;
	const partnerCodes = partners.filter((b) => b.level === 'municipality').map((b) => b.code);
	checkComposition(figures.composition, partnerCodes, bodies, where);
	return {
		population: figures.population,
		leadPopulation: figures.leadPopulation,
		areaKm2: figures.areaKm2,
		composition: figures.composition,
		parts: figures.parts.map((part) => {
			const codes = parts.get(part.label) as string[];
			checkComposition(part.composition, codes, bodies, `${where} ${part.label}`);
			return { ...part, codes };
		})
	};
}

function buildKoiki(p: KoikiSource, bodies: BodyResolver, file: string): ModelProject {
	const where = `${file}:${p.line} (${p.id})`;
	const parts = new Map<string, string[]>();
	const leads = bodies.resolve(p.leads, 'lead', p, parts);
	const partners = bodies.resolve(p.partners, 'partner', p, parts);
	checkUniqueBodies([...leads, ...partners], where);
	return {
		id: p.id,
		programme: 'koiki',
		fiscalYear: KOIKI_YEARS[p.year],
		fiscalYearLabel: p.year,
		category: p.category,
		categoryLabel: KOIKI_CATEGORY_LABELS[p.category],
		listing: p.listing,
		pillars: p.pillars,
		bodies: [...leads, ...partners],
		unnamedPartners: p.unnamedPartners,
		figures: buildFigures(p, partners, parts, bodies, where),
		summary: p.summary,
		note: p.note
	};
}

/** Counts per programme and type, with the document's overlap rules spelled out. */
export function countProjects(projects: readonly ModelProject[]): ProjectCounts {
	const kankei = projects.filter((p) => p.programme === 'kankei');
	const koiki = projects.filter((p) => p.programme === 'koiki');
	const count = (
		year: FiscalYearLabel,
		type: KankeiType,
		subtypes?: KankeiSubtype[] | 'includes-yukari' | 'includes-furusato-nozei'
	) =>
		kankei.filter((p) => {
			if (p.fiscalYearLabel !== year || p.type !== type) return false;
			if (subtypes === undefined) return true;
			if (subtypes === 'includes-yukari') return p.subtypes.includes('yukari');
			if (subtypes === 'includes-furusato-nozei') return p.subtypes.includes('furusato-nozei');
			return p.subtypes.join() === subtypes.join();
		}).length;
	return {
		kankei: {
			H30: {
				total: kankei.filter((p) => p.fiscalYearLabel === 'H30').length,
				p1Yukari: count('H30', 'p1', 'includes-yukari'),
				p1FurusatoNozei: count('H30', 'p1', 'includes-furusato-nozei'),
				p1Both: count('H30', 'p1', ['yukari', 'furusato-nozei']),
				p2: count('H30', 'p2')
			},
			R1: {
				total: kankei.filter((p) => p.fiscalYearLabel === 'R1').length,
				shinka: count('R1', 'shinka'),
				shinkaYukariOnly: count('R1', 'shinka', ['yukari']),
				shinkaFurusatoNozeiOnly: count('R1', 'shinka', ['furusato-nozei']),
				shinkaBoth: count('R1', 'shinka', ['yukari', 'furusato-nozei']),
				soshutsu: count('R1', 'soshutsu'),
				susono: count('R1', 'susono'),
				susonoGaikokujin: count('R1', 'susono-gaikokujin')
			}
		},
		koiki: {
			commissionedR1: koiki.filter((p) => p.listing === 'commissioned').length,
			casesH26toR1: Object.fromEntries(
				KOIKI_CATEGORIES.map((c) => [c, koiki.filter((p) => p.category === c).length])
			) as Record<KoikiCategory, number>
		}
	};
}

/** Fails unless the built counts equal the document's totals (a lower bound where it names only examples). */
export function reconcileCounts(counts: ProjectCounts, totals: DocumentTotals, file: string) {
	const mismatch = (what: string, built: number, said: number) =>
		fail(file, `counts do not reconcile with the document: ${what} is ${built}, the document says ${said}`);
	for (const year of ['H30', 'R1'] as const) {
		const built: Record<string, number> = counts.kankei[year];
		for (const [key, said] of Object.entries(totals.kankei[year])) {
			if (built[key] !== said) mismatch(`kankei ${year} ${key}`, built[key], said);
		}
	}
	if (counts.koiki.commissionedR1 !== totals.koikiCommissionedR1) {
		mismatch('koiki R1 commissioned', counts.koiki.commissionedR1, totals.koikiCommissionedR1);
	}
	for (const { category, count, allNamed } of totals.koikiCasesH26toR1) {
		const built = counts.koiki.casesH26toR1[category];
		if (allNamed ? built !== count : built > count) mismatch(`koiki ${category} H26–R1 cases`, built, count);
	}
}

/** Reads, validates, corrects, resolves and reconciles the source into `projects.json`'s table. */
export function buildProjects(
	text: string,
	context: ProjectContext,
	file = PROJECTS_SOURCE_NAME
): ProjectTable {
	const source = readProjectSource(text, file);
	const bodies = new BodyResolver(context, source.corrections, file);
	const projects = [
		...source.kankei.map((p) => buildKankei(p, source, bodies, file)),
		...source.koiki.map((p) => buildKoiki(p, bodies, file))
	];
	bodies.checkAllUsed();
	const counts = countProjects(projects);
	reconcileCounts(counts, source.documentTotals, file);
	const corrections: NameCorrection[] = source.corrections.map((c) => ({
		id: c.id,
		kind: c.kind,
		prefName: c.prefecture,
		documentName: c.documentName,
		correctedName: c.correctedName,
		code: context.resolver.resolve(c.prefecture, c.correctedName, { file, line: c.line }),
		projectIds: c.projects,
		reason: c.reason
	}));
	return {
		schemaVersion: GEODATA_SCHEMA_VERSION,
		document: source.document,
		counts,
		r2Plan: source.r2Plan,
		corrections,
		projects
	};
}

/** `projects.json` with one correction and one project per line, for readable diffs. */
export function serializeProjects(table: ProjectTable): string {
	const { corrections, projects, ...header } = table;
	const section = (key: string, rows: unknown[]) =>
		`${JSON.stringify(key)}:[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
	return `${JSON.stringify(header).slice(0, -1)},\n${section('corrections', corrections)},\n${section('projects', projects)}}\n`;
}
