/**
 * Shape of `geodata/projects.json`: the 総務省 model projects named in the briefing of
 * 2019-11-17, built from `geodata/model-projects.source.json` by `scripts/lib/projects.ts`.
 */

/** 関係人口 model projects, or the 新たな広域連携 (促進) 事業. */
export type ProjectProgramme = 'kankei' | 'koiki';

/** 平成/令和 fiscal year as the document writes it. */
export type FiscalYearLabel = 'H26' | 'H27' | 'H28' | 'H29' | 'H30' | 'R1' | 'R2';

export type BodyLevel = 'prefecture' | 'municipality';
/** 'lead': the proposing or commissioned body; 'partner': a body it works with. */
export type BodyRole = 'lead' | 'partner';

export interface ProjectBody {
	level: BodyLevel;
	/** 2-digit prefecture code for a prefecture, 5-digit 行政区域コード for a municipality. */
	code: string;
	prefName: string;
	/** Census spelling (after corrections); the prefecture's name for a prefecture. */
	name: string;
	role: BodyRole;
	/** The document refers to this body only collectively (「1市5町」); see the project note. */
	inferred: boolean;
}

/** H30: パターン(1) / (2). R1: 関係深化型 / 関係創出型 / 裾野拡大型 / 裾野拡大(外国人)型. */
export type KankeiType = 'p1' | 'p2' | 'shinka' | 'soshutsu' | 'susono' | 'susono-gaikokujin';
/** Who a パターン(1) / 関係深化型 project reaches: people with roots there, or ふるさと納税 donors. */
export type KankeiSubtype = 'yukari' | 'furusato-nozei';

export interface GrantCeiling {
	/** 上限額 for one body alone, yen. */
	singleYen: number;
	/** 上限額 for a joint project of several bodies; null when the type has one ceiling. */
	jointYen: number | null;
	/** The ceiling this project falls under: joint when it has partners. */
	appliedYen: number;
}

export interface KankeiProject {
	/** Stable, readable id, e.g. "kankei-h30-p2-masuda". */
	id: string;
	programme: 'kankei';
	fiscalYear: number;
	fiscalYearLabel: 'H30' | 'R1';
	/** Name of the scheme that year. */
	scheme: string;
	type: KankeiType;
	typeLabel: string;
	/** Non-empty only for p1 and shinka; both entries when the body does both. */
	subtypes: KankeiSubtype[];
	/** Several bodies propose together (the ceiling for 複数団体の連携 applies). */
	joint: boolean;
	/** The lead first, then partners in document order. */
	bodies: ProjectBody[];
	/** 対象者 as the document gives it (R1 only). */
	target: string | null;
	ceiling: GrantCeiling;
	/** One line, written for this data set (not the document's wording). */
	summary: string;
}

/** 連携中枢都市圏 / 都道府県による補完 / 三大都市圏. */
export type KoikiCategory = 'renkei' | 'hokan' | 'sandai';
/** The three aims of a 連携中枢都市圏 under which the document files an example. */
export type RenkeiPillar = 'economy' | 'urban-functions' | 'living';

export interface KoikiAreaPart {
	label: string;
	population: number;
	areaKm2: number;
	/** The document's 「計3町1村」, without 計. */
	composition: string | null;
	codes: string[];
}

/** 圏域人口 / 圏域面積 exactly as the document states them. */
export interface KoikiAreaFigures {
	population: number;
	/** The 「うち〇〇市」 figure. */
	leadPopulation: number | null;
	areaKm2: number;
	composition: string | null;
	parts: KoikiAreaPart[];
}

export interface UnnamedPartners {
	/** How many, when the document says (「他9市町」); null when it does not. */
	count: number | null;
	note: string;
}

export interface KoikiProject {
	/** e.g. "koiki-r1-hokan-akita-pref". */
	id: string;
	programme: 'koiki';
	fiscalYear: number;
	fiscalYearLabel: 'H26' | 'H27' | 'H28' | 'H29' | 'H30' | 'R1';
	category: KoikiCategory;
	categoryLabel: string;
	/** 'example': H26–H30 分野別取組例; 'commissioned': the R1 委託団体 table. */
	listing: 'example' | 'commissioned';
	/** Empty outside 'renkei'. */
	pillars: RenkeiPillar[];
	/** Leads first (several when the document names them jointly), then partners. */
	bodies: ProjectBody[];
	unnamedPartners: UnnamedPartners | null;
	figures: KoikiAreaFigures | null;
	summary: string;
	note: string | null;
}

export type ModelProject = KankeiProject | KoikiProject;

export interface NameCorrection {
	id: string;
	kind: 'typo' | 'variant';
	prefName: string;
	/** The spelling in the document. */
	documentName: string;
	/** The census spelling it stands for. */
	correctedName: string;
	code: string;
	projectIds: string[];
	reason: string;
}

export interface R2PlanCategory {
	id: string;
	label: string;
	plannedBodies: number;
	/** The kinds of work the document lists under the category. */
	areas: { category: KoikiCategory; label: string }[];
	summary: string;
}

export interface R2Plan {
	fiscalYearLabel: 'R2';
	budgetRequestYen: number;
	categories: R2PlanCategory[];
}

export interface KankeiCounts {
	H30: { total: number; p1Yukari: number; p1FurusatoNozei: number; p1Both: number; p2: number };
	R1: {
		total: number;
		shinka: number;
		shinkaYukariOnly: number;
		shinkaFurusatoNozeiOnly: number;
		shinkaBoth: number;
		soshutsu: number;
		susono: number;
		susonoGaikokujin: number;
	};
}

export interface ProjectCounts {
	kankei: KankeiCounts;
	koiki: {
		commissionedR1: number;
		/** Entries H26–R1 per category: the document's 件 totals for hokan and sandai, a subset for renkei. */
		casesH26toR1: Record<KoikiCategory, number>;
	};
}

export interface ProjectSourceDocument {
	title: string;
	publisher: string;
	date: string;
	file: string;
}

export interface ProjectTable {
	schemaVersion: number;
	document: ProjectSourceDocument;
	counts: ProjectCounts;
	r2Plan: R2Plan;
	corrections: NameCorrection[];
	projects: ModelProject[];
}
