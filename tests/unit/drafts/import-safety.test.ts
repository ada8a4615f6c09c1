import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, MAX_IMPORT_BYTES, parseMunicipalityList } from '../../../src/lib/drafts/import';
import { importMunicipalities } from './fixtures';

const municipalities = importMunicipalities();

describe('import: broken quotes and line numbers (defect 4)', () => {
	it('recovers at the next line after a broken quote and reports the broken line', () => {
		const result = parseMunicipalityList('=HYPERLINK("…","13101"),x\n34207,福山市\n', municipalities);
		expect(result.codes).toEqual(['34207']);
		expect(result.problems).toEqual([
			{ line: 1, text: '=HYPERLINK("…","13101"),x', reason: 'broken-quote', candidates: [] }
		]);
	});

	it('counts physical lines, not records, when a quoted field holds a newline', () => {
		const text = '34207,"two\nlines"\n99999\n34205\r\n\r\n88888\r34208';
		const result = parseMunicipalityList(text, municipalities);
		expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
			[1, 'broken-quote'],
			[2, 'unknown-name'],
			[3, 'unknown-code'],
			[6, 'unknown-code']
		]);
		expect(result.codes).toEqual(['34205', '34208']);
	});

	it('keeps quoted cells that stay on one line', () => {
		const result = parseMunicipalityList('"広島県","福山市"\n"13101","x, y"\n', municipalities);
		expect(result).toMatchObject({ codes: ['34207', '13101'], problems: [] });
	});
});

describe('import: size limits (defect 6)', () => {
	it('refuses a paste larger than the file limit, without reading it', () => {
		const big = '99999\n'.repeat(Math.ceil(MAX_IMPORT_BYTES / 6) + 1);
		const result = parseMunicipalityList(big, municipalities);
		expect(result.refused).toEqual({ kind: 'too-large', bytes: big.length, limit: MAX_IMPORT_BYTES });
		expect(result.codes).toEqual([]);
		expect(result.problems).toEqual([]);
		// Counted in UTF-8 bytes, as a file is.
		const kanji = '福'.repeat(Math.floor(MAX_IMPORT_BYTES / 3) + 1);
		expect(parseMunicipalityList(kanji, municipalities).refused?.kind).toBe('too-large');
		expect(parseMunicipalityList('34207', municipalities).refused).toBeNull();
	});
});

const valid = fc.constantFrom(
	...municipalities
		.filter((m) => m.code.startsWith('34'))
		.map((m) => [m.code, `${m.prefName},${m.name}`])
		.flat()
);
const garbage = fc.string({
	unit: fc.constantFrom('"', ',', '\t', ';', ' ', '=', 'a', '1', '9', 'ア', '町', '村', '県', '（', '“'),
	maxLength: 20
});
type Encoded = 'utf8' | 'utf8-bom' | 'sjis';
function encode(text: string, encoding: Encoded): Uint8Array {
	if (encoding === 'sjis') {
		return new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
	}
	const bytes = new TextEncoder().encode(text);
	return encoding === 'utf8' ? bytes : new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}

describe('import (property)', () => {
	it('never throws, and every valid row is recognised or reported with its true line number', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						valid.map((row) => ({ row, valid: true })),
						garbage.map((row) => ({ row, valid: false }))
					),
					{
						maxLength: 30
					}
				),
				fc.constantFrom('\n', '\r\n', '\r'),
				fc.constantFrom<Encoded>('utf8', 'utf8-bom', 'sjis'),
				(rows, newline, encoding) => {
					const { text } = decodeBytes(encode(rows.map((r) => r.row).join(newline), encoding));
					const result = parseMunicipalityList(text, municipalities);
					const reported = new Set(result.problems.map((p) => p.line));
					rows.forEach(({ row, valid: isValid }, index) => {
						if (!isValid) return;
						const code = /^\d{5}$/.test(row)
							? row
							: municipalities.find((m) => `${m.prefName},${m.name}` === row)!.code;
						expect(result.codes.includes(code) || reported.has(index + 1)).toBe(true);
					});
				}
			),
			{ numRuns: 100 }
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const { text } = decodeBytes(bytes);
				const result = parseMunicipalityList(text, municipalities);
				const lines = text.split(/\r\n|\r|\n/).length;
				expect(result.problems.every((p) => p.line >= 1 && p.line <= lines)).toBe(true);
			}),
			{ numRuns: 100 }
		);
	}, 30_000);
});
