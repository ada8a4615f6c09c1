import type { SphereKind } from '../data/types';
import { populationOf } from './census';
import { getMunicipality, getSphere, type AnalysisContext, type ProjectionData } from './context';
import { AnalysisInputError } from './errors';
import { ELIGIBILITY_RULES, type CriterionRule } from './rules';
import { sphereMembership } from './sphere';

/**
 * Population outlook of a sphere or any list of codes: the 2020 census, the 2025 速報 and
 * the IPSS 令和5年推計 to 2050. Projections are never criteria: an outlook reports when a
 * population threshold of the rules would be crossed on the projection, not pass or fail.
 */

export const OUTLOOK_BASIS = 'IPSS 令和5(2023)年推計 (国立社会保障・人口問題研究所)';

export interface PopulationPath {
	/** Counted codes (北方領土 villages left out, duplicates dropped). */
	codes: string[];
	census2020: number;
	/** 令和7年国勢調査 速報. */
	census2025: number;
	/** IPSS figure per projection year; null when a counted municipality has no projection of its own. */
	projected: (number | null)[];
	/** Change of each projected figure against the 2020 census, as a fraction. */
	changeFrom2020: (number | null)[];
	/** Change of the 2025 速報 against the 2020 census, as a fraction. */
	censusChange2025: number | null;
	/** Codes without a projection of their own, whose area is not wholly in the list. */
	unprojected: string[];
	/** IPSS areas (福島県浜通り) wholly in the list, counted as one as IPSS projects them. */
	areasCounted: string[];
}

export interface ThresholdCrossing {
	/** The rule's criterion id, e.g. "renkei.centre.population". */
	criterion: string;
	title: string;
	wording: string;
	threshold: number;
	/** 'at-or-below': the rule says 超 (more than), so the threshold itself is crossed. */
	crossedWhen: 'below' | 'at-or-below';
	subject: string[];
	census2020: number;
	census2025: number;
	crossedIn2020: boolean;
	/** On the 2025 速報. */
	crossedIn2025: boolean;
	/** First projection year the IPSS figure crosses; null when none does by the last year or there is no projection. */
	firstProjectedYear: number | null;
	noProjection: boolean;
}

export interface Outlook {
	basis: string;
	kind: SphereKind | null;
	years: number[];
	centres: string[];
	centre: PopulationPath;
	sphere: PopulationPath;
	crossings: ThresholdCrossing[];
}

export interface OutlookSubject {
	/** Without a kind the thresholds of both kinds are reported. */
	kind: SphereKind | null;
	centres: readonly string[];
	codes: readonly string[];
}

function requireProjections(context: AnalysisContext): ProjectionData {
	if (context.projections === null) {
		throw new Error('The outlook needs outlook.json (the 2025 速報 and the IPSS projections)');
	}
	return context.projections;
}

function countedCodes(context: AnalysisContext, codes: readonly string[]): string[] {
	const counted: string[] = [];
	for (const code of new Set(codes)) {
		if (context.hoppoCodes.has(code)) continue;
		getMunicipality(context, code);
		counted.push(code);
	}
	return counted;
}

const change = (value: number | null, from: number): number | null =>
	value === null || from === 0 ? null : value / from - 1;

/** The projected path of any list of municipalities; an IPSS area counts once when wholly listed. */
export function populationPath(context: AnalysisContext, codes: readonly string[]): PopulationPath {
	const projections = requireProjections(context);
	const counted = countedCodes(context, codes);
	const listed = new Set(counted);
	const areas = projections.areas.filter((area) => area.members.every((code) => listed.has(code)));
	const inCountedArea = new Set(areas.flatMap((area) => area.members));
	const unprojected = counted.filter(
		(code) => projections.projectedByCode.get(code) === null && !inCountedArea.has(code)
	);
	const projected = projections.years.map((_, index) => {
		if (unprojected.length > 0) return null;
		let total = areas.reduce((sum, area) => sum + area.projected[index], 0);
		for (const code of counted) total += projections.projectedByCode.get(code)?.[index] ?? 0;
		return total;
	});
	const census2020 = counted.reduce(
		(sum, code) => sum + populationOf(getMunicipality(context, code), 2020),
		0
	);
	const census2025 = counted.reduce(
		(sum, code) => sum + populationOf(getMunicipality(context, code), 2025),
		0
	);
	return {
		codes: counted,
		census2020,
		census2025,
		projected,
		changeFrom2020: projected.map((value) => change(value, census2020)),
		censusChange2025: change(census2025, census2020),
		unprojected,
		areasCounted: areas.map((area) => area.code)
	};
}

interface ThresholdRule {
	criterion: string;
	rule: CriterionRule;
	threshold: number;
	crossedWhen: ThresholdCrossing['crossedWhen'];
	/** 'each': every centre on its own; 'combined': the centres together. */
	applies: 'each' | 'combined';
}

const { renkei, teiju } = ELIGIBILITY_RULES;

const threshold = (
	criterion: string,
	rule: CriterionRule,
	value: number,
	applies: ThresholdRule['applies'],
	crossedWhen: ThresholdCrossing['crossedWhen'] = 'below'
): ThresholdRule => ({ criterion, rule, threshold: value, crossedWhen, applies });

/** The population thresholds of the rules, by kind and by number of centres (「超」 rules cross at the threshold). */
function thresholdRules(kind: SphereKind, pair: boolean): ThresholdRule[] {
	if (kind === 'renkei' && pair) {
		const { population, combinedPopulation } = renkei.pair;
		return [
			threshold('renkei.pair.population', population, population.threshold, 'each'),
			threshold(
				'renkei.pair.combinedPopulation',
				combinedPopulation,
				combinedPopulation.threshold,
				'combined'
			)
		];
	}
	if (kind === 'renkei') {
		const { population } = renkei.centre;
		return [threshold('renkei.centre.population', population, population.threshold, 'each')];
	}
	if (pair) {
		const { combinedPopulation } = teiju.pair;
		return [
			threshold(
				'teiju.pair.combinedPopulation',
				combinedPopulation,
				combinedPopulation.threshold,
				'combined',
				'at-or-below'
			)
		];
	}
	const { population } = teiju.centre;
	return [
		threshold('teiju.centre.population', population, population.threshold, 'each'),
		threshold('teiju.centre.population.floor', population, population.floor, 'each', 'at-or-below')
	];
}

function crossing(context: AnalysisContext, spec: ThresholdRule, subject: string[]): ThresholdCrossing {
	const path = populationPath(context, subject);
	const crosses = (value: number) =>
		spec.crossedWhen === 'below' ? value < spec.threshold : value <= spec.threshold;
	const index = path.projected.findIndex((value) => value !== null && crosses(value));
	return {
		criterion: spec.criterion,
		title: spec.rule.title,
		wording: spec.crossedWhen === 'at-or-below' ? `${spec.threshold / 10_000}万人超` : spec.rule.wording,
		threshold: spec.threshold,
		crossedWhen: spec.crossedWhen,
		subject,
		census2020: path.census2020,
		census2025: path.census2025,
		crossedIn2020: crosses(path.census2020),
		crossedIn2025: crosses(path.census2025),
		firstProjectedYear: index === -1 ? null : requireProjections(context).years[index],
		noProjection: path.projected.every((value) => value === null)
	};
}

/** Outlook of a draft or any list of codes; centres must be among the codes. */
export function outlookOf(context: AnalysisContext, subject: OutlookSubject): Outlook {
	const projections = requireProjections(context);
	const codes = countedCodes(context, subject.codes);
	const centres = [...subject.centres];
	const stray = centres.find((code) => !codes.includes(code));
	if (stray !== undefined) throw new AnalysisInputError(`Centre ${stray} is not among the counted codes`);
	const kinds: SphereKind[] = subject.kind === null ? ['renkei', 'teiju'] : [subject.kind];
	const pair = centres.length === 2;
	const crossings =
		centres.length === 0
			? []
			: kinds.flatMap((kind) =>
					thresholdRules(kind, pair).flatMap((spec) =>
						spec.applies === 'combined'
							? [crossing(context, spec, centres)]
							: centres.map((code) => crossing(context, spec, [code]))
					)
				);
	return {
		basis: OUTLOOK_BASIS,
		kind: subject.kind,
		years: [...projections.years],
		centres,
		centre: populationPath(context, centres),
		sphere: populationPath(context, codes),
		crossings
	};
}

/** Outlook of a sphere with its listed members (as of a date, when given). */
export function sphereOutlook(
	context: AnalysisContext,
	sphereId: string,
	asOf: string | null = null
): Outlook {
	const sphere = getSphere(context, sphereId);
	const membership = sphereMembership(sphere, asOf);
	return outlookOf(context, { kind: sphere.kind, centres: membership.centres, codes: membership.codes });
}

export interface CentreAtRisk {
	sphereId: string;
	sphereName: string;
	kind: SphereKind;
	crossing: ThresholdCrossing;
	/** The first of: 2020 census, 2025 速報, or the IPSS year; null when none by the last year. */
	when: 'census2020' | 'census2025' | number | null;
}

/**
 * Centres of the spheres given whose population is below a threshold of their rules on the
 * 2025 速報, or would be on the IPSS projection by `byYear`. Projections are outlooks, not
 * criteria: this lists where to look, it fails no sphere.
 */
export function centresBelowThresholds(
	context: AnalysisContext,
	spheres: readonly { id: string }[],
	byYear: number,
	asOf: string | null = null
): CentreAtRisk[] {
	const rows: CentreAtRisk[] = [];
	for (const { id } of spheres) {
		const sphere = getSphere(context, id);
		const outlook = sphereOutlook(context, id, asOf);
		for (const crossing of outlook.crossings) {
			const when = crossing.crossedIn2020
				? 'census2020'
				: crossing.crossedIn2025
					? 'census2025'
					: crossing.firstProjectedYear;
			if (when === null || (typeof when === 'number' && when > byYear)) continue;
			rows.push({ sphereId: id, sphereName: sphere.name, kind: sphere.kind, crossing, when });
		}
	}
	return rows;
}
