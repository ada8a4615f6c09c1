/**
 * A list of municipalities from a CSV file or pasted text: codes (5 digits, 6 with the
 * check digit, or 4 where Excel dropped the leading zero) or prefecture + name, or a name
 * alone when it is unique in Japan. Bytes are decoded as UTF-8 (with or without BOM) or
 * Shift_JIS by encoding-japanese; cells are split by papaparse. Nothing here throws.
 *
 * Every physical line is its own row: a municipality list has no field that spans lines,
 * so a quote left open (「=HYPERLINK("…",…」) breaks only its own line, which is reported
 * with its true line number, and reading goes on at the next line.
 */
import Encoding from 'encoding-japanese';
import Papa from 'papaparse';
import { truncateCodePoints, visibleText } from '../text';

export interface ImportMunicipality {
	code: string;
	prefCode: string;
	prefName: string;
	name: string;
}

export type ImportReason =
	| 'unknown-code'
	| 'bad-check-digit'
	| 'unknown-name'
	| 'ambiguous-name'
	| 'not-a-member'
	/** A quote opened and not closed on the line, or closed in the middle of a cell: the cells cannot be trusted. */
	| 'broken-quote';

export interface ImportProblem {
	/** 1-based line in the input. */
	line: number;
	text: string;
	reason: ImportReason;
	/** For an ambiguous name: the codes it could mean. */
	candidates: string[];
}

/** Why a whole input was not read. */
export type ImportRefusal = { kind: 'too-large'; bytes: number; limit: number };

export interface ImportResult {
	/** Set when nothing was read; codes and problems are then empty. */
	refused: ImportRefusal | null;
	codes: string[];
	problems: ImportProblem[];
	/** Rows naming a municipality already listed above. */
	duplicates: number;
	encoding: string;
}

/** The limit for files and pasted text alike, in bytes of UTF-8 (or of the file). */
export const MAX_IMPORT_BYTES = 2_000_000;

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index += 1) {
		const unit = text.charCodeAt(index);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff) {
			bytes += 4;
			index += 1;
		} else bytes += 3;
	}
	return bytes;
}

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

type Row = { cells: string[]; brokenQuote: boolean };

/**
 * The cells of every physical line. Lines without a quote (nearly all) go through papaparse
 * in one pass, one row per line; each line with a quote is parsed alone, so its quote
 * errors are its own.
 */
function splitRows(lines: readonly string[]): Row[] {
	const guess = Papa.parse<string[]>(lines.slice(0, 50).join('\n'), { delimiter: '', preview: 50 });
	const delimiter = guess.meta.delimiter || ',';
	const parseLine = (line: string): Row => {
		const parsed = Papa.parse<string[]>(line, { delimiter, newline: '\n' });
		return {
			cells: (parsed.data[0] ?? []).map(String),
			brokenQuote: parsed.errors.some((error) => error.type === 'Quotes')
		};
	};
	const rows: Row[] = new Array(lines.length);
	const plainIndexes: number[] = [];
	lines.forEach((line, index) => {
		if (line.includes('"')) rows[index] = parseLine(line);
		else plainIndexes.push(index);
	});
	const plain = Papa.parse<string[]>(plainIndexes.map((index) => lines[index]).join('\n'), {
		delimiter,
		newline: '\n'
	}).data;
	plainIndexes.forEach((lineIndex, i) => {
		rows[lineIndex] =
			plain.length === plainIndexes.length
				? { cells: plain[i].map(String), brokenQuote: false }
				: parseLine(lines[lineIndex]);
	});
	return rows;
}

const rowText = (cells: readonly string[]) => visibleText(cells.join(', '), 120);

/** Resolves every line of `text`; `municipalities` are the ones a draft may contain. */
export function parseMunicipalityList(
	text: string,
	municipalities: readonly ImportMunicipality[],
	encoding = 'text'
): ImportResult {
	const codes: string[] = [];
	const problems: ImportProblem[] = [];
	let duplicates = 0;
	const bytes = utf8Length(text);
	if (bytes > MAX_IMPORT_BYTES) {
		return {
			refused: { kind: 'too-large', bytes, limit: MAX_IMPORT_BYTES },
			codes,
			problems,
			duplicates,
			encoding
		};
	}
	const resolver = buildResolver(municipalities);
	const seen = new Set<string>();
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	splitRows(lines).forEach((row, index) => {
		const cells = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
		const line = index + 1;
		if (row.brokenQuote) {
			problems.push({
				line,
				text: rowText([truncateCodePoints(lines[index], 200)]),
				reason: 'broken-quote',
				candidates: []
			});
			return;
		}
		if (cells.length === 0) return;
		let resolution: Resolution = null;
		for (const cell of cells) {
			resolution = resolveCode(cell, resolver);
			if (resolution !== null) break;
		}
		resolution ??= resolveName(cells, resolver);
		if (resolution === null) return;
		if ('code' in resolution) {
			if (seen.has(resolution.code)) duplicates += 1;
			else codes.push(resolution.code);
			seen.add(resolution.code);
			return;
		}
		// A first row of column titles is not a problem.
		if (line === 1 && resolution.reason === 'unknown-name' && cells.some((c) => HEADER_WORDS.test(c))) return;
		problems.push({
			line,
			text: rowText(cells),
			reason: resolution.reason,
			candidates: resolution.candidates ?? []
		});
	});
	return { refused: null, codes, problems, duplicates, encoding };
}
