import { censusFigures } from '../../../src/lib/analysis/census';
import { getMunicipality, isIslandMunicipality } from '../../../src/lib/analysis/context';
import { evaluateCentre } from '../../../src/lib/analysis/eligibility/evaluate';
import { AnalysisInputError } from '../../../src/lib/analysis/errors';
import { spheresContaining } from '../../../src/lib/analysis/sphere';
import type { CliCommand } from '../command';
import { formatInteger, formatKm2, formatRatio, KIND_NAMES, roundTo } from '../format';
import { parseCensus, parseCodeList, stringOption } from '../options';
import { criterionJson, eligibilityText, verdictJson } from '../present';
import { formatKeyValues, formatTable } from '../table';

const command: CliCommand = {
	name: 'municipality',
	usage: 'municipality <code> [--census 2015|2020|2025]',
	summary: 'One municipality: census figures, areas, neighbours, spheres, and eligibility as a centre.',
	positionals: { min: 1, max: 1 },
	options: { census: { type: 'string' } },
	run({ positionals, options }, environment) {
		const [code] = parseCodeList(positionals[0], 'code');
		const census = parseCensus(stringOption(options, 'census'));
		const context = environment.context();
		if (context.hoppoCodes.has(code)) {
			throw new AnalysisInputError(`${code} is a 北方領土 village: it has a boundary but no statistics`);
		}
		const m = getMunicipality(context, code);
		const neighbours = [...(context.neighboursByCode.get(code) ?? [])].sort();
		const spheres = spheresContaining(context, code);
		const eligibility = (['renkei', 'teiju'] as const).map((kind) =>
			evaluateCentre(context, kind, code, { census })
		);
		const figures = censusFigures(m, census);
		const areaGeometryKm2 = context.geometryAreaKm2ByCode.get(code) ?? 0;
		const nameOf = (other: string) => context.municipalities.get(other)?.name ?? other;
		return {
			json: {
				...m,
				census,
				population: figures.population,
				daytimePopulation: figures.daytimePopulation,
				dayNightRatio: figures.dayNightRatio,
				areaOfficialKm2: m.areaKm2,
				areaGeometryKm2: roundTo(areaGeometryKm2, 2),
				islandMunicipality: isIslandMunicipality(context, code),
				neighbours,
				spheres: spheres.map(({ sphere, role }) => ({
					id: sphere.id,
					kind: sphere.kind,
					name: sphere.name,
					role,
					endedOn: sphere.endedOn
				})),
				eligibility: eligibility.flatMap((result) => result.criteria.map(criterionJson)),
				verdicts: eligibility.map(verdictJson)
			},
			text: () =>
				[
					`${m.prefName} ${m.name} (${m.kana}) ${m.code}`,
					formatKeyValues([
						['kind', `${m.kind}${m.statusSince === null ? '' : ` (since ${m.statusSince})`}`],
						['population 2025 (R7速報)', m.pop2025 === undefined ? 'n/a' : formatInteger(m.pop2025)],
						['population 2020 (R2)', formatInteger(m.pop2020)],
						['population 2015 (H27)', formatInteger(m.pop2015)],
						['daytime population 2020', formatInteger(m.daytimePop2020)],
						['昼夜間人口比率 2020', formatRatio(m.dayNightRatio2020)],
						['area (official 面積)', formatKm2(m.areaKm2)],
						['area (geometry, Turf)', formatKm2(areaGeometryKm2)],
						[
							'neighbours',
							neighbours.length === 0 ? 'none (island municipality)' : neighbours.map(nameOf).join(' ')
						]
					]),
					'',
					'Spheres:',
					spheres.length === 0
						? '  none'
						: formatTable(
								['id', 'kind', 'name', 'role', 'ended'],
								spheres.map(({ sphere, role }) => [
									sphere.id,
									KIND_NAMES[sphere.kind],
									sphere.name,
									role,
									sphere.endedOn ?? ''
								]),
								{ indent: '  ' }
							),
					'',
					'As a centre on its own:',
					eligibilityText(eligibility)
				].join('\n')
		};
	}
};

export default command;
