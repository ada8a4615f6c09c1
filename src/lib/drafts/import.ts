/**
 * A list of municipalities from a CSV file or pasted text: codes (5 digits, 6 with the
 * check digit, or 4 where Excel dropped the leading zero) or prefecture + name, or a name
 * alone when it is unique in Japan. Bytes are decoded as UTF-8 (with or without BOM) or
 * Shift_JIS by encoding-japanese; rows are split by papaparse. Nothing here throws.
 */
import Encoding from 'encoding-japanese';
import Papa from 'papaparse';

export interface ImportMunicipality {
	code: string;
	prefCode: string;
	prefName: string;
	name: string;
}

export type ImportReason =
	'unknown-code' | 'bad-check-digit' | 'unknown-name' | 'ambiguous-name' | 'not-a-member';

export interface ImportProblem {
	/** 1-based line in the input. */
	line: number;
	text: string;
	reason: ImportReason;
	/** For an ambiguous name: the codes it could mean. */
	candidates: string[];
}

export interface ImportResult {
	codes: string[];
	problems: ImportProblem[];
	/** Rows naming a municipality already listed above. */
	duplicates: number;
	encoding: string;
}

export const MAX_IMPORT_BYTES = 2_000_000;

/** Text of a file's bytes, and the encoding it was read as. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
	}
	const detected = Encoding.detect(bytes, ['UTF8', 'SJIS', 'ASCII']);
	if (detected === 'SJIS') {
		return {
			text: Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' }),
			encoding: 'Shift_JIS'
		};
	}
	return { text: new TextDecoder('utf-8').decode(bytes), encoding: detected === 'ASCII' ? 'ASCII' : 'UTF-8' };
}

const fold = (text: string) =>
	text
		.normalize('NFKC')
		.replace(/[\s\u3000]/g, '')
		.replace(/[ヶヵケ]/g, 'ケ');

/** 全国地方公共団体コード check digit of a 5-digit code. */
export function checkDigit(code: string): number {
	const weights = [6, 5, 4, 3, 2];
	const sum = [...code].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
	const rest = sum % 11;
	return rest === 0 ? 0 : (11 - rest) % 10;
}

interface Resolver {
	byCode: Map<string, ImportMunicipality>;
	byName: Map<string, ImportMunicipality[]>;
	prefByName: Map<string, string>;
}

function buildResolver(municipalities: readonly ImportMunicipality[]): Resolver {
	const byName = new Map<string, ImportMunicipality[]>();
	const prefByName = new Map<string, string>();
	for (const m of municipalities) {
		const list = byName.get(fold(m.name)) ?? [];
		list.push(m);
		byName.set(fold(m.name), list);
		const pref = fold(m.prefName);
		prefByName.set(pref, m.prefCode);
		prefByName.set(pref.replace(/[都府県]$/, ''), m.prefCode);
	}
	return { byCode: new Map(municipalities.map((m) => [m.code, m])), byName, prefByName };
}

type Resolution = { code: string } | { reason: ImportReason; candidates?: string[] } | null;

function resolveCode(cell: string, resolver: Resolver): Resolution {
	const digits = cell.normalize('NFKC');
	if (!/^\d{4,6}$/.test(digits)) return null;
	let code = digits.length === 4 ? `0${digits}` : digits;
	if (code.length === 6) {
		if (checkDigit(code.slice(0, 5)) !== Number(code[5])) return { reason: 'bad-check-digit' };
		code = code.slice(0, 5);
	}
	return resolver.byCode.has(code) ? { code } : { reason: 'unknown-code' };
}

function resolveName(cells: readonly string[], resolver: Resolver): Resolution {
	const folded = cells.map(fold).filter((cell) => cell !== '');
	let prefCode: string | undefined;
	let name: string | undefined;
	for (const cell of folded) {
		const pref = resolver.prefByName.get(cell);
		if (pref !== undefined && prefCode === undefined && !resolver.byName.has(cell)) prefCode = pref;
		else if (name === undefined) name = cell;
	}
	// 「広島県福山市」 in one cell.
	if (name !== undefined && prefCode === undefined) {
		const match = /^(.{2,3}?[都道府県])(.+)$/.exec(name);
		const pref = match ? resolver.prefByName.get(match[1]) : undefined;
		if (match && pref !== undefined && resolver.byName.has(match[2])) [prefCode, name] = [pref, match[2]];
	}
	if (name === undefined) return null;
	const matches = (resolver.byName.get(name) ?? []).filter(
		(m) => prefCode === undefined || m.prefCode === prefCode
	);
	if (matches.length === 1) return { code: matches[0].code };
	if (matches.length > 1) return { reason: 'ambiguous-name', candidates: matches.map((m) => m.code) };
	return { reason: 'unknown-name' };
}

const HEADER_WORDS = /コード|code|都道府県|市区町村|団体|名称|name|pref/i;

/** Resolves every row of `text`; `municipalities` are the ones a draft may contain. */
export function parseMunicipalityList(
	text: string,
	municipalities: readonly ImportMunicipality[],
	encoding = 'text'
): ImportResult {
	const resolver = buildResolver(municipalities);
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: '' });
	const codes: string[] = [];
	const seen = new Set<string>();
	const problems: ImportProblem[] = [];
	let duplicates = 0;
	parsed.data.forEach((row, index) => {
		// ="01206" is how our own CSV keeps a code as text for Excel.
		const cells = row
			.map((cell) =>
				String(cell)
					.trim()
					.replace(/^="(.*)"$/, '$1')
			)
			.filter((cell) => cell !== '');
		if (cells.length === 0) return;
		const line = index + 1;
		let resolution: Resolution = null;
		for (const cell of cells) {
			resolution = resolveCode(cell, resolver);
			if (resolution !== null) break;
		}
		resolution ??= resolveName(cells, resolver);
		const joined = cells.join(', ').slice(0, 120);
		if (resolution === null) return;
		if ('code' in resolution) {
			if (seen.has(resolution.code)) duplicates += 1;
			else codes.push(resolution.code);
			seen.add(resolution.code);
			return;
		}
		// A first row of column titles is not a problem.
		if (line === 1 && resolution.reason === 'unknown-name' && cells.some((c) => HEADER_WORDS.test(c))) return;
		problems.push({ line, text: joined, reason: resolution.reason, candidates: resolution.candidates ?? [] });
	});
	return { codes, problems, duplicates, encoding };
}
