import type { Aggregate } from '../../src/lib/analysis/aggregate';
import { populationOf, ratioCensus } from '../../src/lib/analysis/census';
import type { AnalysisContext } from '../../src/lib/analysis/context';
import type { CriterionResult, EligibilityResult } from '../../src/lib/analysis/eligibility/criterion';
import {
	formatCensus,
	formatInteger,
	formatKm2,
	formatPercent,
	formatRatio,
	KIND_NAMES,
	roundTo
} from './format';
import { formatKeyValues, formatTable } from './table';

export function criterionJson(result: CriterionResult) {
	const { criterion, status, value, threshold, source, ...rest } = result;
	return { criterion, status, value, threshold, source, ...rest };
}

export function verdictJson(result: EligibilityResult) {
	const { kind, route, centres, census, rulesVersion, verdict, conclusive, label, unknown } = result;
	return {
		kind,
		route,
		centres,
		census,
		rulesVersion,
		verdict,
		conclusive,
		label,
		unknown: unknown.map((c) => c.criterion)
	};
}

/** The JSON of `sphere` and `aggregate`: the field names are part of the CLI's contract. */
export function aggregateJson(aggregate: Aggregate, eligibility: readonly EligibilityResult[]) {
	return {
		census: aggregate.census,
		codes: aggregate.codes,
		memberCount: aggregate.memberCount,
		population: aggregate.population,
		daytimePopulation: aggregate.daytimePopulation,
		dayNightRatio: aggregate.dayNightRatio,
		areaOfficialKm2: aggregate.areaOfficialKm2,
		areaGeometryKm2: roundTo(aggregate.areaGeometryKm2, 2),
		densityPerKm2: aggregate.densityPerKm2 === null ? null : roundTo(aggregate.densityPerKm2, 1),
		centres: aggregate.centres,
		centrePopulationShare: aggregate.centrePopulationShare,
		prefectures: aggregate.prefectures,
		contiguous: aggregate.contiguous,
		parts: aggregate.parts,
		excluded: aggregate.excluded,
		unavailable: aggregate.unavailable,
		eligibility: eligibility.flatMap((result) => result.criteria.map(criterionJson)),
		verdicts: eligibility.map(verdictJson)
	};
}

const nameOf = (context: AnalysisContext, code: string) => context.municipalities.get(code)?.name ?? code;

export function aggregateText(context: AnalysisContext, aggregate: Aggregate): string {
	const centres = aggregate.centres.map((code) => nameOf(context, code)).join('・');
	const summary = formatKeyValues([
		['census', formatCensus(aggregate.census)],
		['members', `${aggregate.memberCount}${centres === '' ? '' : ` (centre ${centres})`}`],
		['population', formatInteger(aggregate.population)],
		[
			'daytime population',
			aggregate.daytimePopulation === null ? 'not available' : formatInteger(aggregate.daytimePopulation)
		],
		[
			'昼夜間人口比率',
			aggregate.dayNightRatio === null ? 'not available' : formatRatio(aggregate.dayNightRatio)
		],
		['area (official Σ 面積)', formatKm2(aggregate.areaOfficialKm2)],
		['area (geometry, Turf)', formatKm2(aggregate.areaGeometryKm2)],
		['density', aggregate.densityPerKm2 === null ? 'n/a' : `${formatInteger(aggregate.densityPerKm2)} /km²`],
		['centre share', formatPercent(aggregate.centrePopulationShare)],
		['prefectures', aggregate.prefectures.map((p) => `${p.name} (${p.memberCount})`).join(', ')],
		['contiguous', aggregate.contiguous ? 'yes' : `no (${aggregate.parts.length} parts)`]
	]);
	const notes = [
		...aggregate.unavailable.map((reason) => `note: ${reason}`),
		...aggregate.excluded.map(({ code, reason }) => `excluded: ${code} (${reason})`)
	];
	const parts =
		aggregate.parts.length <= 1
			? []
			: [
					'',
					'Parts:',
					formatTable(
						['#', 'separation', 'population', 'municipalities'],
						aggregate.parts.map((part, index) => [
							String(index + 1),
							part.separation,
							formatInteger(part.population),
							part.codes.map((code) => nameOf(context, code)).join(' ')
						]),
						{ right: [0, 2], indent: '  ' }
					)
				];
	return [summary, ...notes, ...parts].join('\n');
}

export function membersText(context: AnalysisContext, aggregate: Aggregate): string {
	const rows = aggregate.codes.map((code) => {
		const m = context.municipalities.get(code);
		if (m === undefined) return [code, '', '', '', '', ''];
		const population = populationOf(m, aggregate.census);
		// The 2025 速報 has no ratio; the member table shows 2020's, as the checks do.
		const ratioYear = ratioCensus(aggregate.census);
		const ratio = ratioYear === null ? null : m.dayNightRatio2020;
		return [
			code,
			`${m.prefName} ${m.name}`,
			m.kind,
			formatInteger(population),
			formatRatio(ratio),
			formatKm2(m.areaKm2)
		];
	});
	const ratioYear = ratioCensus(aggregate.census);
	const ratioHeading = ratioYear === null ? 'ratio' : `ratio ${ratioYear}`;
	return formatTable(
		['code', 'municipality', 'kind', `population ${aggregate.census}`, ratioHeading, 'area'],
		rows,
		{
			right: [3, 4, 5],
			indent: '  '
		}
	);
}

export function eligibilityText(results: readonly EligibilityResult[]): string {
	return results
		.map((result) => {
			const heading = `${KIND_NAMES[result.kind]} (${result.route}, rules v${result.rulesVersion}): ${result.label}`;
			const rows = result.criteria.map((c) => [
				c.status,
				c.role === 'alternative' ? `(alternative) ${c.label}` : c.label
			]);
			return [heading, formatTable(['status', 'criterion'], rows, { indent: '  ' })].join('\n');
		})
		.join('\n\n');
}
