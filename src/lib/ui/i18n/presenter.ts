/** Words of the prefecture pages (/pref and /pref/NN) and their presentation mode. */
import { flagged, type FigureLabels } from '$lib/presenter/figures';
import type { LegendLabels } from '$lib/presenter/legend';
import type { Texts } from './index';
import { SHARED_TEXT, SPHERE_KIND_NAMES as KIND } from './shared';

const ja = {
	...SHARED_TEXT.ja,
	indexTitle: '都道府県別 圏域シート',
	indexIntro: `${SHARED_TEXT.ja.bothKinds}を都道府県ごとに表示します。`,
	backToMap: '全国地図に戻る',
	loadFailed: (detail: string) => `データを読み込めませんでした: ${detail}`,
	loading: '読み込み中…',
	populationShort: '人口',
	renkeiShort: '連携',
	teijuShort: '定住',
	indexNote: `カバー率は人口 (令和2年国勢調査) に占める割合。${KIND.teiju}の収録は不完全です。`,
	mapLabel: '地図',
	toolbarLabel: '操作',
	previous: '← 前',
	index: '都道府県一覧',
	next: '次 →',
	nationalMap: '全国地図',
	present: 'プレゼンテーション',
	spheresLabel: '圏域',
	spheresHeading: (count: number) => `圏域 (${count})`,
	prefectureIncomplete: (name: string) => `${name}は未収録・未確認の圏域があります。`,
	keysHint: '← → 圏域を切り替え · Esc 終了',
	legendHeading: '凡例',
	pngSize: 'PNG の大きさ',
	png: 'PNG 書き出し',
	pngSaved: (size: string) => `${size} PNG を保存しました`,
	pngFailed: (detail: string) => `書き出しに失敗しました: ${detail}`,
	pngSubtitle: `${SHARED_TEXT.ja.bothKinds} (${SHARED_TEXT.ja.appName})`,
	urlIgnored: (values: string) => `URL の次の値は読めないため無視しました: ${values}`,
	figures: {
		population: '人口 (2020年)',
		people: (count: string) => `${count} 人`,
		partial: (value: string) => flagged(value, true),
		municipalities: '市町村数',
		renkeiPopulationPct: `${KIND.renkei} 人口カバー率`,
		teijuPopulationPct: `${KIND.teiju} 人口カバー率`,
		renkeiMunicipalitiesPct: `${KIND.renkei} 市町村カバー率`,
		teijuMunicipalitiesPct: `${KIND.teiju} 市町村カバー率`,
		projects: 'モデル事業数',
		kind: '種別',
		kindNames: KIND,
		memberCount: '構成市町村数',
		centres: '中心市'
	} satisfies FigureLabels,
	legend: {
		renkei: `${KIND.renkei} (圏域ごとに色分け)`,
		teiju: `${KIND.teiju} (斜線)`,
		centre: '中心市',
		prefecture: '都道府県境'
	} satisfies LegendLabels
};

export type PresenterStrings = typeof ja;

const en: PresenterStrings = {
	...SHARED_TEXT.en,
	indexTitle: 'Spheres by prefecture',
	indexIntro: `${SHARED_TEXT.en.bothKinds}, one prefecture at a time.`,
	backToMap: 'Back to the national map',
	loadFailed: (detail) => `Could not load the data: ${detail}`,
	loading: 'Loading…',
	populationShort: 'Pop.',
	renkeiShort: 'Renkei',
	teijuShort: 'Teiju',
	indexNote: `Coverage is the share of the population (2020 census). The ${KIND.teiju} list is incomplete.`,
	mapLabel: 'Map',
	toolbarLabel: 'Controls',
	previous: '← Previous',
	index: 'All prefectures',
	next: 'Next →',
	nationalMap: 'National map',
	present: 'Present',
	spheresLabel: 'Spheres',
	spheresHeading: (count) => `Spheres (${count})`,
	prefectureIncomplete: (name) => `${name} has spheres not yet listed or confirmed.`,
	keysHint: '← → switch sphere · Esc to end',
	legendHeading: 'Legend',
	pngSize: 'PNG size',
	png: 'Export PNG',
	pngSaved: (size) => `Saved the ${size} PNG`,
	pngFailed: (detail) => `Export failed: ${detail}`,
	pngSubtitle: `${SHARED_TEXT.en.bothKinds} (${SHARED_TEXT.en.appName})`,
	urlIgnored: (values) => `These URL values could not be read and were ignored: ${values}`,
	figures: {
		population: 'Population (2020)',
		people: (count) => count,
		partial: (value) => `${value} (partly confirmed)`,
		municipalities: 'Municipalities',
		renkeiPopulationPct: `${KIND.renkei}: population covered`,
		teijuPopulationPct: `${KIND.teiju}: population covered`,
		renkeiMunicipalitiesPct: `${KIND.renkei}: municipalities covered`,
		teijuMunicipalitiesPct: `${KIND.teiju}: municipalities covered`,
		projects: 'Model projects',
		kind: 'Kind',
		kindNames: SHARED_TEXT.en.sphereKinds,
		memberCount: 'Member municipalities',
		centres: 'Centre city'
	},
	legend: {
		renkei: `${KIND.renkei} (a colour per sphere)`,
		teiju: `${KIND.teiju} (hatched)`,
		centre: 'Centre city',
		prefecture: 'Prefecture border'
	}
};

export const PRESENTER_TEXT: Texts<PresenterStrings> = { ja, en };
