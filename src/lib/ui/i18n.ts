/**
 * UI strings in Japanese (default) and English. Names of places and spheres are data and
 * stay Japanese in both.
 */
import type { MunicipalityKind, SphereKind } from '$lib/data/types';
import type { ChoroplethMetric, ClassificationMethod, Lang, LayerId } from '$lib/state/types';
import type { UrlIssueReason, UrlParam } from '$lib/state/url';
import { PROJECT_STRINGS } from './projects/strings';
import type { CensusYear } from '$lib/analysis/census';
import type { PartSeparation } from '$lib/analysis/contiguity';
import type { CriterionStatus, EligibilityRoute } from '$lib/analysis/eligibility/criterion';

export interface SphereDateLabels {
	declared: string;
	agreement: string;
	vision: string;
}

const ja = {
	locale: 'ja-JP',
	title: '圏域アトラス',
	switchLanguage: 'English',
	switchLanguageLabel: 'Switch to English',
	pagesLabel: 'ほかの画面',
	prefecturePages: '都道府県別の概要',
	researchPage: '研究者向け：カバー率と推移',
	loading: '地図データを読み込んでいます…',
	loadFailed: '地図データを読み込めませんでした。',
	mapFailed: (detail: string) => `地図を表示できませんでした（${detail}）`,
	mapModuleFailed: (detail: string) => `地図の描画部品を読み込めませんでした（${detail}）`,
	credits: '出典',

	searchLabel: '市町村・圏域を検索',
	searchPlaceholder: '市町村・圏域（漢字・かな・コード）',
	searchNoResults: '見つかりません',
	searchResultCount: (count: number) => `${count} 件`,

	layersHeading: 'レイヤーと凡例',
	layerNames: {
		renkei: '連携中枢都市圏',
		teiju: '定住自立圏',
		projects: 'モデル事業',
		labels: '地名'
	} satisfies Record<LayerId, string>,
	skipToPanel: '情報パネルへ移動',
	skipToSearch: '検索へ移動',
	renkeiLegend: '圏域ごとに色分け',
	renkeiOverlapLegend: '2つの圏域に属する市町村は、両方の色が重なった色',
	teijuLegend: '斜線と破線の輪郭',
	centreCity: '中心市',
	projectsNotLoaded: 'データ未読み込み（今後追加）',
	labelsLegend: '都道府県名（拡大すると市町村名）',
	hoppoLegend: '北方領土（統計の対象外）',
	prefectureBorderLegend: '都道府県境',
	spheresOverChoropleth: '階級区分図の表示中、連携中枢都市圏は輪郭のみ',

	choroplethHeading: '階級区分図',
	choroplethNone: 'なし',
	metricNames: {
		pop: '人口（2020年）',
		ratio: '昼夜間人口比率',
		density: '人口密度',
		change: '人口増減率（2015→2020年）'
	} satisfies Record<ChoroplethMetric, string>,
	metricUnits: { pop: '人', ratio: '%', density: '人/km²', change: '%' } satisfies Record<
		ChoroplethMetric,
		string
	>,
	methodNames: { quantile: '分位数', equal: '等間隔', manual: '手動' } satisfies Record<
		ClassificationMethod,
		string
	>,
	classificationLabel: '区分方法',
	classCountLabel: '階級数',
	metricLabel: '指標',
	manualBreaksLabel: '区切り値（カンマ区切り）',
	manualBreaksApply: '適用',
	manualBreaksInvalid: '数値をカンマ区切りで 1〜8 個入力してください',
	noData: 'データなし',
	classCount: (count: number) => `${count}`,
	centredOn: (value: string) => `${value} を境に色を分けています`,

	close: '閉じる',
	municipality: '市町村',
	reading: 'よみ',
	prefecture: '都道府県',
	kind: '種別',
	code: 'コード',
	pop2020: '人口（2020年）',
	pop2015: '人口（2015年）',
	change: '増減率',
	daytimePop: '昼間人口（2020年）',
	ratio: '昼夜間人口比率',
	area: '面積',
	density: '人口密度',
	figuresHeading: '統計（令和2年国勢調査）',
	spheresHeading: '所属する圏域',
	noSpheres: '所属する圏域はありません',
	roles: { centre: '中心市', member: '構成市町村' },
	joinedOn: '加入（協約・協定）',
	unknownDate: '不明',
	ended: '終了',
	endedOn: (date: string) => `${date} 終了`,
	successor: '後継の圏域',
	projectsHeading: 'モデル事業',
	projectsUi: PROJECT_STRINGS.ja,
	tableButton: '一覧',
	tableButtonLabel: (prefecture: string) => `${prefecture}の市町村を表で見る`,
	basisPrefectural: '県の独自支援',

	sphereKinds: { renkei: '連携中枢都市圏', teiju: '定住自立圏' } satisfies Record<SphereKind, string>,
	sphereDates: {
		renkei: { declared: '連携中枢都市宣言', agreement: '連携協約', vision: '都市圏ビジョン' },
		teiju: { declared: '中心市宣言', agreement: '定住自立圏形成協定', vision: '共生ビジョン' }
	} satisfies Record<SphereKind, SphereDateLabels>,
	membersHeading: (count: number) => `構成市町村（${count}）`,
	memberColumns: { population: '人口', ratio: '昼夜間人口比率', joined: '加入' },
	sourcesHeading: '出典',
	noteHeading: '注記',
	nameUnconfirmed: '名称未確認',
	membersPartial: '構成市町村は一部のみ確認',
	coverageHeading: '収録範囲',
	analysisHeading: '圏域の分析',
	analysisPending: '集計と要件の判定は準備中です。',
	// Sphere analysis and centre candidates (src/lib/ui/analysis).
	analysis: {
		computing: '計算しています…',
		failed: (detail: string) => `分析できませんでした（${detail}）`,
		censusLabel: '国勢調査',
		censusYears: { 2020: '2020年（R2）', 2015: '2015年（H27）' } as Record<CensusYear, string>,
		membershipAsOf: (date: string) => `${date} 時点の構成市町村`,
		membershipAll: '掲載された全構成市町村（終了した圏域）',
		memberCount: '構成市町村数',
		partialFlag: '一部のみ確認',
		population: '人口',
		daytimePopulation: '昼間人口',
		dayNightRatio: '昼夜間人口比率',
		areaOfficial: '面積（公式値の合計）',
		areaGeometry: '面積（境界データから計算, Turf）',
		density: '人口密度',
		centreShare: '中心市の人口割合',
		prefectures: '都道府県',
		contiguity: '連続性',
		contiguous: '地続き（1つのまとまり）',
		notContiguous: (parts: number) => `${parts}つに分かれる`,
		separations: {
			principal: '主な部分',
			island: '離島の市町村',
			gap: '圏域外の市町村を挟む',
			sea: '海を隔てる'
		} as Record<PartSeparation, string>,
		partMembers: (count: number) => `${count}市町村`,
		km2: 'km²',
		perKm2: '人/km²',
		noData: 'データなし',
		eligibilityHeading: '要件の判定',
		notActive: 'この日付では圏域が存在しないため、要件は判定しません。',
		statuses: {
			pass: '適合',
			fail: '不適合',
			near: '境界',
			'not-checkable': '判定不能'
		} as Record<CriterionStatus, string>,
		verdict: '総合判定',
		conclusive: '全要件を判定済み（確定）',
		inconclusive: (titles: string) => `判定不能の要件あり（確定ではない）: ${titles}`,
		toleranceLabel: '「おおむね1以上」の許容幅',
		toleranceHint: (from: string) => `比率が ${from} 以上 100% 未満なら「境界」`,
		measured: '測定値',
		threshold: '基準',
		nearBand: '境界',
		censusYear: '年次',
		source: '出典',
		unverified: '要綱の文言未確認',
		alternative: '別経路（総合判定に含めない）',
		routes: { single: '中心市1市', pair: '2市（複眼型）', none: '中心市なし' } as Record<
			EligibilityRoute,
			string
		>,
		yes: 'はい',
		no: 'いいえ',
		none: '—',
		candidatesButton: '中心市の候補',
		candidatesHeading: '中心市の候補',
		candidatesIntro: (census: string) =>
			`中心市の要件（${census}）を満たす、または境界の市。判定できない要件は除いています。`,
		candidatesKind: '圏域の種類',
		withoutSphereOnly: 'この種類の圏域を持たない候補のみ',
		singleHeading: (count: number) => `単独の中心市（${count}）`,
		pairsHeading: (count: number) => `隣接する2市（${count}）`,
		leadersFailingHeading: (count: number) => `要件を満たさない既存圏域の中心市（${count}）`,
		leads: '中心市を務める圏域',
		leadsNone: '圏域なし',
		meetSingly: (names: string) => `単独でも適合: ${names}`,
		noCandidates: '該当なし',
		close: '閉じる'
	},
	notDrawn: 'この圏域は現在の地図には描かれていません。',

	tableCaption: (prefecture: string) => `${prefecture}の市町村`,
	tableSpheres: '圏域',

	hoppo: '北方領土（統計の対象外）',
	tooltipPopulation: '人口',

	noticeHeading: 'URL の一部を読み取れなかったため、無視しました。',
	noticeItem: (param: string, value: string, reason: string) => `「${param}」=「${value}」: ${reason}`,
	issueReasons: {
		malformed: '形式が正しくありません',
		'out-of-range': '範囲外です',
		unknown: '該当するものがありません'
	} satisfies Record<UrlIssueReason, string>,
	paramNames: {
		v: '地図の表示範囲',
		sel: '選択',
		layers: 'レイヤー',
		ch: '階級区分図',
		lang: '言語'
	} satisfies Record<UrlParam, string>,
	dismiss: '閉じる',

	municipalityKinds: {
		特別区: '特別区',
		政令指定都市: '政令指定都市',
		中核市: '中核市',
		施行時特例市: '施行時特例市',
		市: '市',
		町: '町',
		村: '村'
	} satisfies Record<MunicipalityKind, string>
};

export type Strings = typeof ja;

const en: Strings = {
	locale: 'en-US',
	title: "Ken'iki Atlas",
	switchLanguage: '日本語',
	switchLanguageLabel: '日本語に切り替える',
	pagesLabel: 'Other views',
	prefecturePages: 'Prefecture overviews',
	researchPage: 'Research: coverage over time',
	loading: 'Loading map data…',
	loadFailed: 'The map data could not be loaded.',
	mapFailed: (detail) => `The map could not be shown (${detail})`,
	mapModuleFailed: (detail) => `The map component could not be loaded (${detail})`,
	credits: 'Sources',

	searchLabel: 'Search municipalities and spheres',
	searchPlaceholder: 'Municipality, sphere or code',
	searchNoResults: 'No matches',
	searchResultCount: (count) => `${count} results`,

	layersHeading: 'Layers and legend',
	layerNames: {
		renkei: 'Central city regions',
		teiju: 'Settlement regions',
		projects: 'Model projects',
		labels: 'Place names'
	},
	skipToPanel: 'Skip to the information panel',
	skipToSearch: 'Skip to the search',
	renkeiLegend: 'A colour per sphere',
	renkeiOverlapLegend: 'A town in two spheres shows both colours blended',
	teijuLegend: 'Hatched, dashed outline',
	centreCity: 'Centre city',
	projectsNotLoaded: 'Data not loaded yet (coming later)',
	labelsLegend: 'Prefectures (municipalities when zoomed in)',
	hoppoLegend: 'Northern Territories (not counted)',
	prefectureBorderLegend: 'Prefecture border',
	spheresOverChoropleth: 'While a choropleth is shown, central city regions are outlined only',

	choroplethHeading: 'Choropleth',
	choroplethNone: 'None',
	metricNames: {
		pop: 'Population (2020)',
		ratio: 'Daytime/night-time population ratio',
		density: 'Population density',
		change: 'Population change (2015→2020)'
	},
	metricUnits: { pop: 'people', ratio: '%', density: 'people/km²', change: '%' },
	methodNames: { quantile: 'Quantile', equal: 'Equal interval', manual: 'Manual' },
	classificationLabel: 'Method',
	classCountLabel: 'Classes',
	metricLabel: 'Measure',
	manualBreaksLabel: 'Class limits (comma-separated)',
	manualBreaksApply: 'Apply',
	manualBreaksInvalid: 'Enter 1 to 8 numbers separated by commas',
	noData: 'No data',
	classCount: (count) => `${count}`,
	centredOn: (value) => `Colours diverge at ${value}`,

	close: 'Close',
	municipality: 'Municipality',
	reading: 'Reading',
	prefecture: 'Prefecture',
	kind: 'Type',
	code: 'Code',
	pop2020: 'Population (2020)',
	pop2015: 'Population (2015)',
	change: 'Change',
	daytimePop: 'Daytime population (2020)',
	ratio: 'Day/night population ratio',
	area: 'Area',
	density: 'Density',
	figuresHeading: 'Figures (2020 census)',
	spheresHeading: 'Spheres',
	noSpheres: 'Not a member of any sphere',
	roles: { centre: 'Centre city', member: 'Member' },
	joinedOn: 'Joined (agreement)',
	unknownDate: 'unknown',
	ended: 'Ended',
	endedOn: (date) => `ended ${date}`,
	successor: 'Successor sphere',
	projectsHeading: 'Model projects',
	projectsUi: PROJECT_STRINGS.en,
	tableButton: 'Table',
	tableButtonLabel: (prefecture) => `Show the municipalities of ${prefecture} as a table`,
	basisPrefectural: 'prefectural support',

	sphereKinds: { renkei: '連携中枢都市圏 (central city region)', teiju: '定住自立圏 (settlement region)' },
	sphereDates: {
		renkei: { declared: 'Declaration', agreement: 'Partnership agreement', vision: 'Regional vision' },
		teiju: { declared: 'Centre city declaration', agreement: 'Formation agreement', vision: 'Joint vision' }
	},
	membersHeading: (count) => `Members (${count})`,
	memberColumns: { population: 'Population', ratio: 'Day/night', joined: 'Joined' },
	sourcesHeading: 'Sources',
	noteHeading: 'Note',
	nameUnconfirmed: 'Name unconfirmed',
	membersPartial: 'Only some members confirmed',
	coverageHeading: 'Coverage',
	analysisHeading: 'Sphere analysis',
	analysisPending: 'Aggregates and eligibility checks are not available yet.',
	// Sphere analysis and centre candidates (src/lib/ui/analysis).
	analysis: {
		computing: 'Computing…',
		failed: (detail) => `The analysis failed (${detail})`,
		censusLabel: 'Census',
		censusYears: { 2020: '2020 (R2)', 2015: '2015 (H27)' },
		membershipAsOf: (date) => `Members as of ${date}`,
		membershipAll: 'All listed members (sphere has ended)',
		memberCount: 'Members',
		partialFlag: 'partly confirmed',
		population: 'Population',
		daytimePopulation: 'Daytime population',
		dayNightRatio: 'Day/night population ratio',
		areaOfficial: 'Area (official, summed)',
		areaGeometry: 'Area (computed from boundaries, Turf)',
		density: 'Density',
		centreShare: 'Centre share of population',
		prefectures: 'Prefectures',
		contiguity: 'Contiguity',
		contiguous: 'Contiguous (one piece)',
		notContiguous: (parts) => `In ${parts} parts`,
		separations: {
			principal: 'main part',
			island: 'island municipality',
			gap: 'across non-members',
			sea: 'across the sea'
		},
		partMembers: (count) => `${count} municipalities`,
		km2: 'km²',
		perKm2: '/km²',
		noData: 'No data',
		eligibilityHeading: 'Eligibility',
		notActive: 'The sphere does not exist on this date, so eligibility is not checked.',
		statuses: { pass: 'Meets', fail: 'Fails', near: 'Borderline', 'not-checkable': 'Not checkable' },
		verdict: 'Overall',
		conclusive: 'Every criterion checked (conclusive)',
		inconclusive: (titles) => `Some criteria not checkable (not conclusive): ${titles}`,
		toleranceLabel: 'Tolerance of “roughly 1 or more”',
		toleranceHint: (from) => `A ratio from ${from} up to 100% counts as borderline`,
		measured: 'Measured',
		threshold: 'Threshold',
		nearBand: 'borderline',
		censusYear: 'Census',
		source: 'Source',
		unverified: 'Rule wording unverified',
		alternative: 'Alternative route (not in the verdict)',
		routes: { single: 'One centre city', pair: 'Two cities', none: 'No centre' },
		yes: 'yes',
		no: 'no',
		none: '—',
		candidatesButton: 'Centre candidates',
		candidatesHeading: 'Centre-city candidates',
		candidatesIntro: (census) =>
			`Cities that meet the centre criteria (${census}) or are borderline; uncheckable criteria left aside.`,
		candidatesKind: 'Kind of sphere',
		withoutSphereOnly: 'Only those leading no sphere of this kind',
		singleHeading: (count) => `Single centre (${count})`,
		pairsHeading: (count) => `Adjacent two-city pairs (${count})`,
		leadersFailingHeading: (count) => `Existing centres not meeting the criteria (${count})`,
		leads: 'Leads',
		leadsNone: 'No sphere',
		meetSingly: (names) => `Also meets alone: ${names}`,
		noCandidates: 'None',
		close: 'Close'
	},
	notDrawn: 'This sphere is not drawn on the current map.',

	tableCaption: (prefecture) => `Municipalities of ${prefecture}`,
	tableSpheres: 'Spheres',

	hoppo: 'Northern Territories (not counted)',
	tooltipPopulation: 'Pop.',

	noticeHeading: 'Part of the URL could not be read and was ignored.',
	noticeItem: (param, value, reason) => `“${param}” = “${value}”: ${reason}`,
	issueReasons: {
		malformed: 'not in the expected form',
		'out-of-range': 'out of range',
		unknown: 'nothing by that name'
	},
	paramNames: { v: 'map view', sel: 'selection', layers: 'layers', ch: 'choropleth', lang: 'language' },
	dismiss: 'Dismiss',

	municipalityKinds: {
		特別区: 'Special ward',
		政令指定都市: 'Designated city',
		中核市: 'Core city',
		施行時特例市: 'Former special city',
		市: 'City',
		町: 'Town',
		村: 'Village'
	}
};

export const STRINGS: Record<Lang, Strings> = { ja, en };
