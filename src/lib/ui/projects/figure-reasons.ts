/**
 * Why a R1 新たな広域連携 委託団体's 圏域人口 (as the document gives it) does or does not
 * equal our 2015-census sum for the same municipalities. Data, keyed by project id; the
 * components only look it up.
 *
 * 'established': checked against the numbers. 'hypothesis': consistent with the numbers,
 * not confirmed from a source.
 */
export interface FigureReason {
	basis: 'census2015' | 'census2015-minus-one' | 'other';
	ja: string;
	en: string;
	/** For 'other': what the numbers show, and what is only a hypothesis. */
	established?: { ja: string; en: string };
	hypothesis?: { ja: string; en: string };
}

const CENSUS_2015 = {
	basis: 'census2015',
	ja: '人口は2015年国勢調査の合計と一致します。',
	en: 'The population equals the 2015 census total for the same municipalities.'
} as const satisfies FigureReason;

const OTHER_BASIS: FigureReason = {
	basis: 'other',
	ja: '人口は国勢調査（2015年・2020年）のどちらとも一致しません。別の基準の数値です。',
	en: 'The population matches neither the 2015 nor the 2020 census: it is on some other basis.',
	established: {
		ja: '文書の人口は2015年国勢調査の合計より少なく、2020年国勢調査の合計より多い（下の数値）。面積は公式面積の合計と一致する。',
		en: 'The document’s population lies below the 2015 census sum and above the 2020 census sum (figures below); the area equals the sum of official areas.'
	},
	hypothesis: {
		ja: '2015年と2020年の間を直線で補うと2019年初め頃の値にあたり、住民基本台帳人口（2019年1月1日）や県の推計人口のような、2019年時点の人口と考えられる（未確認）。',
		en: 'Interpolating linearly between the two censuses puts it in early 2019, consistent with a 住民基本台帳 count (1 January 2019) or a prefectural population estimate of that time (not confirmed).'
	}
};

export const FIGURE_REASONS: Readonly<Record<string, FigureReason>> = {
	'koiki-r1-renkei-nagano': CENSUS_2015,
	'koiki-r1-renkei-fukuyama': CENSUS_2015,
	'koiki-r1-renkei-takamatsu': CENSUS_2015,
	'koiki-r1-hokan-nagasaki-pref': CENSUS_2015,
	'koiki-r1-sandai-yokohama': {
		basis: 'census2015-minus-one',
		ja: '人口は2015年国勢調査の合計より1人少ない数値です。それ以上の理由は分かっていません。',
		en: 'The population is one below the 2015 census total; no further explanation is known.'
	},
	'koiki-r1-hokan-nara-pref': OTHER_BASIS,
	'koiki-r1-hokan-akita-pref': OTHER_BASIS
};
