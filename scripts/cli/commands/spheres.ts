import { analyseAllSpheres } from '../../../src/lib/analysis/all-spheres';
import type { CliCommand } from '../command';
import { formatInteger, formatKm2, formatRatio, roundTo } from '../format';
import { parseAsOf, parseCensus, parseKind, stringOption } from '../options';
import { formatTable } from '../table';

const command: CliCommand = {
	name: 'spheres',
	usage: 'spheres [--kind renkei|teiju] [--as-of YYYY-MM-DD] [--census 2015|2020|2025]',
	summary: 'All spheres with their size and verdict; with --as-of, only those active on that date.',
	positionals: { min: 0, max: 0 },
	options: { kind: { type: 'string' }, 'as-of': { type: 'string' }, census: { type: 'string' } },
	run({ options }, environment) {
		const kindOption = stringOption(options, 'kind');
		const kind = kindOption === undefined ? undefined : parseKind(kindOption);
		const asOf = parseAsOf(stringOption(options, 'as-of'));
		const census = parseCensus(stringOption(options, 'census'));
		const context = environment.context();
		const analyses = analyseAllSpheres(context, { kind, asOf, census, outline: false }).filter(
			(analysis) => analysis.membership.active
		);
		const rows = analyses.map(({ sphere, membership, aggregate, eligibility }) => ({
			id: sphere.id,
			kind: sphere.kind,
			name: sphere.name,
			centres: membership.centres,
			endedOn: sphere.endedOn,
			memberCount: aggregate.memberCount,
			population: aggregate.population,
			dayNightRatio: aggregate.dayNightRatio,
			areaOfficialKm2: aggregate.areaOfficialKm2,
			areaGeometryKm2: roundTo(aggregate.areaGeometryKm2, 2),
			contiguous: aggregate.contiguous,
			partCount: aggregate.parts.length,
			verdict: eligibility?.verdict ?? null,
			conclusive: eligibility?.conclusive ?? null
		}));
		const nameOf = (code: string) => context.municipalities.get(code)?.name ?? code;
		return {
			json: { asOf, census, kind: kind ?? null, spheres: rows },
			text: () =>
				[
					`${rows.length} spheres${asOf === null ? ' (all listed, including ended ones)' : ` active on ${asOf}`}, census ${census}`,
					formatTable(
						['id', 'kind', 'name', 'centre', 'n', 'population', 'ratio', 'area', 'parts', 'verdict', 'ended'],
						rows.map((row) => [
							row.id,
							row.kind,
							row.name,
							row.centres.map(nameOf).join('・'),
							String(row.memberCount),
							formatInteger(row.population),
							formatRatio(row.dayNightRatio),
							formatKm2(row.areaOfficialKm2),
							String(row.partCount),
							row.verdict === null ? '' : `${row.verdict}${row.conclusive === true ? '' : '*'}`,
							row.endedOn ?? ''
						]),
						{ right: [4, 5, 6, 7, 8] }
					),
					'* verdict from the checkable criteria; some could not be checked (see `sphere <id>`)'
				].join('\n')
		};
	}
};

export default command;
