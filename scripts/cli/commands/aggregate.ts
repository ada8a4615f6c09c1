import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { evaluateEligibility } from '../../../src/lib/analysis/eligibility/evaluate';
import type { SphereKind } from '../../../src/lib/data/types';
import type { CliCommand } from '../command';
import { parseCensus, parseCodeList, parseKind, stringOption } from '../options';
import { aggregateJson, aggregateText, eligibilityText, membersText } from '../present';

const command: CliCommand = {
	name: 'aggregate',
	usage: 'aggregate <code,code,...> [--census 2015|2020|2025] [--centres code[,code]] [--kind renkei|teiju]',
	summary:
		'Statistics of any list of municipalities; eligibility with the first code (or --centres) as centre.',
	positionals: { min: 1, max: 1 },
	options: { census: { type: 'string' }, centres: { type: 'string' }, kind: { type: 'string' } },
	run({ positionals, options }, environment) {
		const census = parseCensus(stringOption(options, 'census'));
		const codes = parseCodeList(positionals[0], 'code');
		const centresOption = stringOption(options, 'centres');
		const kindOption = stringOption(options, 'kind');
		const kinds: SphereKind[] = kindOption === undefined ? ['renkei', 'teiju'] : [parseKind(kindOption)];
		const context = environment.context();
		const counted = aggregateCodes(context, codes, { census, outline: false }).codes;
		const centres =
			centresOption === undefined ? counted.slice(0, 1) : parseCodeList(centresOption, 'centre');
		const aggregate = aggregateCodes(context, codes, { census, centres, outline: false });
		const members = aggregate.codes.filter((code) => !centres.includes(code));
		const results = kinds.map((kind) => evaluateEligibility(context, { kind, centres, members }, { census }));
		return {
			json: aggregateJson(aggregate, results),
			text: () =>
				[
					aggregateText(context, aggregate),
					'',
					'Members:',
					membersText(context, aggregate),
					'',
					eligibilityText(results)
				].join('\n')
		};
	}
};

export default command;
