/**
 * Known gaps of the 定住自立圏 list, per prefecture: the data behind
 * `manifest.coverage[kind = 'teiju'].incompletePrefectures`. The gaps themselves, with their
 * sources and the items since settled, are data in scripts/data/teiju-gaps.json; this module
 * reads and validates that file and checks every gap against the list being built.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { IncompletePrefecture, Municipality, Sphere } from '../../src/lib/data/types';

export const TEIJU_GAPS_FILE = new URL('../data/teiju-gaps.json', import.meta.url);

export type TeijuGapKind =
	/** A sphere, or a 中心市宣言, known or likely to exist, with no row in the list. */
	| 'not-listed'
	/** A listed sphere with only some of its members confirmed. */
	| 'members-partial'
	/** A listed sphere whose formation, form or continued existence is unverified. */
	| 'status-unverified'
	/**
	 * A prefecture §5 left unsurveyed: candidate centres were searched without result,
	 * but no prefectural list or count proves there is no other sphere.
	 */
	| 'absence-unconfirmed';

const GapSchema = v.strictObject({
	prefCode: v.pipe(v.string(), v.regex(/^(0[1-9]|[1-3]\d|4[0-7])$/)),
	kind: v.picklist(['not-listed', 'members-partial', 'status-unverified', 'absence-unconfirmed']),
	/** The listed sphere the gap is about ('members-partial', 'status-unverified'). */
	sphereId: v.optional(v.pipe(v.string(), v.minLength(1))),
	/** Centres that lead no listed sphere ('not-listed', 'absence-unconfirmed'). */
	centres: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					code: v.pipe(v.string(), v.regex(/^\d{5}$/)),
					name: v.pipe(v.string(), v.minLength(1))
				})
			),
			v.minLength(1)
		)
	),
	reason: v.pipe(v.string(), v.minLength(1)),
	source: v.pipe(v.string(), v.minLength(1))
});

const GapFileSchema = v.strictObject({
	description: v.array(v.string()),
	settled: v.array(v.string()),
	gaps: v.array(GapSchema)
});

export type TeijuGap = v.InferOutput<typeof GapSchema> & { kind: TeijuGapKind };
export type NamedMunicipality = NonNullable<TeijuGap['centres']>[number];

/** A gap about a listed sphere names it; a gap about centres without a sphere names them. */
function checkShape(gap: TeijuGap, index: number): void {
	const aboutSphere = gap.kind === 'members-partial' || gap.kind === 'status-unverified';
	if (aboutSphere !== (gap.sphereId !== undefined) || aboutSphere === (gap.centres !== undefined))
		throw new Error(
			`${TEIJU_GAPS_FILE.pathname}: gap ${index} (${gap.kind}) names ${aboutSphere ? 'centres instead of a sphere' : 'a sphere instead of centres'}`
		);
}

/** The gaps of scripts/data/teiju-gaps.json, validated; a malformed file stops the build. */
export function readTeijuGaps(file: URL = TEIJU_GAPS_FILE): TeijuGap[] {
	const result = v.safeParse(GapFileSchema, JSON.parse(readFileSync(file, 'utf8')));
	if (!result.success) {
		const issue = result.issues[0];
		throw new Error(`${file.pathname}: ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
	}
	result.output.gaps.forEach(checkShape);
	return result.output.gaps;
}

function gapError(gap: TeijuGap, problem: string): Error {
	const subject = gap.sphereId ?? gap.centres?.map((c) => c.name).join('・') ?? gap.prefCode;
	return new Error(
		`coverage gap ${gap.prefCode} ${subject}: ${problem}; update scripts/data/teiju-gaps.json`
	);
}

function checkCentres(
	gap: TeijuGap,
	municipalityByCode: ReadonlyMap<string, Municipality>,
	teijuCentres: ReadonlySet<string>
): void {
	for (const { code, name } of gap.centres ?? []) {
		const municipality = municipalityByCode.get(code);
		if (municipality?.name !== name || municipality.prefCode !== gap.prefCode) {
			throw gapError(gap, `${code} is not ${name} in prefecture ${gap.prefCode}`);
		}
		if (teijuCentres.has(code)) throw gapError(gap, `${name} now leads a listed 定住自立圏`);
	}
}

function checkSphere(gap: TeijuGap, sphereById: ReadonlyMap<string, Sphere>): void {
	if (gap.sphereId === undefined) return;
	const sphere = sphereById.get(gap.sphereId);
	if (sphere === undefined || sphere.kind !== 'teiju' || sphere.endedOn !== null) {
		throw gapError(gap, 'no such current 定住自立圏 in the list');
	}
	if (!sphere.members.some((m) => m.role === 'centre' && m.code.startsWith(gap.prefCode))) {
		throw gapError(gap, `the sphere has no centre in prefecture ${gap.prefCode}`);
	}
	if ((gap.kind === 'members-partial') !== sphere.membersPartial) {
		throw gapError(gap, `the list says membersPartial = ${sphere.membersPartial}`);
	}
}

/**
 * The gaps that apply to this build, each checked against the list: a 'not-listed' or
 * 'absence-unconfirmed' centre must still lead no current 定住自立圏, a named sphere must be
 * listed (and flagged partial exactly when the gap says so). A gap naming a municipality the
 * input lacks does not apply: the input is partial (the test fixture).
 */
export function applicableTeijuGaps(
	gaps: readonly TeijuGap[],
	municipalities: readonly Municipality[],
	spheres: readonly Sphere[]
): TeijuGap[] {
	const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
	const prefCodes = new Set(municipalities.map((m) => m.prefCode));
	const current = spheres.filter((s) => s.kind === 'teiju' && s.endedOn === null);
	const teijuCentres = new Set(current.flatMap((s) => s.centres));
	const sphereById = new Map(spheres.map((s) => [s.id, s]));
	const applicable = gaps.filter(
		(gap) =>
			prefCodes.has(gap.prefCode) && (gap.centres ?? []).every(({ code }) => municipalityByCode.has(code))
	);
	for (const gap of applicable) {
		checkCentres(gap, municipalityByCode, teijuCentres);
		checkSphere(gap, sphereById);
	}
	return applicable;
}

/**
 * Manifest form: one entry per prefecture with a gap, in code order. The reasons are what
 * users read; each gap's `source` names our research notes, so it stays here for maintainers.
 */
export function incompletePrefectures(gaps: readonly TeijuGap[]): IncompletePrefecture[] {
	const reasonsByPrefecture = new Map<string, string[]>();
	for (const gap of gaps) {
		const reasons = reasonsByPrefecture.get(gap.prefCode) ?? [];
		reasons.push(gap.reason);
		reasonsByPrefecture.set(gap.prefCode, reasons);
	}
	return [...reasonsByPrefecture]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([prefCode, reasons]) => ({ prefCode, reasons }));
}
