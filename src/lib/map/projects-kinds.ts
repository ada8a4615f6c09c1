import type { ModelProject } from '$lib/data/projects-types';

/**
 * One key per drawn kind of project: the 関係人口 type or the 広域連携 category. The map
 * colours and the legend both use it.
 */
export const PROJECT_KINDS = [
	'p1',
	'p2',
	'shinka',
	'soshutsu',
	'susono',
	'susono-gaikokujin',
	'renkei',
	'hokan',
	'sandai'
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const KANKEI_KINDS: readonly ProjectKind[] = PROJECT_KINDS.slice(0, 6);
export const KOIKI_KINDS: readonly ProjectKind[] = PROJECT_KINDS.slice(6);

/** Colour of each kind: greens/oranges for 関係人口, blues/purples for 広域連携. */
export const PROJECT_KIND_COLOURS: Readonly<Record<ProjectKind, string>> = {
	p1: '#e6550d',
	p2: '#fd8d3c',
	shinka: '#a63603',
	soshutsu: '#d94801',
	susono: '#31a354',
	'susono-gaikokujin': '#006d2c',
	renkei: '#3182bd',
	hokan: '#6a51a3',
	sandai: '#08519c'
};

export function projectKind(project: ModelProject): ProjectKind {
	return project.programme === 'kankei' ? project.type : project.category;
}

/** Document label of a kind (same in both languages: it is the document's wording). */
export function projectKindLabel(project: ModelProject): string {
	return project.programme === 'kankei' ? project.typeLabel : project.categoryLabel;
}

/** The document's name of each kind (without the subtypes). */
export const PROJECT_KIND_LABELS: Readonly<Record<ProjectKind, string>> = {
	p1: 'パターン(1)',
	p2: 'パターン(2)',
	shinka: '関係深化型',
	soshutsu: '関係創出型',
	susono: '裾野拡大型',
	'susono-gaikokujin': '裾野拡大(外国人)型',
	renkei: '連携中枢都市圏',
	hokan: '都道府県による補完',
	sandai: '三大都市圏'
};
