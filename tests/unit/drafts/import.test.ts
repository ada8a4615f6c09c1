import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDigit, decodeBytes, parseMunicipalityList } from '../../../src/lib/drafts/import';
import { importMunicipalities } from './fixtures';

const municipalities = importMunicipalities();
const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../fixtures/drafts/${name}`, import.meta.url)));

describe('municipality list import', () => {
	it('reads a Shift_JIS CSV of prefecture + name', () => {
		const { text, encoding } = decodeBytes(fixture('members-sjis.csv'));
		expect(encoding).toBe('Shift_JIS');
		const result = parseMunicipalityList(text, municipalities, encoding);
		expect(result.problems).toEqual([]);
		expect(result.codes).toEqual(['34207', '34205', '33205']);
	});

	it('reads UTF-8 with a BOM, and codes with check digit or without the leading zero', () => {
		const bytes = new TextEncoder().encode('\uFEFFコード\n342076\n1100\n34207\n');
		const { text, encoding } = decodeBytes(bytes);
		expect(encoding).toBe('UTF-8 (BOM)');
		const result = parseMunicipalityList(text, municipalities, encoding);
		expect(result.codes).toEqual(['34207', '01100']);
		expect(result.duplicates).toBe(1);
		expect(checkDigit('34207')).toBe(6);
	});

	it('lists unknown and ambiguous rows with their lines', () => {
		const { text } = decodeBytes(fixture('members-malformed.csv'));
		const result = parseMunicipalityList(text, municipalities);
		expect(result.codes).toEqual(['34207']);
		expect(result.problems).toEqual([
			{ line: 3, text: '99999, 存在しない町', reason: 'unknown-code', candidates: [] },
			{ line: 4, text: '府中市', reason: 'ambiguous-name', candidates: ['13206', '34208'] }
		]);
		expect(parseMunicipalityList('342070', municipalities).problems[0].reason).toBe('bad-check-digit');
	});

	it('resolves pasted names with the prefecture in the same cell', () => {
		expect(parseMunicipalityList('広島県府中市\n東京都府中市', municipalities).codes).toEqual([
			'34208',
			'13206'
		]);
	});

	it('never throws, whatever the text or bytes (property)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				const result = parseMunicipalityList(text, municipalities);
				expect(result.codes.every((code) => /^\d{5}$/.test(code))).toBe(true);
			}),
			{ numRuns: 200 }
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const { text } = decodeBytes(bytes);
				parseMunicipalityList(text, municipalities);
			}),
			{ numRuns: 200 }
		);
	}, 30_000);
});
