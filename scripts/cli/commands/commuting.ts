import {
	commutingShare,
	destinationsOf,
	inflowsTo,
	type CommutingIndex,
	type Flow
} from '../../../src/lib/analysis/commuting';
import { getMunicipality, type AnalysisContext } from '../../../src/lib/analysis/context';
import type { CliCommand } from '../command';
import { CliUsageError } from '../errors';
import { formatInteger, formatPercent } from '../format';
import { parseCodeList, parsePositiveInteger, stringOption } from '../options';
import { formatTable } from '../table';

const SPECIAL_WARDS = '13100';

function nameOf(context: AnalysisContext, code: string): string {
	if (code === SPECIAL_WARDS) return '東京都 特別区部';
	const m = context.municipalities.get(code);
	return m === undefined ? code : `${m.prefName} ${m.name}`;
}

function parseCode(value: string, what: string, context: AnalysisContext, index: CommutingIndex): string {
	const [code] = parseCodeList(value, what);
	if (value.includes(',')) throw new CliUsageError(`Invalid ${what} "${value}" (expected one 5-digit code)`);
	if (!index.aggregates.has(code)) getMunicipality(context, code);
	return code;
}

function requireIndex(index: CommutingIndex | undefined): CommutingIndex {
	if (index === undefined) throw new CliUsageError('geodata/commuting.json is missing: run npm run geodata');
	return index;
}

function flowRows(context: AnalysisContext, flows: readonly Flow[], pick: (flow: Flow) => string) {
	return flows.map((flow) => [
		pick(flow),
		nameOf(context, pick(flow)),
		formatInteger(flow.persons),
		formatPercent(flow.share)
	]);
}

const command: CliCommand = {
	name: 'commuting',
	usage: 'commuting <code> [--to <code>] [--top N]',
	summary:
		'Commuters (通勤通学者, 2020 census) of a municipality: total, top destinations, inflows; with --to, one share.',
	positionals: { min: 1, max: 1 },
	options: { to: { type: 'string' }, top: { type: 'string' } },
	run({ positionals, options }, environment) {
		const context = environment.context();
		const index = requireIndex(environment.commuting());
		const from = parseCode(positionals[0], 'code', context, index);
		if (index.aggregates.has(from))
			throw new CliUsageError(`${from} is an aggregate; choose one of its wards`);
		const toOption = stringOption(options, 'to');
		const top = parsePositiveInteger(stringOption(options, 'top'), 'top', 10, 1741);
		const origin = index.origins.get(from);
		const prefecture = context.prefectures.get(from.slice(0, 2))?.name ?? from.slice(0, 2);
		if (!index.prefectures.has(from.slice(0, 2))) {
			throw new CliUsageError(`No commuting data for ${prefecture}: ${from} is not checkable`);
		}
		const floor = formatPercent(index.storedShareFloor);

		if (toOption !== undefined) {
			const to = parseCode(toOption, '--to code', context, index);
			const lookup = commutingShare(index, from, [to]);
			if (!lookup.ok) throw new CliUsageError(`${nameOf(context, from)} has no commuters recorded`);
			const { persons, total, share, below } = lookup.value;
			const exact = below === null;
			return {
				json: { from, to, persons: exact ? persons : null, total, share: exact ? share : null },
				text: () =>
					exact
						? `${nameOf(context, from)} → ${nameOf(context, to)}: ${formatInteger(persons)} of ${formatInteger(total)} commuters = ${formatPercent(share)}`
						: `${nameOf(context, from)} → ${nameOf(context, to)}: under ${floor} of ${formatInteger(total)} commuters (flows under ${floor} are not in the bundled table)`
			};
		}

		const destinations = destinationsOf(index, from);
		const inflows = inflowsTo(index, from);
		const total = origin?.total ?? 0;
		return {
			json: {
				code: from,
				name: nameOf(context, from),
				total,
				storedShareFloor: index.storedShareFloor,
				destinations: destinations.map(({ to, persons, share }) => ({ to, persons, share })),
				inflows: inflows.map(({ from: code, persons, share }) => ({ from: code, persons, share }))
			},
			text: () => {
				const headers = ['code', 'municipality', 'persons', 'share'];
				const table = (rows: string[][]) =>
					rows.length === 0 ? '  none' : formatTable(headers, rows, { right: [2, 3], indent: '  ' });
				return [
					`${nameOf(context, from)} (${from}): ${formatInteger(total)} commuters to work or school (2020 census, 原数値, working at home excluded)`,
					'',
					`Top destinations (share of ${nameOf(context, from)}'s commuters; ${from} itself = within the municipality):`,
					table(flowRows(context, destinations.slice(0, top), (f) => f.to)),
					'',
					`Inflows (share of each origin's commuters; origins sending ${floor} or more):`,
					table(flowRows(context, inflows.slice(0, top), (f) => f.from))
				].join('\n');
			}
		};
	}
};

export default command;
