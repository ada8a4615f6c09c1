/**
 * Known gaps of the 定住自立圏 list, per prefecture: the data behind
 * `manifest.coverage[kind = 'teiju'].incompletePrefectures`.
 *
 * Taken from ../shared/data/spheres/SOURCE.md (§0, §4, §5) and the gap-filling notes
 * teiju_add_east.md, teiju_add_central.md and teiju_add_west.md, then checked against what
 * the list now holds. §5 items settled since then, and therefore not listed here:
 * - 伊那市: now listed (`ina`, with 箕輪町 and 南箕輪村), members complete.
 * - 南相馬市: now listed (`minamisoma`); only its status after 2011 is open (listed below).
 * - くしろ, 幡多, 延岡, 日向, 伊万里: now listed, but partial or unverified (listed below).
 * - 八溝山周辺地域: only its vision date is missing, which changes no coverage figure.
 * - 岩手 (宮古・久慈・二戸・花巻): 大船渡・住田 was 「県内4例目」 in 2019, and all four are listed.
 * - 宮城 (気仙沼・登米): the 宮城県 page (R4-10) lists only 大崎 and 石巻, both listed.
 * - 京都 (北部5市): they use a voluntary 京都府北部地域連携都市圏 instead (teiju_add_central.md §2).
 * - 鹿児島 (奄美等): the 鹿児島県 page (2018-06-13) lists five spheres, all listed.
 */
import type { IncompletePrefecture, Municipality, Sphere } from '../../src/lib/data/types';

export type TeijuGapKind =
	/** A sphere, or a 中心市宣言, known or likely to exist, with no row in the list. */
	| 'not-listed'
	/** A listed sphere with only some of its members confirmed. */
	| 'members-partial'
	/** A listed sphere whose formation, form or continued existence is unverified. */
	| 'status-unverified'
	/**
	 * A prefecture §5 left unsurveyed: candidate centres were searched later without result,
	 * but no prefectural list or count proves there is no other sphere.
	 */
	| 'absence-unconfirmed';

export interface NamedMunicipality {
	code: string;
	name: string;
}

export interface TeijuGap {
	prefCode: string;
	kind: TeijuGapKind;
	reason: string;
	source: string;
	/** The listed sphere the gap is about ('members-partial', 'status-unverified'). */
	sphereId?: string;
	/** Centres that lead no listed sphere ('not-listed', 'absence-unconfirmed'). */
	centres?: NamedMunicipality[];
}

export const TEIJU_GAPS: readonly TeijuGap[] = [
	{
		prefCode: '01',
		kind: 'members-partial',
		sphereId: 'kushiro',
		reason:
			'釧路定住自立圏: 構成町村は釧路町のみ確認。釧路管内の他の6町村 (厚岸町・浜中町・標茶町・弟子屈町・鶴居村・白糠町と推定) は未収録',
		source: 'SOURCE.md §0, §5; teiju_add_east.md §1'
	},
	{
		prefCode: '07',
		kind: 'not-listed',
		centres: [{ code: '07208', name: '喜多方市' }],
		reason: '喜多方市: 中心市宣言 2015-12-24。協定・構成市町村が未確認のため未収録',
		source: 'SOURCE.md §5; teiju_add_east.md §3 (paperzz 5576132)'
	},
	{
		prefCode: '07',
		kind: 'status-unverified',
		sphereId: 'minamisoma',
		reason: '南相馬市・飯舘村の定住自立圏: 2011年以降の存続と正式名称が未確認',
		source: 'teiju_add_east.md §1, §3'
	},
	{
		prefCode: '07',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '07202', name: '会津若松市' },
			{ code: '07209', name: '相馬市' },
			{ code: '07204', name: 'いわき市' }
		],
		reason: '会津若松市・相馬市・いわき市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_east.md §2'
	},
	{
		prefCode: '08',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '08227', name: '筑西市' },
			{ code: '08202', name: '日立市' },
			{ code: '08203', name: '土浦市' },
			{ code: '08204', name: '古河市' }
		],
		reason: '筑西市・日立市・土浦市・古河市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_east.md §2'
	},
	{
		prefCode: '09',
		kind: 'status-unverified',
		sphereId: 'nikko',
		reason: '日光市定住自立圏 (合併1市): 宣言・形成方針の日付がなく、形成そのものが未確認',
		source: 'teiju_add_east.md §1, §3'
	},
	{
		prefCode: '09',
		kind: 'status-unverified',
		sphereId: 'sano',
		reason: '佐野市定住自立圏: 合併1市の形態は第三者資料のみによる (近隣市町村と組む圏域なら構成が不足)',
		source: 'teiju_add_east.md §1, §3'
	},
	{
		prefCode: '10',
		kind: 'not-listed',
		centres: [{ code: '10210', name: '富岡市' }],
		reason:
			'富岡市 (甘楽富岡地域定住自立圏構想): 中心市宣言 2020-03-25。協定日・構成町村 (下仁田町・南牧村・甘楽町か) が未確認のため未収録',
		source: 'SOURCE.md §3, §5; teiju_add_east.md §3 (kokudo.or.jp, comons.me)'
	},
	{
		prefCode: '10',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '10208', name: '渋川市' },
			{ code: '10209', name: '藤岡市' },
			{ code: '10207', name: '館林市' }
		],
		reason: '渋川市・藤岡市・館林市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_east.md §2'
	},
	{
		prefCode: '12',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '12215', name: '旭市' },
			{ code: '12202', name: '銚子市' },
			{ code: '12236', name: '香取市' }
		],
		reason: '旭市・銚子市・香取市: 定住自立圏は見つからないが (県内で確認できたのは館山市のみ)、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_east.md §2'
	},
	{
		prefCode: '16',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '16204', name: '魚津市' },
			{ code: '16207', name: '黒部市' }
		],
		reason: '魚津市・黒部市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §3'
	},
	{
		prefCode: '17',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '17203', name: '小松市' },
			{ code: '17206', name: '加賀市' },
			{ code: '17204', name: '輪島市' }
		],
		reason: '小松市・加賀市・輪島市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §2–3'
	},
	{
		prefCode: '18',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '18202', name: '敦賀市' },
			{ code: '18204', name: '小浜市' }
		],
		reason: '敦賀市・小浜市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §3'
	},
	{
		prefCode: '22',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '22213', name: '掛川市' },
			{ code: '22207', name: '富士宮市' },
			{ code: '22208', name: '伊東市' },
			{ code: '22219', name: '下田市' },
			{ code: '22215', name: '御殿場市' }
		],
		reason:
			'掛川市・富士宮市・伊東市・下田市・御殿場市: 定住自立圏は見つからないが (2017年の県議会答弁は連携中枢都市圏と連携協約のみ)、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §3'
	},
	{
		prefCode: '29',
		kind: 'absence-unconfirmed',
		centres: [{ code: '29207', name: '五條市' }],
		reason: '五條市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §3'
	},
	{
		prefCode: '30',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '30206', name: '田辺市' },
			{ code: '30207', name: '新宮市' },
			{ code: '30203', name: '橋本市' },
			{ code: '30205', name: '御坊市' }
		],
		reason: '田辺市・新宮市・橋本市・御坊市: 定住自立圏は見つからないが、県の一覧が得られず不在は未確認',
		source: 'SOURCE.md §5; teiju_add_central.md §3'
	},
	{
		prefCode: '32',
		kind: 'not-listed',
		centres: [{ code: '32202', name: '浜田市' }],
		reason:
			'浜田市: 「浜田市定住自立圏構想」のページがあり存在の可能性が高いが、構成・日付が未確認のため未収録',
		source: 'SOURCE.md §5; teiju_add_west.md §2 (city.hamada 1473379117600)'
	},
	{
		prefCode: '32',
		kind: 'absence-unconfirmed',
		centres: [{ code: '32209', name: '雲南市' }],
		reason: '雲南市: 定住自立圏は見つからないが、不在は未確認',
		source: 'teiju_add_west.md §2'
	},
	{
		prefCode: '34',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '34209', name: '三次市' },
			{ code: '34208', name: '府中市' }
		],
		reason: '三次市・府中市: 定住自立圏は見つからないが (府中市は個別には未検索)、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	},
	{
		prefCode: '35',
		kind: 'status-unverified',
		sphereId: 'yamaguchi-city',
		reason: '山口市定住自立圏 (合併1市): 2017年に山口市が連携中枢都市となった後の存続は未確認',
		source: 'SOURCE.md §4 (10); teiju_add_west.md §4'
	},
	{
		prefCode: '36',
		kind: 'absence-unconfirmed',
		centres: [{ code: '36207', name: '美馬市' }],
		reason: '美馬市: 定住自立圏は見つからないが (県内で確認できたのは南阿波と徳島東部のみ)、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	},
	{
		prefCode: '37',
		kind: 'not-listed',
		centres: [{ code: '37205', name: '観音寺市' }],
		reason: '観音寺市: 中心市宣言 2009-10-21。圏域の形成が未確認のため未収録',
		source: 'teiju_add_west.md §2 (city.kanonji 700)'
	},
	{
		prefCode: '38',
		kind: 'not-listed',
		centres: [{ code: '38202', name: '今治市' }],
		reason:
			'今治市: 「今治市定住自立圏構想」のページがあり存在の可能性が高いが、構成・日付が未確認のため未収録',
		source: 'teiju_add_west.md §2 (city.imabari teijyu)'
	},
	{
		prefCode: '38',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '38204', name: '八幡浜市' },
			{ code: '38207', name: '大洲市' },
			{ code: '38206', name: '西条市' },
			{ code: '38205', name: '新居浜市' },
			{ code: '38213', name: '四国中央市' }
		],
		reason: '八幡浜市・大洲市・西条市・新居浜市・四国中央市: 定住自立圏は見つからないが、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	},
	{
		prefCode: '39',
		kind: 'members-partial',
		sphereId: 'hata',
		reason:
			'四万十市・宿毛市の定住自立圏 (幡多): 構成町は黒潮町のみ確認。土佐清水市・大月町・三原村は未確認のため未収録、名称・日付も未確認',
		source: 'SOURCE.md §0, §5; teiju_add_west.md §3 (1)'
	},
	{
		prefCode: '41',
		kind: 'status-unverified',
		sphereId: 'imari-arita',
		reason:
			'伊万里・有田地区定住自立圏: 両市町が2019年に西九州させぼ広域都市圏に加わった後の存続は未確認 (協定日も不明)',
		source: 'SOURCE.md §0, §5; teiju_add_west.md §3 (3)'
	},
	{
		prefCode: '42',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '42203', name: '島原市' },
			{ code: '42204', name: '諫早市' },
			{ code: '42209', name: '対馬市' },
			{ code: '42210', name: '壱岐市' }
		],
		reason: '島原市・諫早市・対馬市・壱岐市: 定住自立圏は見つからないが、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	},
	{
		prefCode: '44',
		kind: 'not-listed',
		centres: [{ code: '44204', name: '日田市' }],
		reason: '日田市: 2015年に1市1圏域の中心市宣言・形成方針を予定と報道。形成が未確認のため未収録',
		source: 'SOURCE.md §5; teiju_add_west.md §2 (hitafuji.com 5769)'
	},
	{
		prefCode: '44',
		kind: 'absence-unconfirmed',
		centres: [{ code: '44205', name: '佐伯市' }],
		reason: '佐伯市: 定住自立圏は見つからないが、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	},
	{
		prefCode: '45',
		kind: 'members-partial',
		sphereId: 'nobeoka',
		reason: '延岡市を中心とする宮崎県北の定住自立圏: 構成は日向市・門川町のみ確認。名称・日付も未確認',
		source: 'SOURCE.md §0, §5; teiju_add_west.md §3 (2)'
	},
	{
		prefCode: '45',
		kind: 'members-partial',
		sphereId: 'hyuga',
		reason: '日向圏域定住自立圏: 構成は門川町のみ確認 (美郷町・諸塚村・椎葉村か)。日付も未確認',
		source: 'SOURCE.md §0, §5; teiju_add_west.md §3 (2)'
	},
	{
		prefCode: '45',
		kind: 'not-listed',
		centres: [{ code: '45204', name: '日南市' }],
		reason: '日南市: 中心市宣言 2019-03-15。構成・形成が未確認のため未収録',
		source: 'SOURCE.md §3 (kokudo.or.jp); teiju_add_west.md §2'
	},
	{
		prefCode: '47',
		kind: 'absence-unconfirmed',
		centres: [
			{ code: '47207', name: '石垣市' },
			{ code: '47209', name: '名護市' }
		],
		reason:
			'石垣市・名護市: 定住自立圏は見つからないが (名護市は2018年に中心市宣言の意向を示したのみ)、不在は未確認',
		source: 'SOURCE.md §5; teiju_add_west.md §2'
	}
];

function gapError(gap: TeijuGap, problem: string): Error {
	const subject = gap.sphereId ?? gap.centres?.map((c) => c.name).join('・') ?? gap.prefCode;
	return new Error(
		`coverage gap ${gap.prefCode} ${subject}: ${problem}; update scripts/lib/coverage-gaps.ts`
	);
}

function checkCentres(
	gap: TeijuGap,
	municipalityByCode: ReadonlyMap<string, Municipality>,
	teijuCentres: ReadonlySet<string>
): void {
	for (const { code, name } of gap.centres ?? []) {
		const municipality = municipalityByCode.get(code);
		if (municipality?.name !== name || municipality.prefCode !== gap.prefCode) {
			throw gapError(gap, `${code} is not ${name} in prefecture ${gap.prefCode}`);
		}
		if (teijuCentres.has(code)) throw gapError(gap, `${name} now leads a listed 定住自立圏`);
	}
}

function checkSphere(gap: TeijuGap, sphereById: ReadonlyMap<string, Sphere>): void {
	if (gap.sphereId === undefined) return;
	const sphere = sphereById.get(gap.sphereId);
	if (sphere === undefined || sphere.kind !== 'teiju' || sphere.endedOn !== null) {
		throw gapError(gap, 'no such current 定住自立圏 in the list');
	}
	if (!sphere.members.some((m) => m.role === 'centre' && m.code.startsWith(gap.prefCode))) {
		throw gapError(gap, `the sphere has no centre in prefecture ${gap.prefCode}`);
	}
	if ((gap.kind === 'members-partial') !== sphere.membersPartial) {
		throw gapError(gap, `the list says membersPartial = ${sphere.membersPartial}`);
	}
}

/**
 * The gaps that apply to this build, each checked against the list: a 'not-listed' or
 * 'absence-unconfirmed' centre must still lead no current 定住自立圏, a named sphere must be
 * listed (and flagged partial exactly when the gap says so). A gap naming a municipality the
 * input lacks does not apply: the input is partial (the test fixture).
 */
export function applicableTeijuGaps(
	gaps: readonly TeijuGap[],
	municipalities: readonly Municipality[],
	spheres: readonly Sphere[]
): TeijuGap[] {
	const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
	const prefCodes = new Set(municipalities.map((m) => m.prefCode));
	const current = spheres.filter((s) => s.kind === 'teiju' && s.endedOn === null);
	const teijuCentres = new Set(current.flatMap((s) => s.centres));
	const sphereById = new Map(spheres.map((s) => [s.id, s]));
	const applicable = gaps.filter(
		(gap) =>
			prefCodes.has(gap.prefCode) && (gap.centres ?? []).every(({ code }) => municipalityByCode.has(code))
	);
	for (const gap of applicable) {
		checkCentres(gap, municipalityByCode, teijuCentres);
		checkSphere(gap, sphereById);
	}
	return applicable;
}

/**
 * Manifest form: one entry per prefecture with a gap, in code order. The reasons are what
 * users read; each gap's `source` names our research notes, so it stays here for maintainers.
 */
export function incompletePrefectures(gaps: readonly TeijuGap[]): IncompletePrefecture[] {
	const reasonsByPrefecture = new Map<string, string[]>();
	for (const gap of gaps) {
		const reasons = reasonsByPrefecture.get(gap.prefCode) ?? [];
		reasons.push(gap.reason);
		reasonsByPrefecture.set(gap.prefCode, reasons);
	}
	return [...reasonsByPrefecture]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([prefCode, reasons]) => ({ prefCode, reasons }));
}
