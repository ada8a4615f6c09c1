import { MEMBERS_CSV_KEYS, type MembersCsvWords } from '$lib/drafts/export';
import type { ImportReason } from '$lib/drafts/import';
import type { ShareIssue } from '$lib/drafts/share';
import type { StorageProblem } from '$lib/drafts/storage';
import type { Lang } from '$lib/state/types';

const ja = {
	open: '案をつくる（what-if）',
	heading: '圏域の案',
	close: '閉じる',
	copySphere: (name: string) => `「${name}」を写して案にする`,
	fromCentre: (name: string) => `${name}を中心市に案をつくる`,
	pickHint: '圏域か市区町村を選ぶと、そこから案を始められます。',
	untitled: '無題の案',
	drafts: '案の一覧',
	name: '名前',
	kind: '種類',
	kinds: { renkei: '連携中枢都市圏', teiju: '定住自立圏' },
	undo: '元に戻す',
	redo: 'やり直す',
	remove: '外す',
	deleteDraft: '案を削除',
	confirmDelete: (name: string) => `案「${name}」を削除しますか？元に戻せません。`,
	makeCentre: '中心市にする',
	unmakeCentre: '中心市から外す',
	centre: '中心市',
	clickHint: '地図をクリックすると市区町村を追加・削除します。検索からも追加できます。',
	addBySearch: '検索して追加',
	members: (n: number) => `構成市区町村（${n}）`,
	empty: 'まだ構成市区町村がありません。',
	notAdjacent: (names: string) => `${names}はどの構成市区町村とも隣接していません`,
	separatedGroup: (names: string) => `${names}は他の構成市区町村から離れています`,
	computing: '集計中…',
	analysisFailed: (d: string) => `集計できませんでした: ${d}`,
	compareHeading: (name: string) => `元の圏域「${name}」との比較`,
	compareRows: { population: '人口', area: '面積（公式, km²）', members: '構成数' },
	original: '元',
	draft: '案',
	delta: '差',
	added: '追加',
	removed: '除外',
	none: 'なし',
	share: '共有リンクをコピー',
	shareCopied: '共有リンクをコピーしました',
	shareLabel: '共有リンク',
	sharedHeading: '共有された案（読み取り専用）',
	saveShared: '自分の案として保存',
	closeShared: '閉じる',
	shareIssuesHeading: '共有リンクの一部を読めませんでした',
	shareIssue: (issue: ShareIssue): string => {
		switch (issue.kind) {
			case 'too-long':
				return `リンクが長すぎます（${issue.length}文字）。`;
			case 'broken-encoding':
				return 'リンクの文字の符号化が壊れています。';
			case 'malformed':
				return `読めない部分があります: 「${issue.part}」`;
			case 'unsupported-version':
				return `このアプリが知らない形式の版です（${issue.version}）。`;
			case 'too-many-codes':
				return `コードが多すぎます（${issue.count}件。全国の市区町村は1,741）。`;
			case 'unknown-codes':
				return `存在しないコードを除きました: ${issue.codes.slice(0, 10).join('、')}${issue.codes.length > 10 ? ` ほか${issue.codes.length - 10}件` : ''}`;
			case 'centre-not-member':
				return `構成市区町村でない中心市を除きました: ${issue.codes.join('、')}`;
			case 'empty':
				return '使える市区町村がひとつもありません。';
		}
	},
	recoveryHeading: '保存された案の一部を読めませんでした',
	recovered: (n: number) => `読めた案: ${n}件（復元しました）。`,
	backup: (key: string) => `元のデータは「${key}」に残してあります。`,
	noBackup: '元のデータを退避できなかったため、保存場所には書き込んでいません。',
	storageProblem: (p: StorageProblem): string => {
		switch (p.kind) {
			case 'unparseable':
				return `保存データがJSONとして読めません（${p.detail}）。`;
			case 'unknown-format':
				return '保存データの形式が分かりません。';
			case 'other-version':
				return `保存データの版（${p.version}）がこのアプリの版（1）と違います。読める案だけ復元しました。`;
			case 'unreadable-draft':
				return `${p.position}番目の案${p.name ? `「${p.name}」` : ''}を読めません（${p.detail}）。`;
			case 'history-dropped':
				return `案「${p.name}」の操作履歴を読めません。案そのものは復元しました。`;
			case 'duplicate-id':
				return `案「${p.name}」のIDが重複していたため、新しいIDで残しました。`;
		}
	},
	unknownCodesDropped: (name: string, codes: string) =>
		`案「${name}」から、今のデータにないコードを除きました: ${codes}`,
	dismiss: '閉じる',
	conflict: '別のタブで案が変更されました。このタブの変更はまだ保存していません。',
	reloadOther: '別タブの内容を読み込む',
	keepMine: 'このタブの内容で保存（別タブの内容は退避）',
	saveFailed: (d: string) => `保存できませんでした: ${d}`,
	importHeading: '市区町村の一覧を取り込む',
	importFile: 'CSVファイル',
	importPaste: 'または貼り付け（1行に1件: コード、または都道府県と名前）',
	importRead: '読み取る',
	importCancel: 'やめる',
	importAdd: (n: number) => `${n}件を追加`,
	importReplace: (n: number) => `構成をこの${n}件に置き換える`,
	importSummary: (n: number, enc: string, dup: number) =>
		`${n}件を認識（${enc}）${dup > 0 ? `、重複${dup}件` : ''}`,
	importProblems: (n: number) => `取り込めない行が${n}件あります。`,
	importNothing: '取り込めるものがありません。案は変更していません。',
	importTooLarge: 'ファイルが大きすぎます（2MBまで）。',
	importFailed: (d: string) => `読み取れませんでした: ${d}`,
	line: (n: number) => `${n}行目`,
	importReasons: {
		'unknown-code': '存在しないコード',
		'bad-check-digit': '検査数字が合わない',
		'unknown-name': '該当する市区町村がない',
		'ambiguous-name': '同名の市区町村が複数ある（都道府県を添えてください）',
		'not-a-member': '構成市区町村にできない'
	} satisfies Record<ImportReason, string>,
	export: '書き出し',
	exportCsv: 'CSV',
	csvWords: {
		columns: [
			'団体コード',
			'都道府県',
			'市区町村',
			'役割',
			'人口（2020年）',
			'人口（2015年）',
			'昼間人口（2020年）',
			'面積（km²）'
		],
		centre: '中心市',
		member: '構成市町村'
	} satisfies MembersCsvWords as MembersCsvWords,
	exportGeoJson: 'GeoJSON',
	exportPng: 'PNG',
	exportFailed: (d: string) => `書き出せませんでした: ${d}`
};

export type DraftStrings = typeof ja;

const en: DraftStrings = {
	...ja,
	csvWords: MEMBERS_CSV_KEYS,
	open: 'Draft a sphere (what-if)',
	heading: 'Draft spheres',
	close: 'Close',
	copySphere: (name) => `Copy “${name}” as a draft`,
	fromCentre: (name) => `Start a draft with ${name} as centre`,
	pickHint: 'Select a sphere or a municipality to start a draft from it.',
	untitled: 'Untitled draft',
	drafts: 'Drafts',
	name: 'Name',
	kind: 'Kind',
	kinds: { renkei: 'Renkei chūsū toshiken', teiju: 'Teijū jiritsuken' },
	undo: 'Undo',
	redo: 'Redo',
	remove: 'Remove',
	deleteDraft: 'Delete draft',
	confirmDelete: (name) => `Delete the draft “${name}”? This cannot be undone.`,
	makeCentre: 'Make centre',
	unmakeCentre: 'Not a centre',
	centre: 'centre',
	clickHint: 'Click the map to add or remove a municipality, or add one by search.',
	addBySearch: 'Search to add',
	members: (n) => `Members (${n})`,
	empty: 'No members yet.',
	notAdjacent: (names) => `${names} is not adjacent to any member`,
	separatedGroup: (names) => `${names} are cut off from the other members`,
	computing: 'Computing…',
	analysisFailed: (d) => `Could not compute: ${d}`,
	compareHeading: (name) => `Compared with “${name}”`,
	compareRows: { population: 'Population', area: 'Area (official, km²)', members: 'Members' },
	original: 'Original',
	draft: 'Draft',
	delta: 'Δ',
	added: 'Added',
	removed: 'Removed',
	none: 'none',
	share: 'Copy share link',
	shareCopied: 'Share link copied',
	shareLabel: 'Share link',
	sharedHeading: 'Shared draft (read-only)',
	saveShared: 'Save as my draft',
	closeShared: 'Close',
	shareIssuesHeading: 'Part of the share link could not be read',
	shareIssue: (issue) => {
		switch (issue.kind) {
			case 'too-long':
				return `The link is too long (${issue.length} characters).`;
			case 'broken-encoding':
				return 'The link’s percent-encoding is broken.';
			case 'malformed':
				return `Unreadable part: “${issue.part}”`;
			case 'unsupported-version':
				return `Unknown link version (${issue.version}).`;
			case 'too-many-codes':
				return `Too many codes (${issue.count}; Japan has 1,741 municipalities).`;
			case 'unknown-codes':
				return `Left out codes that do not exist: ${issue.codes.slice(0, 10).join(', ')}${issue.codes.length > 10 ? ` and ${issue.codes.length - 10} more` : ''}`;
			case 'centre-not-member':
				return `Left out centres that are not members: ${issue.codes.join(', ')}`;
			case 'empty':
				return 'No usable municipality at all.';
		}
	},
	recoveryHeading: 'Part of the saved drafts could not be read',
	recovered: (n) => `${n} draft(s) read and restored.`,
	backup: (key) => `The original value is kept under “${key}”.`,
	noBackup: 'The original value could not be set aside, so nothing was written over it.',
	storageProblem: (p) => {
		switch (p.kind) {
			case 'unparseable':
				return `The saved value is not JSON (${p.detail}).`;
			case 'unknown-format':
				return 'The saved value has an unknown format.';
			case 'other-version':
				return `Saved with format version ${p.version}, not 1; the readable drafts were restored.`;
			case 'unreadable-draft':
				return `Draft ${p.position}${p.name ? ` “${p.name}”` : ''} cannot be read (${p.detail}).`;
			case 'history-dropped':
				return `The undo history of “${p.name}” cannot be read; the draft itself was restored.`;
			case 'duplicate-id':
				return `“${p.name}” had a duplicate id and was kept under a new one.`;
		}
	},
	unknownCodesDropped: (name, codes) => `Codes no longer in the data were left out of “${name}”: ${codes}`,
	dismiss: 'Dismiss',
	conflict: 'The drafts were changed in another tab. This tab’s changes are not saved yet.',
	reloadOther: 'Load the other tab’s drafts',
	keepMine: 'Save this tab’s drafts (the other is set aside)',
	saveFailed: (d) => `Could not save: ${d}`,
	importHeading: 'Import a list of municipalities',
	importFile: 'CSV file',
	importPaste: 'or paste (one per line: a code, or prefecture and name)',
	importRead: 'Read',
	importCancel: 'Cancel',
	importAdd: (n) => `Add ${n}`,
	importReplace: (n) => `Replace the members with these ${n}`,
	importSummary: (n, enc, dup) => `${n} recognised (${enc})${dup > 0 ? `, ${dup} duplicates` : ''}`,
	importProblems: (n) => `${n} row(s) cannot be imported.`,
	importNothing: 'Nothing to import; the draft is unchanged.',
	importTooLarge: 'The file is too large (2 MB at most).',
	importFailed: (d) => `Could not read it: ${d}`,
	line: (n) => `line ${n}`,
	importReasons: {
		'unknown-code': 'no such code',
		'bad-check-digit': 'check digit does not match',
		'unknown-name': 'no municipality of that name',
		'ambiguous-name': 'several municipalities of that name (add the prefecture)',
		'not-a-member': 'cannot be a member'
	},
	export: 'Export',
	exportFailed: (d) => `Could not export: ${d}`
};

export const DRAFT_STRINGS: Record<Lang, DraftStrings> = { ja, en };
