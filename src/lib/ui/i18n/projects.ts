import type { ProjectProgramme } from '$lib/data/projects-types';
import type { Texts } from './index';
import { SHARED_TEXT } from './shared';

/** Words of the model-projects UI (filters, list, detail, comparison). */
const ja = {
	...SHARED_TEXT.ja,
	programmes: { kankei: '関係人口', koiki: '新たな広域連携' } satisfies Record<ProjectProgramme, string>,
	filtersHeading: 'モデル事業の絞り込み',
	programme: '事業',
	year: '年度',
	kind: '類型',
	all: 'すべて',
	shown: (shown: number, total: number) => `${total} 件中 ${shown} 件を表示`,
	legendLead: '大きい点が提案・委託団体、線は連携団体へ',
	openList: 'モデル事業の一覧',
	listHeading: 'モデル事業の一覧',
	columns: { year: '年度', programme: '事業', kind: '類型', lead: '代表団体', bodies: '団体数' },
	sortBy: (column: string) => `${column}で並べ替え`,
	select: '選択',
	selected: '選択中',
	clearSelection: '選択を解除',
	bodiesHeading: '団体',
	lead: '代表',
	partner: '連携',
	inferred: '推定',
	spheresHeading: (asOf: string) => `団体が属する圏域（${asOf} 時点）`,
	noSpheres: 'どの圏域にも属していません',
	comparisonHeading: '圏域人口・面積の照合（R1 委託団体）',
	comparisonColumns: {
		project: '団体',
		documentPop: '資料の人口',
		censusPop: '2015年国勢調査の合計',
		difference: '差',
		documentArea: '資料の面積（km²）',
		censusArea: '公式面積の合計（km²）',
		pop2020: '2020年国勢調査の合計'
	},
	established: '数値から確かなこと',
	hypothesis: '仮説',
	interpolated: (date: string) => `2015→2020年を直線補間すると ${date} 頃の値`,
	correctionsHeading: '資料の表記の訂正',
	correctionColumns: { document: '資料の表記', corrected: '訂正後', code: 'コード', reason: '理由（英語）' },
	source: (title: string, publisher: string, date: string) => `出典: ${publisher}「${title}」（${date}）`,
	inSphereHeading: 'この圏域のモデル事業',
	inSphereNote: (asOf: string) => `団体のいずれかが構成市町村（${asOf} 時点）である事業`,
	none: 'ありません',
	showProject: (lead: string) => `${lead}の事業を表示`
};

export type ProjectStrings = typeof ja;

const en: ProjectStrings = {
	...SHARED_TEXT.en,
	programmes: { kankei: 'Related population', koiki: 'New wide-area cooperation' },
	filtersHeading: 'Filter model projects',
	programme: 'Programme',
	year: 'Year',
	kind: 'Type',
	all: 'All',
	shown: (shown, total) => `Showing ${shown} of ${total}`,
	legendLead: 'Large dot: lead body; lines run to its partners',
	openList: 'List of model projects',
	listHeading: 'Model projects',
	columns: { year: 'Year', programme: 'Programme', kind: 'Type', lead: 'Lead body', bodies: 'Bodies' },
	sortBy: (column) => `Sort by ${column}`,
	select: 'Select',
	selected: 'Selected',
	clearSelection: 'Clear selection',
	bodiesHeading: 'Bodies',
	lead: 'lead',
	partner: 'partner',
	inferred: 'inferred',
	spheresHeading: (asOf) => `Spheres of its bodies (as of ${asOf})`,
	noSpheres: 'In no sphere',
	comparisonHeading: 'Area population and size checked (R1 commissioned bodies)',
	comparisonColumns: {
		project: 'Body',
		documentPop: 'Document population',
		censusPop: '2015 census sum',
		difference: 'Difference',
		documentArea: 'Document area (km²)',
		censusArea: 'Official area sum (km²)',
		pop2020: '2020 census sum'
	},
	established: 'Established from the numbers',
	hypothesis: 'Hypothesis',
	interpolated: (date) => `Linear interpolation 2015→2020 puts it around ${date}`,
	correctionsHeading: 'Corrected spellings of the document',
	correctionColumns: { document: 'Document', corrected: 'Corrected', code: 'Code', reason: 'Reason' },
	source: (title, publisher, date) => `Source: ${publisher}, 「${title}」 (${date})`,
	inSphereHeading: 'Model projects in this sphere',
	inSphereNote: (asOf) => `Projects with any body among the members (as of ${asOf})`,
	none: 'None',
	showProject: (lead) => `Show the project of ${lead}`
};

export const PROJECTS_TEXT: Texts<ProjectStrings> = { ja, en };
