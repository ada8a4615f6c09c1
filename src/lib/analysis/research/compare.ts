/**
 * Side-by-side comparison of two "subjects": any labelled list of municipality codes with
 * optional centres and kind. A sphere on a date, a prefecture, or a planner's draft all
 * reduce to one, so the comparison never needs to know where a list came from.
 */
import type { Prefecture, Sphere, SphereKind } from '../../data/types';
import type { Aggregate } from '../aggregate';
import type { CoverageRow } from '../coverage/row';
import { sphereMembership } from '../sphere';

export interface CompareSubject {
	/** Stable key, e.g. "sphere:bingo", "pref:34", "draft:…". */
	key: string;
	label: string;
	/** The scheme whose eligibility applies; null for a prefecture. */
	kind: SphereKind | null;
	codes: string[];
	centres: string[];
	/** Why the list is empty or partial, e.g. a sphere not yet formed on the date. */
	note: string | null;
	/** The list is known to hold only some of the members (a sphere only partly confirmed). */
	partial?: boolean;
}

/** A prefecture's two-digit code when the subject is a prefecture, else null. */
export function prefectureCodeOf(subject: CompareSubject): string | null {
	return subject.key.startsWith('pref:') ? subject.key.slice('pref:'.length) : null;
}

export function sphereSubject(sphere: Sphere, asOf: string): CompareSubject {
	const membership = sphereMembership(sphere, asOf);
	return {
		key: `sphere:${sphere.id}`,
		label: sphere.name,
		kind: sphere.kind,
		codes: membership.codes,
		centres: membership.centres,
		note: membership.active ? null : 'inactive',
		partial: sphere.membersPartial
	};
}

export function prefectureSubject(prefecture: Prefecture, codes: readonly string[]): CompareSubject {
	return {
		key: `pref:${prefecture.code}`,
		label: prefecture.name,
		kind: null,
		codes: [...codes],
		centres: [],
		note: null
	};
}

/** What an aggregate of municipalities gives for any list: a sphere, a draft or a prefecture. */
export type AggregateMeasure =
	| 'memberCount'
	| 'population'
	| 'areaOfficialKm2'
	| 'densityPerKm2'
	| 'dayNightRatio'
	| 'parts'
	| 'prefectures';

/** What the coverage table gives for a prefecture: how far each scheme reaches into it. */
export type CoverageMeasure = Extract<
	keyof CoverageRow,
	| 'municipalities'
	| 'population'
	| 'areaKm2'
	| `${'renkei' | 'teiju' | 'either' | 'neither'}${'Municipalities' | 'MunicipalitiesPct' | 'PopulationPct' | 'AreaKm2Pct'}`
	| 'projects'
>;

export type CompareMeasure = AggregateMeasure | CoverageMeasure;

/** Two spheres or drafts: everything an aggregate says, contiguity and reach included. */
export const COMPARE_MEASURES: readonly AggregateMeasure[] = [
	'memberCount',
	'population',
	'areaOfficialKm2',
	'densityPerKm2',
	'dayNightRatio',
	'parts',
	'prefectures'
];

/** A sphere against a prefecture: only what means the same for both. */
export const MIXED_MEASURES: readonly AggregateMeasure[] = [
	'memberCount',
	'population',
	'areaOfficialKm2',
	'densityPerKm2',
	'dayNightRatio'
];

/** Two prefectures: their size, then the coverage of each scheme by count, population and area. */
export const PREFECTURE_MEASURES: readonly CoverageMeasure[] = [
	'municipalities',
	'population',
	'areaKm2',
	'renkeiMunicipalities',
	'renkeiMunicipalitiesPct',
	'renkeiPopulationPct',
	'renkeiAreaKm2Pct',
	'teijuMunicipalities',
	'teijuMunicipalitiesPct',
	'teijuPopulationPct',
	'teijuAreaKm2Pct',
	'eitherPopulationPct',
	'neitherMunicipalities',
	'neitherPopulationPct',
	'neitherAreaKm2Pct',
	'projects'
];

/** Measures that count 定住自立圏 memberships, so depend on a list known to be incomplete. */
const TEIJU_DEPENDENT = /^(teiju|either|neither)/;

export interface CompareRow {
	measure: CompareMeasure;
	a: number | null;
	b: number | null;
	/** b − a; for a share, in percentage points. null when either is missing. */
	delta: number | null;
	/** (b − a) ÷ a × 100; null when either is missing, a is 0, or the measure is a share. */
	deltaPct: number | null;
	/** The measure is a share in %, so its difference is in points. */
	share: boolean;
	/** The figure of a side counts from a list known to be incomplete there. */
	partialA: boolean;
	partialB: boolean;
}

function aggregateValue(aggregate: Aggregate, measure: AggregateMeasure): number | null {
	switch (measure) {
		case 'parts':
			return aggregate.memberCount === 0 ? 0 : aggregate.parts.length;
		case 'prefectures':
			return aggregate.prefectures.length;
		case 'dayNightRatio':
			// As a percentage, the way 昼夜間人口比率 is shown everywhere.
			return aggregate.dayNightRatio === null ? null : aggregate.dayNightRatio * 100;
		default:
			return aggregate[measure];
	}
}

function row(
	measure: CompareMeasure,
	a: number | null,
	b: number | null,
	flags: { share?: boolean; partialA?: boolean; partialB?: boolean } = {}
): CompareRow {
	const share = flags.share ?? false;
	const delta = a === null || b === null ? null : b - a;
	const deltaPct = share || delta === null || a === null || a === 0 ? null : (delta / a) * 100;
	return {
		measure,
		a,
		b,
		delta,
		deltaPct,
		share,
		partialA: flags.partialA ?? false,
		partialB: flags.partialB ?? false
	};
}

/** The delta table: one row per measure, B against A. */
export function compareAggregates(
	a: Aggregate,
	b: Aggregate,
	measures: readonly AggregateMeasure[] = COMPARE_MEASURES,
	flags: { partialA?: boolean; partialB?: boolean } = {}
): CompareRow[] {
	const partial = { partialA: flags.partialA ?? false, partialB: flags.partialB ?? false };
	return measures.map((measure) =>
		row(measure, aggregateValue(a, measure), aggregateValue(b, measure), {
			...partial,
			share: measure === 'dayNightRatio'
		})
	);
}

/** Two prefectures compared by their coverage rows on the same date. */
export function compareCoverageRows(a: CoverageRow, b: CoverageRow): CompareRow[] {
	return PREFECTURE_MEASURES.map((measure) => {
		const partial = TEIJU_DEPENDENT.test(measure);
		return row(measure, a[measure], b[measure], {
			share: measure.endsWith('Pct'),
			partialA: partial && a.teijuIncomplete,
			partialB: partial && b.teijuIncomplete
		});
	});
}

/** Codes in A only, in both, in B only: what the map's two outlines show. */
export function overlapOf(a: readonly string[], b: readonly string[]) {
	const inA = new Set(a);
	const inB = new Set(b);
	return {
		onlyA: a.filter((code) => !inB.has(code)),
		shared: a.filter((code) => inB.has(code)),
		onlyB: b.filter((code) => !inA.has(code))
	};
}
