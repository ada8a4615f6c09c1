import { createHash } from 'node:crypto';
import type {
	IncompletePrefecture,
	Manifest,
	Municipality,
	Sphere,
	SphereKind
} from '../../src/lib/data/types';
import { GEODATA_SCHEMA_VERSION } from '../../src/lib/data/types';

export const OUTPUT_FILES = {
	topology: 'japan.topo.json',
	municipalities: 'municipalities.json',
	spheres: 'spheres.json',
	projects: 'projects.json',
	commuting: 'commuting.json',
	uea: 'uea.json',
	manifest: 'manifest.json'
} as const;

/** National figures the spheres lists are compared with (spheres/SOURCE.md §0–§1). */
const OFFICIAL_SPHERE_COUNTS: Record<SphereKind, { count: number; when: string }> = {
	renkei: { count: 38, when: '総務省 2024-04-01: 38 圏域 / 40 市' },
	teiju: { count: 130, when: '総務省 2023-11: 130 圏域 / 140 中心市宣言' }
};

const COMMUTING_ATTRIBUTION = [
	{
		ja: '出典：総務省統計局『令和2年国勢調査 従業地・通学地による人口・就業状態等集計』（e-Stat 統計表ID 0003454527）を加工して作成',
		en: 'Source: Statistics Bureau of Japan, 2020 Population Census, place of work or schooling (e-Stat table 0003454527); edited',
		url: 'https://www.e-stat.go.jp/dbview?sid=0003454527'
	},
	{
		ja: '都市雇用圏：東京大学空間情報科学研究センター（CSIS）都市雇用圏 2020、金本良嗣・徳岡一幸 (2002)「日本の都市圏設定基準」『応用地域学研究』7',
		en: 'Urban Employment Areas 2020: CSIS, University of Tokyo (UEA); Kanemoto & Tokuoka (2002), "Proposal for the Standards of Metropolitan Areas of Japan"',
		url: 'http://www.csis.u-tokyo.ac.jp/UEA/'
	}
];

/** Model projects per programme, when the build includes them. */
type ProjectTotals = NonNullable<Manifest['counts']['projects']>;

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export function buildManifest(
	inputs: { name: string; bytes: Buffer }[],
	municipalities: Municipality[],
	spheres: Sphere[],
	northernTerritoryVillages: number,
	prefectures: number,
	projects: ProjectTotals | null = null,
	teijuIncompletePrefectures: IncompletePrefecture[] = [],
	commuting: { prefectures: string[]; allPrefectures: string[] } | null = null
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
			spheres: '連携中枢都市圏・定住自立圏 構成市町村一覧 (公開資料から編集)'
		},
		asOf: { boundaries: '2021-01-01', census: '2020-10-01', spheres: '2025-04-01' },
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
			}
		],
		counts: {
			municipalities: municipalities.length,
			northernTerritoryVillages,
			prefectures,
			spheres: { renkei: active('renkei'), teiju: active('teiju') },
			supersededSpheres: spheres.filter((s) => s.endedOn).length,
			population2020: municipalities.reduce((sum, m) => sum + m.pop2020, 0),
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
			...(commuting && { commuting: OUTPUT_FILES.commuting, uea: OUTPUT_FILES.uea })
		},
		...(commuting && {
			commuting: {
				table: '令和2年国勢調査 従業地・通学地集計 表6-1 (e-Stat 0003454527), 原数値',
				asOf: '2020-10-01',
				prefectures: commuting.prefectures,
				missingPrefectures: commuting.allPrefectures.filter((code) => !commuting.prefectures.includes(code)),
				uea: '都市雇用圏 2020 (CSIS UEA; 金本・徳岡 2002)',
				attribution: COMMUTING_ATTRIBUTION
			}
		})
	};
}
