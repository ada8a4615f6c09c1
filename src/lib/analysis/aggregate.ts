import type { MultiPolygon } from 'geojson';
import {
	censusFigures,
	daytimeUnavailable,
	DEFAULT_CENSUS_YEAR,
	populationOf,
	type CensusYear
} from './census';
import { contiguityOf, type ContiguityPart } from './contiguity';
import { getMunicipality, type AnalysisContext } from './context';
import { AnalysisInputError } from './errors';
import { outlineOf } from './outline';

export interface AggregateOptions {
	census?: CensusYear;
	/** Centres among the codes, for the centre's share of population. */
	centres?: readonly string[];
	/** Merge the members' outline (default true). Listings can skip it. */
	outline?: boolean;
}

export interface ExcludedCode {
	code: string;
	reason: string;
}

export interface PrefectureSpan {
	code: string;
	name: string;
	memberCount: number;
}

export interface Aggregate {
	/** Counted municipalities, in input order, without duplicates or 北方領土 villages. */
	codes: string[];
	excluded: ExcludedCode[];
	census: CensusYear;
	memberCount: number;
	population: number;
	/** null when the census basis has no daytime figures (2015, 2025); see `unavailable`. */
	daytimePopulation: number | null;
	/** Σ daytime ÷ Σ resident population of the members. */
	dayNightRatio: number | null;
	/** Why a statistic is null. */
	unavailable: string[];
	/** Σ of the official 面積 (国土地理院 2020-10-01). */
	areaOfficialKm2: number;
	/** Σ of the Turf geodesic area of the members' simplified polygons. */
	areaGeometryKm2: number;
	/** Population per official km²; null for an empty list. */
	densityPerKm2: number | null;
	centres: string[];
	centrePopulation: number;
	centrePopulationShare: number | null;
	prefectures: PrefectureSpan[];
	contiguous: boolean;
	parts: ContiguityPart[];
	/** Members merged along shared arcs; null when skipped. Shares point arrays with the context: read-only. */
	outline: MultiPolygon | null;
}

export const HOPPO_REASON = '北方領土 village: counted in no statistic';

function partitionCodes(context: AnalysisContext, codes: readonly string[]) {
	const counted: string[] = [];
	const excluded: ExcludedCode[] = [];
	const seen = new Set<string>();
	for (const code of codes) {
		if (seen.has(code)) continue;
		seen.add(code);
		if (context.hoppoCodes.has(code)) excluded.push({ code, reason: HOPPO_REASON });
		else {
			getMunicipality(context, code);
			counted.push(code);
		}
	}
	return { counted, excluded };
}

function prefectureSpans(context: AnalysisContext, codes: readonly string[]): PrefectureSpan[] {
	const counts = new Map<string, number>();
	for (const code of codes) {
		const { prefCode } = getMunicipality(context, code);
		counts.set(prefCode, (counts.get(prefCode) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, memberCount]) => ({ code, name: context.prefectures.get(code)?.name ?? code, memberCount }));
}

const roundToHundredths = (value: number): number => Math.round(value * 100) / 100;

/** Statistics of any list of municipality codes. Throws for an unknown code or a centre not in the list. */
export function aggregateCodes(
	context: AnalysisContext,
	codes: readonly string[],
	options: AggregateOptions = {}
): Aggregate {
	const census = options.census ?? DEFAULT_CENSUS_YEAR;
	const { counted, excluded } = partitionCodes(context, codes);
	const centres = [...(options.centres ?? [])];
	const missingCentre = centres.find((code) => !counted.includes(code));
	if (missingCentre !== undefined) {
		throw new AnalysisInputError(`Centre ${missingCentre} is not among the counted codes`);
	}

	let population = 0;
	const noDaytime = daytimeUnavailable(census);
	let daytimePopulation: number | null = noDaytime === null ? 0 : null;
	let areaOfficialKm2 = 0;
	let areaGeometryKm2 = 0;
	for (const code of counted) {
		const municipality = getMunicipality(context, code);
		const figures = censusFigures(municipality, census);
		population += figures.population;
		if (daytimePopulation !== null) daytimePopulation += figures.daytimePopulation ?? 0;
		areaOfficialKm2 += municipality.areaKm2;
		areaGeometryKm2 += context.geometryAreaKm2ByCode.get(code) ?? 0;
	}
	const populationByCode = (code: string) => populationOf(getMunicipality(context, code), census);
	const centrePopulation = centres.reduce((sum, code) => sum + populationByCode(code), 0);
	const { contiguous, parts } = contiguityOf(context, counted, populationByCode);
	areaOfficialKm2 = roundToHundredths(areaOfficialKm2);

	return {
		codes: counted,
		excluded,
		census,
		memberCount: counted.length,
		population,
		daytimePopulation,
		dayNightRatio: daytimePopulation === null || population === 0 ? null : daytimePopulation / population,
		unavailable: noDaytime === null ? [] : [noDaytime],
		areaOfficialKm2,
		areaGeometryKm2,
		densityPerKm2: areaOfficialKm2 > 0 ? population / areaOfficialKm2 : null,
		centres,
		centrePopulation,
		centrePopulationShare: centres.length > 0 && population > 0 ? centrePopulation / population : null,
		prefectures: prefectureSpans(context, counted),
		contiguous,
		parts,
		outline: options.outline === false ? null : outlineOf(context, counted)
	};
}
