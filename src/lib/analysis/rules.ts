/**
 * Eligibility rules as data. Each criterion mirrors an entry of
 * `../shared/data/spheres/RULES.md` (verification pass 2): its threshold, its wording, the
 * pages that state it, and whether any page states it at all (`verified`). Evaluation code
 * reads thresholds only from here, so a revision of the 要綱 is a change to this file and
 * a bump of `version`.
 */

/**
 * A page or document a rule is read from, as users see it cited: who issued it, its title
 * where we have it (or what the page states), its date and its address where one is known.
 */
export interface Citation {
	issuer: string;
	title?: string;
	/** What the page states, when its title is not known. */
	about?: string;
	date?: string;
	url?: string;
}

export const RULE_SOURCES = {
	seed: {
		issuer: '総務省',
		title: '地方の創生（地域と関わる「関係人口」の創出拡大等） 概要説明資料 【連携中枢都市圏とは】',
		date: '2019-11-17'
	},
	yamagataGifu: {
		issuer: '山県市',
		about: '連携中枢都市の要件',
		url: 'https://www.city.yamagata.gifu.jp/soshiki/kikaku/2690.html'
	},
	shimane: {
		issuer: '島根県',
		about: '連携中枢都市圏構想推進要綱 第3・第9（参考）',
		url: 'https://www1.pref.shimane.lg.jp/admin/sichoson/sichoson_info/renkeichusutoshiken'
	},
	awara: {
		issuer: 'あわら市',
		about: '連携中枢都市圏の通勤通学割合',
		url: 'https://www.city.awara.lg.jp/mokuteki/cityinfo/cityinfo01/cityinfo0101/p009690.html'
	},
	kumamoto: {
		issuer: '熊本市',
		about: '連携中枢都市宣言（10%未満で連携の意思を有する市町村も記載）'
	},
	expydoc: {
		issuer: '総務省',
		title: '全国の定住自立圏の取組状況について',
		url: 'https://expydoc.com/doc/7581306/'
	},
	takikawa: {
		issuer: '滝川市',
		about: '定住自立圏の中心市の要件',
		url: 'https://www.city.takikawa.lg.jp/page/1139.html'
	},
	minamiboso: {
		issuer: '南房総市',
		about: '定住自立圏の中心市の要件',
		url: 'https://www.city.minamiboso.chiba.jp/0000012632.html'
	},
	happo: {
		issuer: '八峰町',
		about: '定住自立圏の地域要件',
		url: 'https://www.town.happo.lg.jp/archive/contents-344'
	},
	anan: {
		issuer: '阿南市',
		about: '定住自立圏の中心市の要件（総務省の要約の引用）',
		url: 'https://www.city.anan.tokushima.jp/docs/2016040400012/'
	},
	fukagawa: {
		issuer: '深川市',
		about: '定住自立圏構想推進要綱の改正（平成27年国勢調査）',
		url: 'http://www.city.fukagawa.lg.jp/cms/mobile/section/kikaku/uo2pli000001ccsd.html'
	}
} as const satisfies Record<string, Citation>;

export type RuleSourceKey = keyof typeof RULE_SOURCES;

export interface CriterionRule {
	/** Short Japanese name of the measured quantity, e.g. 「昼夜間人口比率」. */
	title: string;
	/** The requirement as the sources word it, e.g. 「おおむね1以上」. */
	wording: string;
	threshold: number | null;
	/** At least one cited page states this requirement (RULES.md tag [verified: …]). */
	verified: boolean;
	/** Section of the rules notes it mirrors (see the README); for maintainers, not shown. */
	section: string;
	sources: readonly RuleSourceKey[];
	/** Our own reading where the sources stop short; shown with the result. */
	note?: string;
}

const rule = <const T extends CriterionRule>(value: T): T => value;

/** How the member commuting criterion is measured; shown with every result. */
const COMMUTING_METHOD_NOTE =
	'share = persons (member → centre) / all commuters of the member: 通勤者＋通学者, working at home excluded, ' +
	'原数値 (2020 census, e-Stat 0003454527). With two centres, the share to both together. ' +
	'Members under 10% may still join on other grounds (RULES.md §1.4, §2.3): a fail is advice, not a verdict.';

export const ELIGIBILITY_RULES = {
	version: '1.1.0',
	basedOn: 'shared/data/spheres/RULES.md, verification pass 2',
	/**
	 * Neither 要綱 was read; which census they use is unverified for 連携中枢都市圏 and a
	 * parameter for 定住自立圏 (switched to H27 in 2017-10). We default to the latest (R2).
	 */
	censusBasis: rule({
		title: '国勢調査の年次',
		wording: '最新の国勢調査 (R2) を既定とする',
		threshold: null,
		verified: false,
		section: '§1.3a, §2.2',
		sources: ['fukagawa']
	}),
	centreCount: rule({
		title: '中心市の数',
		wording: '1市、又は隣接する2市',
		threshold: null,
		verified: true,
		section: '§1.2, §1.3, §2.2, §2.5',
		sources: ['seed', 'shimane', 'expydoc']
	}),
	/**
	 * The commuting table keeps only what the member criterion can need
	 * (scripts/lib/commuting.ts proves it from these numbers): the near band reaches at most
	 * `maxTolerance` below the 10% threshold, and flows under `storedShareFloor` are dropped
	 * unless a neighbour or co-centre of their destination receives `maxTolerance`'s floor
	 * minus `storedShareFloor` or more.
	 */
	commuting: {
		threshold: 0.1,
		maxTolerance: 0.05,
		storedShareFloor: 0.01
	},
	metroArea: {
		...rule({
			title: '三大都市圏',
			wording: '三大都市圏の都府県 (reading (b): 東京圏・名古屋圏・大阪圏の11都府県)',
			threshold: null,
			verified: false,
			section: '§1.2 (Definition of 三大都市圏), §2.2',
			sources: ['anan'],
			note: 'The 要綱 definition was not found; readings (a) 整備法 zones and (c) 10% commuting areas are not implemented.'
		}),
		reading: 'b' as const,
		prefectureCodes: ['11', '12', '13', '14', '21', '23', '24', '26', '27', '28', '29'] as readonly string[]
	},
	renkei: {
		centre: {
			type: rule({
				title: '市の種類',
				wording: '指定都市又は中核市',
				threshold: null,
				verified: true,
				section: '§1.2',
				sources: ['seed', 'yamagataGifu', 'shimane']
			}),
			population: rule({
				title: '人口',
				wording: '20万人以上',
				threshold: 200_000,
				verified: true,
				section: '§1.2',
				sources: ['seed', 'yamagataGifu', 'shimane'],
				note: 'The sources give 20万 as the 中核市 threshold ("指定都市、中核市(人口20万以上)"); checked as stated.'
			}),
			dayNightRatio: rule({
				title: '昼夜間人口比率',
				wording: 'おおむね1以上',
				threshold: 1,
				verified: true,
				section: '§1.2',
				sources: ['seed', 'yamagataGifu', 'shimane'],
				note: '"おおむね" is not quantified by the sources; the tolerance below 1 that counts as near is a parameter.'
			}),
			location: rule({
				title: '所在',
				wording: '三大都市圏外 (区域内は政令指定都市・特別区への通勤通学割合10%未満なら可)',
				threshold: 0.1,
				verified: false,
				section: '§1.2',
				sources: ['yamagataGifu', 'shimane', 'seed'],
				note: 'Restated by municipal pages; the 要綱 wording and the 三大都市圏 definition are unverified.'
			})
		},
		pair: {
			adjacent: rule({
				title: '隣接',
				wording: '隣接する2つの市',
				threshold: null,
				verified: true,
				section: '§1.3',
				sources: ['shimane', 'seed']
			}),
			type: rule({
				title: '市の種類',
				wording: '市',
				threshold: null,
				verified: true,
				section: '§1.3',
				sources: ['shimane', 'seed']
			}),
			population: rule({
				title: '人口',
				wording: '各市 10万人程度以上',
				threshold: 100_000,
				verified: true,
				section: '§1.3',
				sources: ['shimane', 'seed'],
				note: '"程度" is not quantified; the share of 10万 that counts as near is a parameter (our reading).'
			}),
			dayNightRatio: rule({
				title: '昼夜間人口比率',
				wording: '各市 1以上',
				threshold: 1,
				verified: true,
				section: '§1.3',
				sources: ['shimane', 'seed']
			}),
			combinedPopulation: rule({
				title: '人口の合計',
				wording: '20万人を超え (seed) / 20万人以上 (島根県)',
				threshold: 200_000,
				verified: true,
				section: '§1.3',
				sources: ['seed', 'shimane'],
				note: 'The sources disagree at exactly 200,000 (> vs ≥); that boundary case is reported as near.'
			}),
			travelTime: rule({
				title: '交通圏',
				wording: '双方が概ね1時間以内の交通圏',
				threshold: 60,
				verified: true,
				section: '§1.3',
				sources: ['shimane', 'seed']
			}),
			equivalentEffort: rule({
				title: '取組',
				wording: '連携中枢都市圏と同等の取組が見込まれる',
				threshold: null,
				verified: true,
				section: '§1.3',
				sources: ['seed']
			}),
			location: rule({
				title: '所在',
				wording: '各市 三大都市圏外 (区域内は通勤通学割合10%未満なら可)',
				threshold: 0.1,
				verified: false,
				section: '§1.2, §1.3',
				sources: ['seed'],
				note: 'The seed forms the sphere "地方圏において"; that it applies to each of the two cities is our reading.'
			})
		},
		members: {
			commuting: rule({
				title: '通勤通学割合',
				wording: '連携中枢都市への通勤通学10%以上 (原則; 10%未満でも参加可)',
				threshold: 0.1,
				verified: true,
				section: '§1.4',
				sources: ['yamagataGifu', 'awara', 'kumamoto'],
				note: COMMUTING_METHOD_NOTE
			})
		}
	},
	teiju: {
		centre: {
			type: rule({
				title: '市の種類',
				wording: '市',
				threshold: null,
				verified: true,
				section: '§2.2',
				sources: ['seed', 'anan']
			}),
			population: {
				...rule({
					title: '人口',
					wording: '5万人程度以上 (少なくとも4万人超)',
					threshold: 50_000,
					verified: true,
					section: '§2.2',
					sources: ['expydoc', 'takikawa', 'minamiboso', 'seed']
				}),
				/** Strictly above this is at least near; at or below it fails. */
				floor: 40_000
			},
			dayNightRatio: rule({
				title: '昼夜間人口比率',
				wording: '1以上',
				threshold: 1,
				verified: true,
				section: '§2.2',
				sources: ['expydoc', 'seed']
			}),
			mergedCityRatio: rule({
				title: '合併市の人口最大の旧市の昼夜間人口比率',
				wording: '1以上 (合併市の場合)',
				threshold: 1,
				verified: true,
				section: '§2.2, §2.4',
				sources: ['expydoc'],
				note: 'The bundled data has neither merger history nor former-city figures.'
			}),
			location: rule({
				title: '所在',
				wording: '原則 三大都市圏外 (地域要件)',
				threshold: null,
				verified: false,
				section: '§2.2',
				sources: ['happo', 'anan', 'expydoc'],
				note: 'That a location requirement exists is verified; the 三大都市圏 definition and any in-area exception are not.'
			})
		},
		pair: {
			adjacent: rule({
				title: '隣接',
				wording: '隣接する2つの市 (複眼型中心市)',
				threshold: null,
				verified: true,
				section: '§2.5',
				sources: ['expydoc', 'takikawa']
			}),
			type: rule({
				title: '市の種類',
				wording: '市',
				threshold: null,
				verified: true,
				section: '§2.5',
				sources: ['expydoc', 'takikawa']
			}),
			dayNightRatio: rule({
				title: '昼夜間人口比率',
				wording: '各市 1以上',
				threshold: 1,
				verified: true,
				section: '§2.5',
				sources: ['expydoc']
			}),
			mergedCityRatio: rule({
				title: '合併市の人口最大の旧市の昼夜間人口比率',
				wording: '1以上 (合併市の場合)',
				threshold: 1,
				verified: true,
				section: '§2.2, §2.5',
				sources: ['expydoc'],
				note: 'The bundled data has neither merger history nor former-city figures.'
			}),
			combinedPopulation: rule({
				title: '人口の合計',
				wording: '4万人超',
				threshold: 40_000,
				verified: true,
				section: '§2.5',
				sources: ['takikawa']
			}),
			location: rule({
				title: '所在',
				wording: '各市 地域要件 (原則 三大都市圏外)',
				threshold: null,
				verified: false,
				section: '§2.5',
				sources: ['expydoc'],
				note: 'That each city must meet the 地域要件 is verified; the 三大都市圏 definition is not.'
			})
		},
		members: {
			commuting: rule({
				title: '通勤通学割合',
				wording: '通勤通学10%圏などを考慮して関係市町村が決める',
				threshold: 0.1,
				verified: true,
				section: '§2.3',
				sources: ['expydoc'],
				note: COMMUTING_METHOD_NOTE
			})
		}
	}
} as const;

/** The adjustable parts of the rules: sources leave them open, so the UI may expose them. */
export interface EligibilityParameters {
	/** 連携中枢都市 「おおむね1以上」: a ratio in [1 − tolerance, 1) is near rather than fail. */
	renkeiRatioTolerance: number;
	/** 連携中枢 two-city 「10万人程度以上」: a population in [fraction × 10万, 10万) is near. */
	renkeiPairPopulationNearFraction: number;
	/** Prefectures treated as 三大都市圏 (reading (b) of RULES.md §1.2). */
	metroAreaPrefectureCodes: readonly string[];
	/** A member commuting share in [10% − tolerance, 10%) is near (at most `commuting.maxTolerance`). */
	commutingTolerance: number;
}

export const DEFAULT_ELIGIBILITY_PARAMETERS: EligibilityParameters = {
	renkeiRatioTolerance: 0.01,
	// Mirrors 定住自立圏's 「5万人程度以上, 少なくとも4万人超」 (4/5); our inference, not a source.
	renkeiPairPopulationNearFraction: 0.8,
	metroAreaPrefectureCodes: ELIGIBILITY_RULES.metroArea.prefectureCodes,
	// Our choice: 8–10% reads as near; the sources name no band.
	commutingTolerance: 0.02
};

export function resolveParameters(overrides: Partial<EligibilityParameters> = {}): EligibilityParameters {
	const parameters = { ...DEFAULT_ELIGIBILITY_PARAMETERS, ...overrides };
	const { maxTolerance } = ELIGIBILITY_RULES.commuting;
	const tolerance = Math.min(Math.max(parameters.commutingTolerance, 0), maxTolerance);
	return { ...parameters, commutingTolerance: Number.isFinite(tolerance) ? tolerance : 0 };
}

/** 「総務省「…」 2019-11-17」, or 「山県市のページ（…） https://…」. */
export function formatCitation(citation: Citation): string {
	const what = citation.title ? `「${citation.title}」` : `のページ（${citation.about ?? ''}）`;
	return [`${citation.issuer}${what}`, citation.date, citation.url].filter(Boolean).join(' ');
}

/** The 要綱 a rule restates, from the part of the notes its section lies in (§1 連携中枢, §2 定住自立). */
function guidelinesOf(section: string): string {
	const parts = new Set([...section.matchAll(/§(\d)/g)].map((match) => match[1]));
	const names = [
		parts.has('1') ? '連携中枢都市圏構想推進要綱' : null,
		parts.has('2') ? '定住自立圏構想推進要綱' : null
	].filter((name) => name !== null);
	return `${names.join('・')}（総務省）の要件、公開資料による`;
}

/** "<要綱> — source; source" for a criterion result: what users see cited. */
export function citeRule(criterionRule: CriterionRule): string {
	const sources = criterionRule.sources.map((key) => formatCitation(RULE_SOURCES[key])).join('; ');
	return `${guidelinesOf(criterionRule.section)} — ${sources}`;
}
