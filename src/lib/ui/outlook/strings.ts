/** Strings of the population-over-time UI; reached through i18n.ts as `strings.outlookUi`. */
const ja = {
	heading: '人口の見通し',
	basis: '社人研（IPSS）令和5年推計による将来推計人口。基準を満たすかどうかの判定ではありません。',
	chartLabel: (name: string) => `${name} の人口の推移と将来推計（2020〜2050年）`,
	sphere: '圏域',
	centre: '中心市',
	year: '年',
	census2020: '2020年 国勢調査',
	census2025: '2025年 国勢調査（速報）',
	projected: (year: number) => `${year}年 推計`,
	changeFrom2020: '2020年比',
	noProjection: '推計なし',
	noProjectionNote: (names: string) =>
		`${names} は社人研が浜通り地域としてまとめて推計しており、市町村単位の推計値がありません。`,
	areaCounted: (name: string) => `${name} は社人研の地域推計（1地域）として合算しています。`,
	crossingsHeading: '人口基準を下回る時期（推計）',
	crossingSubject: '対象',
	crossingThreshold: '基準',
	crossingWhen: '時期',
	crossedIn2020: '2020年時点で下回る',
	crossedIn2025: '2025年速報で下回る',
	crossedIn: (year: number) => `${year}年の推計で下回る`,
	notCrossed: (year: number) => `${year}年まで下回らない`,
	noCentre: '中心市がないため基準は示せません',
	loading: '推計人口を読み込んでいます…',
	failed: (detail: string) => `推計人口を読み込めませんでした（${detail}）`,
	populationHeading: '人口の推移（国勢調査）',
	projection2050: '2050年 推計（社人研）',
	prelimShort: '速報',
	coverageCensus: '人口の基準',
	centresHeading: '人口基準を下回る中心市',
	centresIntro:
		'現在の圏域の中心市のうち、2025年速報で人口基準を下回るもの、または社人研推計で2035年・2050年までに下回る見込みのもの。推計は判定ではありません。',
	groupCensus: '国勢調査で下回る（2020年・2025年速報）',
	groupBy: (year: number) => `推計で${year}年までに下回る`,
	columns: { sphere: '圏域', centre: '中心市', threshold: '基準', when: '時期' },
	noneInGroup: 'なし',
	computing: '計算中…'
};

export type OutlookStrings = typeof ja;

const en: OutlookStrings = {
	heading: 'Population outlook',
	basis: 'IPSS 2023 projections. An outlook, not a check of the criteria.',
	chartLabel: (name) => `${name}: population 2020 and projected to 2050`,
	sphere: 'Sphere',
	centre: 'Centre',
	year: 'Year',
	census2020: '2020 census',
	census2025: '2025 census (preliminary)',
	projected: (year) => `${year} projection`,
	changeFrom2020: 'vs 2020',
	noProjection: 'no projection',
	noProjectionNote: (names) =>
		`${names}: IPSS projects the 浜通り municipalities only as one area, so there is no projection of their own.`,
	areaCounted: (name) => `${name} is counted as the one area IPSS projects.`,
	crossingsHeading: 'When a population threshold would be crossed (projection)',
	crossingSubject: 'Subject',
	crossingThreshold: 'Threshold',
	crossingWhen: 'When',
	crossedIn2020: 'already below in 2020',
	crossedIn2025: 'below in the 2025 preliminary count',
	crossedIn: (year) => `below in the ${year} projection`,
	notCrossed: (year) => `not below by ${year}`,
	noCentre: 'No centre, so no threshold applies',
	loading: 'Loading the projections…',
	failed: (detail) => `Could not load the projections (${detail})`,
	populationHeading: 'Population by census',
	projection2050: '2050 projection (IPSS)',
	prelimShort: 'prelim.',
	coverageCensus: 'Population base',
	centresHeading: 'Centres below their population threshold',
	centresIntro:
		'Centres of current spheres below their threshold in the 2025 preliminary count, or projected by IPSS to fall below it by 2035 or 2050. Projections are not checks.',
	groupCensus: 'Below in a census (2020 or 2025 preliminary)',
	groupBy: (year) => `Projected below by ${year}`,
	columns: { sphere: 'Sphere', centre: 'Centre', threshold: 'Threshold', when: 'When' },
	noneInGroup: 'none',
	computing: 'Computing…'
};

export const OUTLOOK_STRINGS = { ja, en } as const;
