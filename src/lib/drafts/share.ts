/**
 * The share link: a draft in the URL hash, compactly, as
 *   #draft=1.r.34207.34202203207,33202&name=<percent-encoded name>
 * version . kind (r renkei, t teiju) . centres (comma-separated) . members grouped by
 * prefecture: the 2-digit prefecture code followed by the 3-digit rest of each code.
 *
 * The hash never reaches a server. Decoding never throws: every problem is reported, and
 * what can be used is kept.
 */
import type { SphereKind } from '$lib/data/types';
import { truncateCodePoints } from '../text';
import { cleanName, MUNICIPALITY_CODE } from './model';

export const SHARE_PARAM = 'draft';
export const SHARE_VERSION = '1';
/** More codes than Japan has municipalities is not a draft anyone made. */
export const MAX_SHARED_CODES = 1741;
/** Checked before any parsing, so a huge hash costs nothing. */
export const MAX_SHARE_LENGTH = 12_000;

export interface SharedDraft {
	name: string;
	kind: SphereKind;
	centres: string[];
	codes: string[];
}

export type ShareIssue =
	| { kind: 'too-long'; length: number }
	| { kind: 'broken-encoding' }
	/** The name's encoding is broken (a cut link): the members were opened, the name is what could be read. */
	| { kind: 'name-damaged' }
	/** Hidden or direction-changing characters were removed from the name, or it was cut to length. */
	| { kind: 'name-cleaned' }
	| { kind: 'malformed'; part: string }
	| { kind: 'unsupported-version'; version: string }
	| { kind: 'too-many-codes'; count: number }
	| { kind: 'unknown-codes'; codes: string[] }
	| { kind: 'centre-not-member'; codes: string[] }
	| { kind: 'empty' };

export interface DecodedShare {
	/** null when nothing usable was found. */
	draft: SharedDraft | null;
	issues: ShareIssue[];
}

const KIND_LETTERS: Record<SphereKind, string> = { renkei: 'r', teiju: 't' };
const GROUP = /^(\d{2})((?:\d{3})+)$/;

export function encodeShare(draft: SharedDraft): string {
	const byPrefecture = new Map<string, string[]>();
	for (const code of [...new Set(draft.codes)].sort()) {
		const group = byPrefecture.get(code.slice(0, 2)) ?? [];
		group.push(code.slice(2));
		byPrefecture.set(code.slice(0, 2), group);
	}
	const members = [...byPrefecture].map(([pref, rests]) => pref + rests.join('')).join(',');
	const body = [SHARE_VERSION, KIND_LETTERS[draft.kind], draft.centres.join(','), members].join('.');
	const name = cleanName(draft.name);
	return `#${SHARE_PARAM}=${body}${name === '' ? '' : `&name=${encodeURIComponent(name)}`}`;
}

/** The raw hash parameters; null when the hash holds no draft. */
function hashParams(hash: string): Map<string, string> | null {
	const params = new Map<string, string>();
	for (const part of hash.replace(/^#/, '').split('&')) {
		const at = part.indexOf('=');
		if (at > 0) params.set(part.slice(0, at), part.slice(at + 1));
	}
	return params.has(SHARE_PARAM) ? params : null;
}

export function hasShareInHash(hash: string): boolean {
	return hash.startsWith(`#${SHARE_PARAM}=`) || hash.includes(`&${SHARE_PARAM}=`);
}

function decodeComponent(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * The name as far as it can be decoded: a link cut inside a percent-escape (or inside the
 * bytes of one character) keeps the characters before the cut.
 */
function decodeName(text: string): { name: string; damaged: boolean } {
	const whole = decodeComponent(text);
	if (whole !== null) return { name: whole, damaged: false };
	// A UTF-8 character is at most four escapes: a cut damages only the last few.
	for (let cut = text.lastIndexOf('%'), tries = 0; cut >= 0 && tries < 4; tries += 1) {
		const prefix = decodeComponent(text.slice(0, cut));
		if (prefix !== null) return { name: prefix, damaged: true };
		cut = text.lastIndexOf('%', cut - 1);
	}
	return { name: '', damaged: true };
}

const part = (text: string) => truncateCodePoints(text, 40);

function splitGroups(members: string, issues: ShareIssue[]): string[] {
	const codes: string[] = [];
	for (const group of members.split(',')) {
		if (group === '') continue;
		const match = GROUP.exec(group);
		if (match === null) {
			issues.push({ kind: 'malformed', part: part(group) });
			continue;
		}
		for (let i = 0; i < match[2].length; i += 3) codes.push(match[1] + match[2].slice(i, i + 3));
	}
	return codes;
}

/**
 * Reads a share hash; `isKnown` says whether a code is a municipality that can be a member.
 * Returns null when the hash holds no share at all.
 */
export function decodeShare(hash: string, isKnown: (code: string) => boolean): DecodedShare | null {
	if (!hasShareInHash(hash)) return null;
	if (hash.length > MAX_SHARE_LENGTH)
		return { draft: null, issues: [{ kind: 'too-long', length: hash.length }] };
	const params = hashParams(hash);
	const rawBody = params?.get(SHARE_PARAM) ?? '';
	const body = decodeComponent(rawBody);
	if (body === null) return { draft: null, issues: [{ kind: 'broken-encoding' }] };
	const { name, damaged } = decodeName(params?.get('name') ?? '');

	const [version, kindLetter, centresText, members, ...rest] = body.split('.');
	if (version !== SHARE_VERSION) {
		return {
			draft: null,
			issues: [{ kind: 'unsupported-version', version: truncateCodePoints(version ?? '', 10) }]
		};
	}
	const kind = kindLetter === 'r' ? 'renkei' : kindLetter === 't' ? 'teiju' : null;
	if (kind === null || members === undefined || rest.length > 0) {
		return { draft: null, issues: [{ kind: 'malformed', part: part(body) }] };
	}
	const issues: ShareIssue[] = [];
	const cleaned = cleanName(name);
	if (damaged) issues.push({ kind: 'name-damaged' });
	else if (cleaned !== name) issues.push({ kind: 'name-cleaned' });
	const listed = [...new Set(splitGroups(members, issues))];
	if (listed.length > MAX_SHARED_CODES) {
		return { draft: null, issues: [{ kind: 'too-many-codes', count: listed.length }] };
	}
	const codes = listed.filter((code) => isKnown(code));
	const unknown = listed.filter((code) => !isKnown(code));
	const centres: string[] = [];
	const strayCentres: string[] = [];
	for (const centre of centresText === '' ? [] : centresText.split(',')) {
		if (!MUNICIPALITY_CODE.test(centre)) issues.push({ kind: 'malformed', part: part(centre) });
		else if (!isKnown(centre)) {
			if (!unknown.includes(centre)) unknown.push(centre);
		} else if (!codes.includes(centre)) strayCentres.push(centre);
		else if (!centres.includes(centre)) centres.push(centre);
	}
	if (unknown.length > 0) issues.push({ kind: 'unknown-codes', codes: unknown });
	if (strayCentres.length > 0) issues.push({ kind: 'centre-not-member', codes: strayCentres });
	if (codes.length === 0) return { draft: null, issues: [...issues, { kind: 'empty' }] };
	// Centres first, as in the spheres' own lists.
	const ordered = [...centres, ...codes.filter((code) => !centres.includes(code))];
	return { draft: { name: cleaned, kind, centres, codes: ordered }, issues };
}
