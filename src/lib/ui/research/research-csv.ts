/** CSV files of the Researcher view's lists and comparison (the coverage table has coverageCsv). */
import { toCsv } from '$lib/analysis/coverage';
import type { ListedMunicipality, MunicipalityInSeveralSpheres } from '$lib/analysis/coverage';
import type { Candidate } from '$lib/analysis/candidates';
import type { CompareRow, CompareSubject } from '$lib/analysis/research/compare';

const MUNICIPALITY_HEADER = ['code', 'prefCode', 'prefName', 'name', 'population', 'areaKm2'] as const;

const municipalityCells = (m: ListedMunicipality) => [
	m.code,
	m.prefCode,
	m.prefName,
	m.name,
	m.population,
	m.areaKm2
];

export function inNoSphereCsv(rows: readonly ListedMunicipality[]): string {
	return toCsv(MUNICIPALITY_HEADER, rows.map(municipalityCells));
}

export function inSeveralSpheresCsv(rows: readonly MunicipalityInSeveralSpheres[]): string {
	return toCsv(
		[...MUNICIPALITY_HEADER, 'renkeiSphereIds', 'teijuSphereIds'],
		rows.map((m) => [...municipalityCells(m), m.renkeiSphereIds, m.teijuSphereIds])
	);
}

export function centresWithoutSphereCsv(rows: readonly { kind: string; candidate: Candidate }[]): string {
	return toCsv(
		['kind', 'codes', 'names', 'verdict', 'conclusive'],
		rows.map(({ kind, candidate }) => [
			kind,
			candidate.codes,
			candidate.names,
			candidate.eligibility.verdict,
			candidate.eligibility.conclusive
		])
	);
}

/**
 * The delta table. A share's delta is in percentage points (`share` true); `aPartial` and
 * `bPartial` flag a figure counted from a list known to be incomplete on that side.
 */
export function compareCsv(a: CompareSubject, b: CompareSubject, rows: readonly CompareRow[]): string {
	return toCsv(
		['measure', `A: ${a.label}`, `B: ${b.label}`, 'delta', 'deltaPct', 'share', 'aPartial', 'bPartial'],
		rows.map((row) => [
			row.measure,
			row.a,
			row.b,
			row.delta,
			row.deltaPct === null ? null : Math.round(row.deltaPct * 100) / 100,
			row.share,
			row.partialA,
			row.partialB
		])
	);
}
