/**
 * Strings of the Researcher view, Japanese (default) and English. Place and sphere names
 * are data and stay Japanese in both.
 */
import type { CoverageCategory } from '$lib/analysis/coverage';
import type { CompareMeasure } from '$lib/analysis/research/compare';
import type { CoverageSchemeOrNone } from '$lib/analysis/research/schemes';
import type { CriterionStatus, Verdict } from '$lib/analysis/eligibility/criterion';
import type { Lang } from '$lib/state/types';
import type { MapMode, Quantity } from './research-url';

const ja = {
	locale: 'ja-JP',
	pageTitle: '圏域の広がり — 研究者向け',
	appName: '圏域アトラス',
	backToExplorer: '← 全国地図（エクスプローラ）へ',
	switchLanguage: 'English',
	switchLanguageLabel: 'Switch to English',
	loading: 'データを読み込んでいます…',
	loadFailed: (detail: string) => `データを読み込めませんでした（${detail}）`,
	mapFailed: (detail: string) => `地図を表示できませんでした（${detail}）`,
	urlIgnored: (values: string) => `URL の次の値は読めないため無視しました: ${values}`,
	dismiss: '閉じる',
	credits: '出典',

	asOfHeading: '時点',
	asOfSlider: '時点（月単位）',
	asOfDate: '日付',
	play: '再生',
	pause: '一時停止',
	playHint: '半年ごとに進みます',
	resetDate: 'データ時点に戻す',
	asOfRange: (start: string, end: string) => `${start} 〜 ${end}（データ時点）`,
	activeCounts: (renkei: number, renkeiCentres: number, teiju: number, teijuCentres: number) =>
		`連携中枢都市圏 ${renkei} 圏域（中心市 ${renkeiCentres}）・定住自立圏 ${teiju} 圏域（中心市 ${teijuCentres}）`,
	dateRules:
		'年月・年だけの日付はその月・年の初日から数えます。圏域は最初の協約・協定の日から（不明なら宣言の日、次にビジョンの日から）、終了日に消えます。自身の日付のない構成市町村は圏域と同時に加わったものとします。',
	undatedCount: (count: number) =>
		`日付のまったくない所属（市町村にも圏域にも日付なし）: ${count} 件。どの時点でも所属として数えています。`,
	undatedNone: '日付のまったくない所属はありません。',
	teijuIncompleteNote: (note: string) => `定住自立圏の収録は不完全です: ${note}`,

	measureHeading: '指標と地図',
	categoryLabel: '区分',
	quantityLabel: '単位',
	mapModeLabel: '地図',
	categories: {
		renkei: '連携中枢都市圏',
		teiju: '定住自立圏',
		either: 'いずれか',
		both: '両方',
		neither: 'どちらでもない'
	} satisfies Record<CoverageCategory, string>,
	/** Column heads of the coverage table, with the full name as their title. */
	categoriesShort: {
		renkei: '連携中枢',
		teiju: '定住自立',
		either: 'いずれか',
		both: '両方',
		neither: 'なし'
	} satisfies Record<CoverageCategory, string>,
	quantities: { municipalities: '市町村数', population: '人口', area: '面積' } satisfies Record<
		Quantity,
		string
	>,
	mapModes: {
		pref: '都道府県別の割合',
		muni: '市町村ごとの所属（どの制度か）'
	} satisfies Record<MapMode, string>,
	legendHeading: '凡例',
	legendShare: (category: string, quantity: string) => `${category}の${quantity}の割合`,
	schemes: {
		renkei: '連携中枢都市圏のみ',
		teiju: '定住自立圏のみ',
		both: '両方（重複）',
		none: 'どちらにも属さない'
	} satisfies Record<CoverageSchemeOrNone, string>,
	legendOutlines: '輪郭: 実線 = 連携中枢都市圏、破線 = 定住自立圏',
	legendHighlight: '強調表示中のリスト',
	legendSelected: '選択中の都道府県',
	hoppoLegend: '北方領土（集計の対象外）',
	mapLabel: '圏域の地図。内容は左の表とリストで読めます。',

	tableHeading: '都道府県別のカバー率',
	tableCaption: (quantity: string, date: string) => `${quantity}で見た圏域のカバー率（${date} 時点）`,
	prefecture: '都道府県',
	total: '総数',
	projects: 'モデル事業',
	projectsShort: '事業',
	undated: '日付のない所属',
	undatedShort: '日付なし',
	incompleteMark: '※',
	incompleteLegend: '※ 定住自立圏の収録が不完全な都道府県（理由は行の※にカーソル）',
	sortBy: (column: string) => `${column}で並べ替え`,
	fitRow: (name: string) => `${name}に地図を合わせる`,
	national: '全国',
	projectsNote:
		'モデル事業（2014〜2019年度）は日付で絞らず、いずれかの実施主体が属する都道府県すべてに数えます（全国行は1件1回）。',
	csv: 'CSV',
	csvLabel: (what: string) => `${what}を CSV（UTF-8, BOM 付き）で保存`,
	km2: 'km²',
	people: '人',

	listsHeading: 'リスト',
	lists: {
		none: 'どの圏域にも属さない市町村',
		several: '複数の圏域に属する市町村',
		centres: '中心市の要件を満たすが圏域のない市'
	},
	listCount: (count: number) => `${count} 件`,
	highlightList: '地図で強調',
	highlightOff: '強調なし',
	computing: '計算しています…',
	centresKinds: { renkei: '連携中枢都市の要件', teiju: '定住自立圏の中心市の要件' },
	centresNote:
		'要件の判定は国勢調査 2020 年の数値による（通勤通学割合など一部は判定不能）。圏域の有無は選んだ時点のもの。',
	spheresOf: (names: string) => `所属: ${names}`,
	showOnMap: (name: string) => `${name}を地図で表示`,

	compareHeading: '比較',
	compareA: 'A',
	compareB: 'B',
	comparePick: '選択してください',
	prefecturesGroup: '都道府県',
	renkeiGroup: '連携中枢都市圏（この時点）',
	teijuGroup: '定住自立圏（この時点）',
	draftsGroup: '下書き',
	draftsNone: '保存された圏域の下書きはありません。エクスプローラで下書きを作ると、ここで比較できます。',
	swap: 'A と B を入れ替え',
	clearCompare: '比較をやめる',
	compareHint:
		'2つの圏域・都道府県を選ぶと、集計の差と要件の判定を並べて表示し、地図に両方の輪郭を描きます。',
	measureColumn: '項目',
	delta: '差 (B − A)',
	deltaPct: '差 (%)',
	compareMeasures: {
		memberCount: '市町村数',
		population: '人口（2020年）',
		areaOfficialKm2: '面積（km²）',
		densityPerKm2: '人口密度（人/km²）',
		dayNightRatio: '昼夜間人口比率',
		parts: '地続きのまとまりの数',
		prefectures: '都道府県の数',
		municipalities: '市町村数',
		areaKm2: '面積（km²）',
		renkeiMunicipalities: '連携中枢都市圏の市町村数',
		renkeiMunicipalitiesPct: '連携中枢都市圏 市町村カバー率',
		renkeiPopulationPct: '連携中枢都市圏 人口カバー率',
		renkeiAreaKm2Pct: '連携中枢都市圏 面積カバー率',
		teijuMunicipalities: '定住自立圏の市町村数',
		teijuMunicipalitiesPct: '定住自立圏 市町村カバー率',
		teijuPopulationPct: '定住自立圏 人口カバー率',
		teijuAreaKm2Pct: '定住自立圏 面積カバー率',
		eitherMunicipalities: 'いずれかの圏域の市町村数',
		eitherMunicipalitiesPct: 'いずれかの圏域 市町村カバー率',
		eitherPopulationPct: 'いずれかの圏域 人口カバー率',
		eitherAreaKm2Pct: 'いずれかの圏域 面積カバー率',
		neitherMunicipalities: 'どちらの圏域にもない市町村数',
		neitherMunicipalitiesPct: 'どちらの圏域にもない市町村の割合',
		neitherPopulationPct: 'どちらの圏域にもない人口の割合',
		neitherAreaKm2Pct: 'どちらの圏域にもない面積の割合',
		projects: 'モデル事業数'
	} satisfies Record<CompareMeasure, string>,
	sharePoints: 'ポイント',
	partialFlag: '一部のみ確認',
	eligibilityHeading: '要件の判定',
	noEligibility: '都道府県には要件の判定はありません',
	inactiveSubject: 'この時点では存在しません',
	verdicts: { pass: '満たす', near: 'おおむね満たす', fail: '満たさない' } satisfies Record<Verdict, string>,
	statuses: {
		pass: '○',
		near: '△',
		fail: '×',
		'not-checkable': '判定不能'
	} satisfies Record<CriterionStatus, string>,
	criterion: '要件',
	compareOverlap: (onlyA: number, shared: number, onlyB: number) =>
		`A のみ ${onlyA}・共通 ${shared}・B のみ ${onlyB} 市町村`,

	pngHeading: '画像',
	png: 'PNG 書き出し',
	pngSize: 'PNG の大きさ',
	pngSaved: (size: string) => `${size} PNG を保存しました`,
	pngFailed: (detail: string) => `書き出しに失敗しました: ${detail}`,
	pngSubtitle: '連携中枢都市圏・定住自立圏のカバー率 (圏域アトラス)',
	pngAsOf: (date: string) => `時点 ${date}`,
	dataDates: (spheres: string, census: string, boundaries: string) =>
		`データ時点: 圏域 ${spheres} / 人口 令和2年国勢調査 (${census}) / 境界 ${boundaries}`
};

export type ResearchStrings = typeof ja;

const en: ResearchStrings = {
	locale: 'en-GB',
	pageTitle: 'Sphere coverage — for researchers',
	appName: "Ken'iki Atlas",
	backToExplorer: '← National map (explorer)',
	switchLanguage: '日本語',
	switchLanguageLabel: '日本語に切り替え',
	loading: 'Loading the data…',
	loadFailed: (detail) => `Could not load the data (${detail})`,
	mapFailed: (detail) => `Could not show the map (${detail})`,
	urlIgnored: (values) => `These URL values could not be read and were ignored: ${values}`,
	dismiss: 'Dismiss',
	credits: 'Sources',

	asOfHeading: 'As of',
	asOfSlider: 'As of (by month)',
	asOfDate: 'Date',
	play: 'Play',
	pause: 'Pause',
	playHint: 'steps half a year at a time',
	resetDate: 'Back to the data date',
	asOfRange: (start, end) => `${start} to ${end} (data as-of)`,
	activeCounts: (renkei, renkeiCentres, teiju, teijuCentres) =>
		`${renkei} 連携中枢都市圏 (${renkeiCentres} centres) · ${teiju} 定住自立圏 (${teijuCentres} centres)`,
	dateRules:
		'A date known only to the month or year counts from the first day of that month or year. A sphere exists from its first 協約/協定 (or, when unknown, its declaration, then its vision) until its end date. A member without a date of its own joined with its sphere.',
	undatedCount: (count) =>
		`Memberships with no date at all (neither the member nor its sphere): ${count}. They count at every date.`,
	undatedNone: 'No membership is without any date.',
	teijuIncompleteNote: (note) => `The 定住自立圏 list is incomplete: ${note}`,

	measureHeading: 'Measure and map',
	categoryLabel: 'Coverage',
	quantityLabel: 'Counted by',
	mapModeLabel: 'Map',
	categories: {
		renkei: '連携中枢都市圏',
		teiju: '定住自立圏',
		either: 'Either',
		both: 'Both',
		neither: 'Neither'
	},
	categoriesShort: { renkei: 'Renkei', teiju: 'Teiju', either: 'Either', both: 'Both', neither: 'Neither' },
	quantities: { municipalities: 'municipalities', population: 'population', area: 'area' },
	mapModes: { pref: 'Share by prefecture', muni: 'Which scheme covers each municipality' },
	legendHeading: 'Legend',
	legendShare: (category, quantity) => `Share of ${quantity} in ${category}`,
	schemes: {
		renkei: '連携中枢都市圏 only',
		teiju: '定住自立圏 only',
		both: 'Both (overlap)',
		none: 'Neither'
	},
	legendOutlines: 'Outlines: solid = 連携中枢都市圏, dashed = 定住自立圏',
	legendHighlight: 'Highlighted list',
	legendSelected: 'Selected prefecture',
	hoppoLegend: 'Northern Territories (not counted)',
	mapLabel: 'Map of the spheres. The tables and lists on the left give the same content.',

	tableHeading: 'Coverage by prefecture',
	tableCaption: (quantity, date) => `Sphere coverage by ${quantity} (as of ${date})`,
	prefecture: 'Prefecture',
	total: 'Total',
	projects: 'Model projects',
	projectsShort: 'Projects',
	undated: 'Undated memberships',
	undatedShort: 'Undated',
	incompleteMark: '*',
	incompleteLegend: '* 定住自立圏 list incomplete for this prefecture (hover the * for the reasons)',
	sortBy: (column) => `Sort by ${column}`,
	fitRow: (name) => `Fit the map to ${name}`,
	national: 'Japan',
	projectsNote:
		'Model projects (FY2014–2019) are not filtered by date and count in every prefecture where one of their bodies is (the national row counts each once).',
	csv: 'CSV',
	csvLabel: (what) => `Save ${what} as CSV (UTF-8 with BOM)`,
	km2: 'km²',
	people: '',

	listsHeading: 'Lists',
	lists: {
		none: 'Municipalities in no sphere',
		several: 'Municipalities in more than one sphere',
		centres: 'Eligible centre cities without a sphere'
	},
	listCount: (count) => `${count}`,
	highlightList: 'Highlight on the map',
	highlightOff: 'No highlight',
	computing: 'Computing…',
	centresKinds: { renkei: '連携中枢都市 criteria', teiju: '定住自立圏 centre criteria' },
	centresNote:
		'Eligibility from the 2020 census (some criteria, such as commuting shares, cannot be checked). Spheres as of the chosen date.',
	spheresOf: (names) => `In: ${names}`,
	showOnMap: (name) => `Show ${name} on the map`,

	compareHeading: 'Compare',
	compareA: 'A',
	compareB: 'B',
	comparePick: 'Choose…',
	prefecturesGroup: 'Prefectures',
	renkeiGroup: '連携中枢都市圏 (on this date)',
	teijuGroup: '定住自立圏 (on this date)',
	draftsGroup: 'Drafts',
	draftsNone: 'No saved sphere drafts. Drafts made in the explorer can be compared here.',
	swap: 'Swap A and B',
	clearCompare: 'Clear the comparison',
	compareHint:
		'Choose two spheres or prefectures to see their figures and eligibility side by side, with both outlines on the map.',
	measureColumn: 'Measure',
	delta: 'Difference (B − A)',
	deltaPct: 'Difference (%)',
	compareMeasures: {
		memberCount: 'Municipalities',
		population: 'Population (2020)',
		areaOfficialKm2: 'Area (km²)',
		densityPerKm2: 'Density (per km²)',
		dayNightRatio: 'Day/night population ratio',
		parts: 'Contiguous parts',
		prefectures: 'Prefectures',
		municipalities: 'Municipalities',
		areaKm2: 'Area (km²)',
		renkeiMunicipalities: 'Municipalities in a 連携中枢都市圏',
		renkeiMunicipalitiesPct: '連携中枢都市圏: share of municipalities',
		renkeiPopulationPct: '連携中枢都市圏: share of population',
		renkeiAreaKm2Pct: '連携中枢都市圏: share of area',
		teijuMunicipalities: 'Municipalities in a 定住自立圏',
		teijuMunicipalitiesPct: '定住自立圏: share of municipalities',
		teijuPopulationPct: '定住自立圏: share of population',
		teijuAreaKm2Pct: '定住自立圏: share of area',
		eitherMunicipalities: 'Municipalities in either',
		eitherMunicipalitiesPct: 'Either: share of municipalities',
		eitherPopulationPct: 'Either: share of population',
		eitherAreaKm2Pct: 'Either: share of area',
		neitherMunicipalities: 'Municipalities in neither',
		neitherMunicipalitiesPct: 'Neither: share of municipalities',
		neitherPopulationPct: 'Neither: share of population',
		neitherAreaKm2Pct: 'Neither: share of area',
		projects: 'Model projects'
	},
	sharePoints: 'pt',
	partialFlag: 'partly confirmed',
	eligibilityHeading: 'Eligibility',
	noEligibility: 'No eligibility rules apply to a prefecture',
	inactiveSubject: 'Does not exist on this date',
	verdicts: { pass: 'meets', near: 'nearly meets', fail: 'does not meet' },
	statuses: { pass: 'pass', near: 'near', fail: 'fail', 'not-checkable': 'not checkable' },
	criterion: 'Criterion',
	compareOverlap: (onlyA, shared, onlyB) => `${onlyA} in A only · ${shared} shared · ${onlyB} in B only`,

	pngHeading: 'Image',
	png: 'Export PNG',
	pngSize: 'PNG size',
	pngSaved: (size) => `Saved the ${size} PNG`,
	pngFailed: (detail) => `Export failed: ${detail}`,
	pngSubtitle: 'Coverage of 連携中枢都市圏 and 定住自立圏 (Ken’iki Atlas)',
	pngAsOf: (date) => `As of ${date}`,
	dataDates: (spheres, census, boundaries) =>
		`Data as of: spheres ${spheres} / population 2020 census (${census}) / boundaries ${boundaries}`
};

export const RESEARCH_STRINGS: Record<Lang, ResearchStrings> = { ja, en };
