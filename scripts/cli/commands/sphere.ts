import { analyseSphere } from '../../../src/lib/analysis/sphere';
import type { CliCommand } from '../command';
import { KIND_NAMES } from '../format';
import { parseAsOf, parseCensus, stringOption } from '../options';
import { aggregateJson, aggregateText, eligibilityText, membersText } from '../present';

const command: CliCommand = {
	name: 'sphere',
	usage: 'sphere <sphere-id> [--as-of YYYY-MM-DD] [--census 2015|2020]',
	summary: "A sphere's statistics, contiguity and eligibility (members as of a date, if given).",
	positionals: { min: 1, max: 1 },
	options: { 'as-of': { type: 'string' }, census: { type: 'string' } },
	run({ positionals, options }, environment) {
		const asOf = parseAsOf(stringOption(options, 'as-of'));
		const census = parseCensus(stringOption(options, 'census'));
		const context = environment.context();
		const commuting = environment.commuting();
		const analysis = analyseSphere(context, positionals[0], { asOf, census, outline: false, commuting });
		const { sphere, membership, aggregate, eligibility } = analysis;
		const results = eligibility === null ? [] : [eligibility];
		return {
			json: {
				sphere: {
					id: sphere.id,
					name: sphere.name,
					kind: sphere.kind,
					endedOn: sphere.endedOn,
					membersPartial: sphere.membersPartial
				},
				asOf: membership.asOf,
				active: membership.active,
				...aggregateJson(aggregate, results)
			},
			text: () => {
				const when = membership.asOf === null ? 'all listed members' : `as of ${membership.asOf}`;
				const heading = `${sphere.name} (${sphere.id}, ${KIND_NAMES[sphere.kind]}) — ${when}`;
				if (!membership.active) return `${heading}\nnot active on ${membership.asOf}`;
				return [
					heading,
					...(sphere.membersPartial
						? ['一部のみ確認: only some members are confirmed; counts and totals are lower bounds']
						: []),
					'',
					aggregateText(context, aggregate),
					'',
					'Members:',
					membersText(context, aggregate),
					'',
					eligibilityText(results)
				].join('\n');
			}
		};
	}
};

export default command;
