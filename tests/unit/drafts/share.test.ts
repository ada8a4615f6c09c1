import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH } from '../../../src/lib/drafts/share';

const known = new Set(['34207', '34205', '34208', '33202', '01100', '47201']);
const isKnown = (code: string) => known.has(code);

describe('share link', () => {
	it('round-trips a draft compactly', () => {
		const draft = {
			name: '備後 & 井笠',
			kind: 'renkei' as const,
			centres: ['34207'],
			codes: ['34207', '34205', '33202', '34208']
		};
		const hash = encodeShare(draft);
		expect(hash).toBe(
			'#draft=1.r.34207.33202,34205207208&name=%E5%82%99%E5%BE%8C%20%26%20%E4%BA%95%E7%AC%A0'
		);
		const decoded = decodeShare(hash, isKnown)!;
		expect(decoded.issues).toEqual([]);
		expect(decoded.draft).toEqual({ ...draft, codes: ['34207', '33202', '34205', '34208'] });
	});

	it('is null without a share', () => {
		expect(decodeShare('', isKnown)).toBeNull();
		expect(decodeShare('#foo=1', isKnown)).toBeNull();
	});

	it('keeps the known codes and names the unknown ones', () => {
		const decoded = decodeShare('#draft=1.t.34207.34207999', isKnown)!;
		expect(decoded.draft?.codes).toEqual(['34207']);
		expect(decoded.issues).toEqual([{ kind: 'unknown-codes', codes: ['34999'] }]);
	});

	it('reports broken encoding, bad versions, malformed groups and too many codes', () => {
		expect(decodeShare('#draft=1.r..34207&name=%E3%81', isKnown)!.issues).toEqual([{ kind: 'name-damaged' }]);
		expect(decodeShare('#draft=1.r..34207%E3', isKnown)!.issues).toEqual([{ kind: 'broken-encoding' }]);
		expect(decodeShare('#draft=9.r..34207', isKnown)!.issues[0].kind).toBe('unsupported-version');
		expect(decodeShare('#draft=1.x..34207', isKnown)!.issues[0].kind).toBe('malformed');
		const bad = decodeShare('#draft=1.r..3420,34207', isKnown)!;
		expect(bad.issues).toEqual([{ kind: 'malformed', part: '3420' }]);
		expect(bad.draft?.codes).toEqual(['34207']);
		const many = '34' + Array.from({ length: 999 }, (_, i) => String(i).padStart(3, '0')).join('');
		const many2 = '35' + Array.from({ length: 999 }, (_, i) => String(i).padStart(3, '0')).join('');
		expect(decodeShare(`#draft=1.r..${many},${many2}`, isKnown)!.issues).toEqual([
			{ kind: 'too-many-codes', count: 1998 }
		]);
		expect(decodeShare(`#draft=${'1'.repeat(MAX_SHARE_LENGTH)}`, isKnown)!.issues[0].kind).toBe('too-long');
	});

	it('drops a centre that is not a member, with a notice', () => {
		const decoded = decodeShare('#draft=1.r.34205.34207', isKnown)!;
		expect(decoded.draft?.centres).toEqual([]);
		expect(decoded.issues).toEqual([{ kind: 'centre-not-member', codes: ['34205'] }]);
	});

	it('never throws, whatever the hash (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `#draft=${s}`),
					fc.string().map((s) => `#draft=1.r.${s}`)
				),
				(hash) => {
					const decoded = decodeShare(hash, isKnown);
					if (decoded?.draft) expect(decoded.draft.codes.every(isKnown)).toBe(true);
				}
			)
		);
	});

	it('decodes what it encodes (property)', () => {
		const codes = fc.uniqueArray(fc.constantFrom(...known), { minLength: 1 });
		fc.assert(
			fc.property(
				codes,
				fc.string({ maxLength: 30 }),
				fc.constantFrom('renkei' as const, 'teiju' as const),
				(list, name, kind) => {
					const decoded = decodeShare(encodeShare({ name, kind, centres: [list[0]], codes: list }), isKnown)!;
					expect(decoded.issues).toEqual([]);
					expect(new Set(decoded.draft!.codes)).toEqual(new Set(list));
					expect(decoded.draft!.centres).toEqual([list[0]]);
					expect(decoded.draft!.kind).toBe(kind);
				}
			)
		);
	});
});
