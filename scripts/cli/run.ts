import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalysisContext } from '../../src/lib/analysis/context';
import { AnalysisInputError } from '../../src/lib/analysis/errors';
import type { CliCommand, CliEnvironment } from './command';
import { CliUsageError } from './errors';
import { indexCommuting, type CommutingIndex } from '../../src/lib/analysis/commuting';
import { indexUea, type UeaIndex } from '../../src/lib/analysis/uea';
import { readCommutingData, readGeodata, type CliGeodata } from './geodata';
import type { OptionValues } from './options';

const commandsDir = new URL('./commands/', import.meta.url);

async function loadCommands(): Promise<Map<string, CliCommand>> {
	const files = readdirSync(commandsDir)
		.filter((file) => /\.[cm]?[jt]s$/.test(file) && !file.endsWith('.d.ts'))
		.sort();
	const commands = new Map<string, CliCommand>();
	for (const file of files) {
		const module = (await import(new URL(file, commandsDir).href)) as { default: CliCommand };
		commands.set(module.default.name, module.default);
	}
	return commands;
}

function usageText(commands: ReadonlyMap<string, CliCommand>): string {
	const lines = [...commands.values()].map((command) => `  ${command.usage}\n      ${command.summary}`);
	return ['Usage: npm run -s cli -- <command> [--json]', '', 'Commands:', ...lines].join('\n');
}

function parseCommandLine(command: CliCommand, args: readonly string[]) {
	// "-13101" would otherwise be read as the short options -1, -3, …
	const signed = args.find((arg) => /^-\d/.test(arg));
	if (signed !== undefined) {
		throw new CliUsageError(
			`"${signed}" is not a municipality code or a value (codes are 5 digits, without a sign)`
		);
	}
	const { values, positionals } = parseArgs({
		args: [...args],
		options: { ...command.options, json: { type: 'boolean' } },
		allowPositionals: true,
		strict: true
	});
	const { min, max } = command.positionals;
	if (positionals.length < min || positionals.length > max) {
		throw new CliUsageError(`Usage: ${command.usage}`);
	}
	const { json, ...options } = values;
	return { positionals, options: options as OptionValues, json: json === true };
}

function isParseArgsError(error: unknown): error is Error {
	return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export interface CliStreams {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** Runs one command line; returns the exit code (2 for any mistake in the input). */
export async function runCli(args: readonly string[], streams: CliStreams): Promise<number> {
	const commands = await loadCommands();
	const [name, ...rest] = args;
	if (name === undefined || name === 'help' || name === '--help') {
		(name === undefined ? streams.stderr : streams.stdout)(usageText(commands));
		return name === undefined ? 2 : 0;
	}
	const command = commands.get(name);
	if (command === undefined) {
		streams.stderr(`error: unknown command "${name}"\n\n${usageText(commands)}`);
		return 2;
	}

	let geodata: CliGeodata | undefined;
	let context: ReturnType<typeof createAnalysisContext> | undefined;
	let commuting: { index: CommutingIndex; uea: UeaIndex } | null | undefined;
	const commutingData = () => {
		if (commuting === undefined) {
			const data = readCommutingData();
			commuting = data && { index: indexCommuting(data.commuting), uea: indexUea(data.uea) };
		}
		return commuting;
	};
	const environment: CliEnvironment = {
		geodata: () => (geodata ??= readGeodata()),
		context: () => (context ??= createAnalysisContext(environment.geodata())),
		commuting: () => commutingData()?.index,
		uea: () => commutingData()?.uea
	};
	try {
		const input = parseCommandLine(command, rest);
		const output = command.run(input, environment);
		streams.stdout(input.json ? JSON.stringify(output.json, null, 2) : output.text());
		return 0;
	} catch (error) {
		if (error instanceof CliUsageError || error instanceof AnalysisInputError || isParseArgsError(error)) {
			streams.stderr(`error: ${error.message}`);
			return 2;
		}
		throw error;
	}
}
