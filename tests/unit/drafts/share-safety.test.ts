import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, type SharedDraft } from '../../../src/lib/drafts/share';
import { cleanName, MAX_NAME_LENGTH } from '../../../src/lib/drafts/model';
import { renamePatch } from '../../../src/lib/drafts/edits';
import { codePointLength, visibleText } from '../../../src/lib/text';

const known = new Set(['34207', '34205', '34208', '33202', '33205', '01100', '47201']);
const isKnown = (code: string) => known.has(code);
const base: SharedDraft = { name: '', kind: 'renkei', centres: ['33205'], codes: ['33205', '34207'] };

describe('names', () => {
	it('cuts at the limit by code point, never inside a surrogate pair (defect 3)', () => {
		const name = cleanName(`${'a'.repeat(79)}😀😀`);
		expect(name).toBe(`${'a'.repeat(79)}😀`);
		expect(codePointLength(name)).toBe(MAX_NAME_LENGTH);
		expect(() => encodeURIComponent(name)).not.toThrow();
		expect(() => encodeShare({ ...base, name: `${'a'.repeat(79)}😀` })).not.toThrow();
	});

	it('removes bidi overrides, zero-width and NUL characters from names (defect 9)', () => {
		expect(cleanName('\u202Efdp.exe')).toBe('fdp.exe');
		expect(cleanName('備\u200B後\u0000圏\uFEFF')).toBe('備後圏');
		expect(cleanName('a\uD800b')).toBe('ab');
		expect(
			renamePatch({ ...base, id: 'x', originSphereId: null, createdAt: '', updatedAt: '' }, '\u2066x\u2069')
		).toEqual({ op: 'rename', from: '', to: 'x' });
	});

	it('shows invisible characters in notices as their code points', () => {
		expect(visibleText('\u202Efdp.exe', 60)).toBe('⟨U+202E⟩fdp.exe');
		expect(visibleText(`${'x'.repeat(59)}😀z`, 60)).toBe(`${'x'.repeat(59)}😀…`);
	});
});

describe('share links', () => {
	it('opens the members of a link cut inside the name, saying the name was damaged (defect 5)', () => {
		const hash = encodeShare({ ...base, name: '井笠と備後の案' });
		const nameAt = hash.indexOf('&name=');
		for (let cut = nameAt + 7; cut < hash.length; cut += 1) {
			const decoded = decodeShare(hash.slice(0, cut), isKnown)!;
			expect(decoded.draft?.codes).toEqual(['33205', '34207']);
			expect(decoded.draft?.centres).toEqual(['33205']);
			const damaged = decoded.issues.some((issue) => issue.kind === 'name-damaged');
			const rawName = hash.slice(nameAt + 6, cut);
			// Each character of this name is three escapes (nine characters) long.
			expect(damaged).toBe(rawName.length % 9 !== 0);
			expect('井笠と備後の案'.startsWith(decoded.draft!.name)).toBe(true);
		}
	});

	it('says when a name was cleaned of hidden characters', () => {
		const decoded = decodeShare(
			`#draft=1.r.33205.33205&name=${encodeURIComponent('\u202Efdp.exe')}`,
			isKnown
		)!;
		expect(decoded.draft?.name).toBe('fdp.exe');
		expect(decoded.issues).toContainEqual({ kind: 'name-cleaned' });
	});

	const draftArb = fc.record({
		name: fc.oneof(
			fc.string({ unit: 'binary', maxLength: 120 }),
			fc.string({
				unit: fc.constantFrom('a', '😀', '\uD800', '\uDC00', '\u202E', '\u0000', ' ', '%'),
				maxLength: 100
			})
		),
		kind: fc.constantFrom('renkei' as const, 'teiju' as const),
		codes: fc.uniqueArray(fc.constantFrom(...known), { minLength: 1 })
	});

	it('round-trips any Unicode name, and decodes any cut of a valid link without throwing (property)', () => {
		fc.assert(
			fc.property(draftArb, fc.nat(), ({ name, kind, codes }, cutSeed) => {
				const draft = { name, kind, centres: [codes[0]], codes };
				const hash = encodeShare(draft);
				const decoded = decodeShare(hash, isKnown)!;
				expect(decoded.issues).toEqual([]);
				expect(decoded.draft).toEqual({
					name: cleanName(name),
					kind,
					centres: [codes[0]],
					codes: [codes[0], ...[...codes].sort().filter((c) => c !== codes[0])]
				});
				const cut = hash.slice(0, cutSeed % (hash.length + 1));
				const partial = decodeShare(cut, isKnown);
				if (partial?.draft) {
					expect(partial.draft.codes.every((code) => codes.includes(code))).toBe(true);
					expect(() => encodeShare(partial.draft!)).not.toThrow();
				}
			}),
			{ numRuns: 300 }
		);
	});
});
