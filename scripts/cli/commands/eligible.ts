import type { Candidate } from '../../../src/lib/analysis/candidates';
import { findCandidates } from '../../../src/lib/analysis/candidates';
import type { AnalysisContext } from '../../../src/lib/analysis/context';
import type { SphereKind } from '../../../src/lib/data/types';
import type { CliCommand } from '../command';
import { formatInteger, formatRatio, KIND_NAMES } from '../format';
import { parseAsOf, parseCensus, parseKind, stringOption } from '../options';
import { verdictJson } from '../present';
import { formatTable } from '../table';

function candidateJson(candidate: Candidate) {
	return {
		codes: candidate.codes,
		names: candidate.names,
		...verdictJson(candidate.eligibility),
		leads: candidate.leads,
		meetSingly: candidate.meetSingly
	};
}

function candidateRows(
	context: AnalysisContext,
	kind: SphereKind,
	candidates: readonly Candidate[],
	census: number
) {
	return candidates.map((candidate) => {
		const municipalities = candidate.codes.map((code) => context.municipalities.get(code));
		const population = municipalities.map((m) =>
			m === undefined ? '' : formatInteger(census === 2015 ? m.pop2015 : m.pop2020)
		);
		const ratio = municipalities.map((m) =>
			census === 2015 ? 'n/a' : formatRatio(m?.dayNightRatio2020 ?? null)
		);
		return [
			candidate.codes.join('+'),
			municipalities.map((m) => (m === undefined ? '' : `${m.prefName} ${m.name}`)).join(' + '),
			population.join(' + '),
			ratio.join(' / '),
			candidate.eligibility.label,
			candidate.leads
				.map((sphere) => (sphere.kind === kind ? sphere.id : `${sphere.id} (${sphere.kind})`))
				.join(' ')
		];
	});
}

const command: CliCommand = {
	name: 'eligible',
	usage: 'eligible renkei|teiju [--census 2015|2020|2025] [--as-of YYYY-MM-DD]',
	summary: 'Cities and adjacent city pairs meeting the centre criteria, and whether they lead a sphere.',
	positionals: { min: 1, max: 1 },
	options: { census: { type: 'string' }, 'as-of': { type: 'string' } },
	run({ positionals, options }, environment) {
		const kind = parseKind(positionals[0]);
		const census = parseCensus(stringOption(options, 'census'));
		const asOf = parseAsOf(stringOption(options, 'as-of'));
		const context = environment.context();
		const report = findCandidates(context, kind, { census, asOf });
		const headers = ['code', 'municipality', 'population', 'ratio', 'verdict', 'leads'];
		const table = (candidates: readonly Candidate[]) =>
			candidates.length === 0
				? '  none'
				: formatTable(headers, candidateRows(context, kind, candidates, census), { indent: '  ' });
		return {
			json: {
				kind,
				census,
				asOf,
				single: report.single.map(candidateJson),
				pairs: report.pairs.map(candidateJson),
				leadersFailing: report.leadersFailing.map(candidateJson)
			},
			text: () =>
				[
					`${KIND_NAMES[kind]} centre candidates, census ${census}; spheres ${asOf === null ? 'not ended' : `active on ${asOf}`}`,
					'verdict from the checkable criteria; "(not checkable: …)" lists what the bundled data cannot decide',
					'',
					`Single cities (${report.single.length}):`,
					table(report.single),
					'',
					`Adjacent pairs (${report.pairs.length}):`,
					table(report.pairs),
					'',
					`Sphere leaders whose own route fails on this data (${report.leadersFailing.length}):`,
					table(report.leadersFailing)
				].join('\n')
		};
	}
};

export default command;
