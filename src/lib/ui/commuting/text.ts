/**
 * Words of the commuting views (member shares, 10% candidates, the UEA layer and the
 * research comparison), Japanese and English. Names of places stay Japanese in both.
 */
import type { Geodata } from '$lib/data/types';
import type { Lang } from '$lib/state/types';

const ja = {
	lang: 'ja' as Lang,
	loading: '通勤・通学データを読み込んでいます…',
	loadFailed: (detail: string) => `通勤・通学データを読み込めませんでした（${detail}）`,
	retry: '再試行',
	membersHeading: '構成市町村の通勤通学割合',
	method:
		'割合 ＝ 中心市へ通勤・通学する人 ÷ その市町村から通勤・通学する人の総数（令和2年国勢調査、自宅で従業する人を除く、原数値）。',
	twoCentres: (names: string) => `中心市が2つあるため、${names}への割合を合わせて示します。`,
	advice:
		'10%未満の市町村も他の理由で参加できます（RULES.md §1.4・§2.3）。この判定は助言であり、圏域の判定は変えません。',
	toleranceLabel: '10%未満を「境界」とする幅（ポイント）',
	toleranceHint: (from: string) => `${from}% 以上 10% 未満なら「境界」`,
	member: '市町村',
	share: '割合',
	persons: '人数',
	total: '総数',
	below: (percent: string) => `${percent}% 未満`,
	notCovered: (names: string) => `通勤・通学データのない都道府県: ${names}（その市町村は「判定不能」）`,
	candidatesHeading: '10%圏の市町村（圏域外）',
	candidatesNote: (centres: string) =>
		`${centres}へ通勤・通学者の10%以上（と境界）を送る、圏域に入っていない市町村。割合の高い順。`,
	noCandidates: '該当する市町村はありません。',
	addToDraft: '案に追加',
	addToDraftLabel: (name: string) => `${name}を開いている案に追加`,
	inDraft: '案に追加済み',
	noDraftOpen: 'この圏域を案に写すと、案の画面から1クリックで追加できます。',
	moreCandidates: (n: number) => `ほか ${n} 件`,
	mapSharesLabel: '通勤圏（通勤通学割合）',
	mapSharesTarget: (name: string) => `各市町村から${name}へ通勤・通学する人の割合（10%以上が10%圏）`,
	mapSharesPick: '市区町村か圏域を選ぶと、そこへの通勤通学割合を塗り分けます。',
	mapUeaLabel: '都市雇用圏 2020（MEA・McEA）',
	mapUeaNote: '紫の太い破線は大都市雇用圏（MEA）、緑の細い破線は小都市雇用圏（McEA）。',
	legendUnder: (percent: string) => `${percent}% 未満は塗りなし`,
	flowsNote: '線：構成市町村から中心市への通勤・通学者（太さは人数）',
	matchHeading: '圏域と実際の通勤（10%圏・都市雇用圏）',
	matchNote:
		'各圏域を中心市の10%通勤圏（国勢調査2020）と都市雇用圏2020（CSIS）と比べます。一致度はジャカード係数（共通 ÷ 合併）。',
	sphere: '圏域',
	membersCount: '構成',
	tenPercentCount: '10%圏',
	jaccardTen: '一致度（10%圏）',
	jaccardUea: '一致度（雇用圏）',
	outsideTen: '10%圏外の構成市町村',
	outsideUea: '雇用圏外の構成市町村',
	leftOut: '圏域外の10%圏市町村',
	ueaZone: '中心市の都市雇用圏',
	none: 'なし',
	downloadCsv: 'CSV をダウンロード',
	nationalRow: (spheres: number, ten: string, uea: string) =>
		`全国 ${spheres} 圏域: 一致度の中央値 10%圏 ${ten}、雇用圏 ${uea}`
};

export type CommutingWords = typeof ja;

const en: CommutingWords = {
	lang: 'en',
	loading: 'Loading the commuting data…',
	loadFailed: (detail) => `Could not load the commuting data (${detail})`,
	retry: 'Retry',
	membersHeading: 'Members’ commuting shares',
	method:
		'Share = people commuting to the centre ÷ all people commuting from the member to work or school (2020 census, working at home excluded, raw figures).',
	twoCentres: (names) => `The sphere has two centres: the share is to ${names} together.`,
	advice:
		'Municipalities under 10% may still join on other grounds (RULES.md §1.4, §2.3). This is advice and does not change the sphere’s verdict.',
	toleranceLabel: 'Borderline band below 10% (points)',
	toleranceHint: (from) => `From ${from}% up to 10% counts as borderline`,
	member: 'Municipality',
	share: 'Share',
	persons: 'Persons',
	total: 'Total',
	below: (percent) => `under ${percent}%`,
	notCovered: (names) => `No commuting data for: ${names} (their municipalities are not checkable)`,
	candidatesHeading: '10% commuting area outside the sphere',
	candidatesNote: (centres) =>
		`Municipalities not in the sphere that send 10% or more (or nearly) of their commuters to ${centres}, largest share first.`,
	noCandidates: 'None.',
	addToDraft: 'Add to draft',
	addToDraftLabel: (name) => `Add ${name} to the open draft`,
	inDraft: 'In the draft',
	noDraftOpen: 'Copy this sphere into a draft to add these with one click from the draft panel.',
	moreCandidates: (n) => `${n} more`,
	mapSharesLabel: 'Commuting area (share of commuters)',
	mapSharesTarget: (name) =>
		`Share of each municipality's commuters going to ${name} (10% or more: its 10% area)`,
	mapSharesPick: 'Select a municipality or a sphere to map the share of commuters going there.',
	mapUeaLabel: 'Urban Employment Areas 2020 (MEA, McEA)',
	mapUeaNote: 'Thick purple dashes: metropolitan (MEA); thin green dashes: micropolitan (McEA).',
	legendUnder: (percent) => `Under ${percent}%: no fill`,
	flowsNote: 'Lines: commuters from each member to the centre (width by persons)',
	matchHeading: 'Spheres against real commuting (10% area, UEA)',
	matchNote:
		'Each sphere against its centre’s 10% commuting area (2020 census) and its 2020 Urban Employment Area (CSIS). Match = Jaccard index (shared ÷ union).',
	sphere: 'Sphere',
	membersCount: 'Members',
	tenPercentCount: '10% area',
	jaccardTen: 'Match (10%)',
	jaccardUea: 'Match (UEA)',
	outsideTen: 'Members outside the 10% area',
	outsideUea: 'Members outside the UEA',
	leftOut: '10% municipalities left out',
	ueaZone: 'Centre’s UEA',
	none: 'none',
	downloadCsv: 'Download CSV',
	nationalRow: (spheres, ten, uea) => `All ${spheres} spheres: median match ${ten} (10% area), ${uea} (UEA)`
};

export const COMMUTING_TEXT: Readonly<Record<Lang, CommutingWords>> = { ja, en };

/** The commuting words matching a page's words (told apart by their locale). */
export function commutingWordsFor(strings: { locale: string }): CommutingWords {
	return COMMUTING_TEXT[strings.locale.startsWith('ja') ? 'ja' : 'en'];
}

/** Prefectures without commuting data (by name) and the census source line, from the manifest. */
export function commutingNotesOf(
	geodata: Pick<Geodata, 'manifest' | 'municipalities'>,
	words: CommutingWords
): { missingPrefectures: string[]; credit: string | null } {
	const coverage = geodata.manifest.commuting;
	const nameOf = (code: string) =>
		geodata.municipalities.prefectures.find((p) => p.code === code)?.name ?? code;
	return {
		missingPrefectures: (coverage?.missingPrefectures ?? []).map(nameOf),
		credit: coverage?.attribution[0]?.[words.lang] ?? null
	};
}
