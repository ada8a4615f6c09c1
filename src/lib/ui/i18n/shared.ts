/** Words every page shares, defined once; each page's table spreads them in. */
import type { SphereKind } from '$lib/data/types';
import type { Lang, Texts } from './index';

/** The official names of the two kinds of sphere, used as they are in both languages. */
export const SPHERE_KIND_NAMES: Readonly<Record<SphereKind, string>> = {
	renkei: '連携中枢都市圏',
	teiju: '定住自立圏'
};

export interface SharedWords {
	lang: Lang;
	/** BCP 47 locale for numbers. */
	locale: string;
	appName: string;
	/** The button that switches to the other language, in that language. */
	switchLanguage: string;
	switchLanguageLabel: string;
	credits: string;
	dismiss: string;
	close: string;
	/** Kind of sphere as a label: the official name, glossed in English. */
	sphereKinds: Record<SphereKind, string>;
	/** Both kinds together, as in a subtitle. */
	bothKinds: string;
	centreCity: string;
	prefecture: string;
	/** The date the data describe, its census and its boundaries. */
	dataDates: (spheres: string, census: string, boundaries: string) => string;
	teijuIncompleteNote: (note: string) => string;
}

export const SHARED_TEXT: Texts<SharedWords> = {
	ja: {
		lang: 'ja',
		locale: 'ja-JP',
		appName: '圏域アトラス',
		switchLanguage: 'English',
		switchLanguageLabel: 'Switch to English',
		credits: '出典',
		dismiss: '閉じる',
		close: '閉じる',
		sphereKinds: SPHERE_KIND_NAMES,
		bothKinds: `${SPHERE_KIND_NAMES.renkei}・${SPHERE_KIND_NAMES.teiju}`,
		centreCity: '中心市',
		prefecture: '都道府県',
		dataDates: (spheres, census, boundaries) =>
			`データ時点: 圏域 ${spheres} / 人口 令和2年国勢調査 (${census}) / 境界 ${boundaries}`,
		teijuIncompleteNote: (note) => `${SPHERE_KIND_NAMES.teiju}の収録は不完全です: ${note}`
	},
	en: {
		lang: 'en',
		locale: 'en-GB',
		appName: "Ken'iki Atlas",
		switchLanguage: '日本語',
		switchLanguageLabel: '日本語に切り替える',
		credits: 'Sources',
		dismiss: 'Dismiss',
		close: 'Close',
		sphereKinds: {
			renkei: `${SPHERE_KIND_NAMES.renkei} (central city region)`,
			teiju: `${SPHERE_KIND_NAMES.teiju} (settlement region)`
		},
		bothKinds: `${SPHERE_KIND_NAMES.renkei} and ${SPHERE_KIND_NAMES.teiju}`,
		centreCity: 'Centre city',
		prefecture: 'Prefecture',
		dataDates: (spheres, census, boundaries) =>
			`Data as of: spheres ${spheres} / population 2020 census (${census}) / boundaries ${boundaries}`,
		teijuIncompleteNote: (note) => `The ${SPHERE_KIND_NAMES.teiju} list is incomplete: ${note}`
	}
};
