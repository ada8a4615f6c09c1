import { createHash } from 'node:crypto';
import type {
	IncompletePrefecture,
	Manifest,
	Municipality,
	OutlookTable,
	Sphere,
	SphereKind
} from '../../src/lib/data/types';
import { GEODATA_SCHEMA_VERSION } from '../../src/lib/data/types';

export const OUTPUT_FILES = {
	topology: 'japan.topo.json',
	municipalities: 'municipalities.json',
	spheres: 'spheres.json',
	projects: 'projects.json',
	outlook: 'outlook.json',
	manifest: 'manifest.json'
} as const;

/** National figures the spheres lists are compared with (spheres/SOURCE.md §0–§1). */
const OFFICIAL_SPHERE_COUNTS: Record<SphereKind, { count: number; when: string }> = {
	renkei: { count: 38, when: '総務省 2024-04-01: 38 圏域 / 40 市' },
	teiju: { count: 130, when: '総務省 2023-11: 130 圏域 / 140 中心市宣言' }
};

/** Model projects per programme, when the build includes them. */
type ProjectTotals = NonNullable<Manifest['counts']['projects']>;

const OUTLOOK_ATTRIBUTION: Manifest['attribution'] = [
	{
		ja: '出典：総務省統計局『令和7年国勢調査 人口速報集計』（e-Stat）',
		en: 'Source: Statistics Bureau of Japan, 2025 Population Census, preliminary counts (e-Stat)',
		url: 'https://www.e-stat.go.jp/'
	},
	{
		ja: '出典：国立社会保障・人口問題研究所『日本の地域別将来推計人口（令和5(2023)年推計）』',
		en: 'Source: National Institute of Population and Social Security Research (IPSS), Regional Population Projections for Japan (2023)',
		url: 'https://www.ipss.go.jp/pp-shicyoson/j/shicyoson23/2gaiyo_hyo/gaiyo.asp'
	}
];

/** IPSS national total per year: municipalities with their own figures plus each area once. */
export function projectedTotals(outlook: OutlookTable): number[] {
	return outlook.years.map((_, index) => {
		const own = outlook.municipalities.reduce((sum, row) => sum + (row.projected?.[index] ?? 0), 0);
		return own + outlook.areas.reduce((sum, area) => sum + area.projected[index], 0);
	});
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export function buildManifest(
	inputs: { name: string; bytes: Buffer }[],
	municipalities: Municipality[],
	spheres: Sphere[],
	northernTerritoryVillages: number,
	prefectures: number,
	projects: ProjectTotals | null = null,
	teijuIncompletePrefectures: IncompletePrefecture[] = [],
	outlook: OutlookTable | null = null
): Manifest {
	const active = (kind: SphereKind) => spheres.filter((s) => s.kind === kind && !s.endedOn).length;
	const partial = spheres.filter((s) => s.kind === 'teiju' && !s.endedOn && s.membersPartial).length;
	const teijuShare = Math.round((active('teiju') / OFFICIAL_SPHERE_COUNTS.teiju.count) * 100);
	return {
		schemaVersion: GEODATA_SCHEMA_VERSION,
		generatedFrom: inputs.map(({ name, bytes }) => ({ name, sha256: sha256(bytes) })),
		editions: {
			boundaries: '国土数値情報 行政区域データ N03 2021年版 (japan-topography s0010, 政令指定都市は市単位)',
			census: '令和2年国勢調査 都道府県・市区町村別の主な結果 (e-Stat statInfId 000032143614)',
			spheres: '連携中枢都市圏・定住自立圏 構成市町村一覧 (公開資料から編集)',
			...(outlook && {
				census2025: '令和7年国勢調査 人口速報集計 (e-Stat 0004050397, 0004050417)',
				projections:
					'国立社会保障・人口問題研究所 日本の地域別将来推計人口（令和5(2023)年推計） 結果表1 総人口'
			})
		},
		asOf: {
			boundaries: '2021-01-01',
			census: '2020-10-01',
			spheres: '2025-04-01',
			...(outlook && { census2025: '2025-10-01', projections: '2023-12-22' })
		},
		attribution: [
			{
				ja: '出典：「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
				en: 'Source: National Land Numerical Information, Administrative Zones (N03, 2021), MLIT; edited (simplified, wards merged)',
				url: 'https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03-v3_1.html'
			},
			{
				ja: '出典：総務省統計局『令和2年国勢調査 都道府県・市区町村別の主な結果』（e-Stat）を加工して作成',
				en: 'Source: Statistics Bureau of Japan, 2020 Population Census, major results by municipality (e-Stat); edited',
				url: 'https://www.e-stat.go.jp/stat-search/files?layout=datalist&toukei=00200521&tstat=000001049104&tclass1=000001049105&stat_infid=000032143614'
			},
			{
				ja: '簡略化データ：SmartNews Media Research Institute (japan-topography)',
				en: 'Simplified boundaries: SmartNews Media Research Institute (japan-topography)',
				url: 'https://github.com/smartnews-smri/japan-topography'
			},
			...(outlook ? OUTLOOK_ATTRIBUTION : [])
		],
		counts: {
			municipalities: municipalities.length,
			northernTerritoryVillages,
			prefectures,
			spheres: { renkei: active('renkei'), teiju: active('teiju') },
			supersededSpheres: spheres.filter((s) => s.endedOn).length,
			population2020: municipalities.reduce((sum, m) => sum + m.pop2020, 0),
			...(outlook && {
				population2025: outlook.municipalities.reduce((sum, row) => sum + row.pop2025, 0),
				projectedTotals: projectedTotals(outlook)
			}),
			...(projects && { projects })
		},
		coverage: [
			{
				kind: 'renkei',
				complete: active('renkei') === OFFICIAL_SPHERE_COUNTS.renkei.count,
				note: `${active('renkei')} 圏域を収録 (${OFFICIAL_SPHERE_COUNTS.renkei.when})。一部の協約日は不明。`,
				officialCount: OFFICIAL_SPHERE_COUNTS.renkei.count,
				incompletePrefectures: []
			},
			{
				kind: 'teiju',
				complete: false,
				note:
					`${active('teiju')} 圏域を収録、全国約 ${OFFICIAL_SPHERE_COUNTS.teiju.count} 圏域の約 ${teijuShare}% ` +
					`(${OFFICIAL_SPHERE_COUNTS.teiju.when})。うち ${partial} 圏域は構成市町村の一部のみ確認。日付は一部不明または年月のみ。`,
				officialCount: OFFICIAL_SPHERE_COUNTS.teiju.count,
				incompletePrefectures: teijuIncompletePrefectures
			}
		],
		files: {
			topology: OUTPUT_FILES.topology,
			municipalities: OUTPUT_FILES.municipalities,
			spheres: OUTPUT_FILES.spheres,
			...(projects && { projects: OUTPUT_FILES.projects }),
			...(outlook && { outlook: OUTPUT_FILES.outlook })
		}
	};
}
