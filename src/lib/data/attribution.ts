import type { Manifest } from './types';

export interface Credit {
	text: string;
	url: string;
}

/** Shown until the manifest has loaded, and if it cannot be loaded. */
export const DEFAULT_CREDITS: readonly Credit[] = [
	{
		text: '出典：「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
		url: 'https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03-v3_1.html'
	},
	{
		text: '出典：総務省統計局『令和2年国勢調査』（e-Stat）を加工して作成',
		url: 'https://www.e-stat.go.jp/'
	}
];

/** Only http(s) links are rendered, whatever the data says. */
function isWebUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'https:' || protocol === 'http:';
	} catch {
		return false;
	}
}

export function creditsFromManifest(manifest: Manifest | null): readonly Credit[] {
	const credits = (manifest?.attribution ?? [])
		.filter((entry) => entry.ja.trim() !== '' && isWebUrl(entry.url))
		.map((entry) => ({ text: entry.ja, url: entry.url }));
	return credits.length > 0 ? credits : DEFAULT_CREDITS;
}
