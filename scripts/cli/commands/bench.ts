import { runBenchmark } from '../../../src/lib/analysis/benchmark';
import { getSphere } from '../../../src/lib/analysis/context';
import { sphereMembership } from '../../../src/lib/analysis/sphere';
import type { CliCommand } from '../command';
import { parsePositiveInteger, stringOption } from '../options';
import { formatTable } from '../table';

/** About a minute of the slowest task on a laptop; more runs would not sharpen a median. */
const MAX_RUNS = 10_000;
const MAX_MEMBERS = 1741;

const command: CliCommand = {
	name: 'bench',
	usage: 'bench [--runs N] [--sphere <sphere-id>] [--members N]',
	summary:
		'Times all-spheres analysis and one draft recompute (first N members of a sphere) against turf.union.',
	positionals: { min: 0, max: 0 },
	options: { runs: { type: 'string' }, sphere: { type: 'string' }, members: { type: 'string' } },
	run({ options }, environment) {
		const runs = parsePositiveInteger(stringOption(options, 'runs'), 'runs', 200, MAX_RUNS);
		const memberCount = parsePositiveInteger(stringOption(options, 'members'), 'members', 30, MAX_MEMBERS);
		const context = environment.context();
		const sphere = getSphere(context, stringOption(options, 'sphere') ?? 'hiroshima');
		const membership = sphereMembership(sphere);
		const draft = {
			kind: sphere.kind,
			centres: membership.centres,
			codes: membership.codes.slice(0, memberCount)
		};
		const report = runBenchmark(context, draft, runs);
		const rows = [
			['all spheres: aggregates + outline + eligibility', report.allSpheres],
			[`draft recompute (${sphere.id}, ${report.draftRecompute.memberCount} members)`, report.draftRecompute],
			[`turf.union outline of the same draft`, report.turfUnionOutline]
		] as const;
		return {
			json: report,
			text: () =>
				formatTable(
					['task', 'runs', 'median ms', 'p95 ms'],
					rows.map(([task, timing]) => [
						task,
						String(timing.runs),
						timing.medianMs.toFixed(2),
						timing.p95Ms.toFixed(2)
					]),
					{ right: [1, 2, 3] }
				)
		};
	}
};

export default command;
