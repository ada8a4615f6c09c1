import type { CommutingIndex } from '../../src/lib/analysis/commuting';
import type { AnalysisContext } from '../../src/lib/analysis/context';
import type { UeaIndex } from '../../src/lib/analysis/uea';
import type { CliGeodata } from './geodata';
import type { OptionValues } from './options';

export interface CliOptionSpec {
	type: 'string' | 'boolean';
}

export interface CliEnvironment {
	/** Read from geodata/ on first use. */
	geodata(): CliGeodata;
	/** Built on first use. */
	context(): AnalysisContext;
	/** The commuting table, indexed on first use; undefined when geodata/ has none. */
	commuting(): CommutingIndex | undefined;
	uea(): UeaIndex | undefined;
}

/** What a command produced: printed as JSON with --json, as text otherwise. */
export interface CommandOutput {
	json: unknown;
	text(): string;
}

export interface CommandInput {
	positionals: string[];
	options: OptionValues;
	/** --json was given: the command's `json` output is printed. */
	json: boolean;
}

/**
 * One CLI command. Each lives in its own file in scripts/cli/commands/ and default-exports
 * this; the runner finds them there, so a new command is one new file.
 */
export interface CliCommand {
	name: string;
	/** e.g. "sphere <sphere-id> [--as-of YYYY-MM-DD] [--census 2015|2020]" */
	usage: string;
	summary: string;
	positionals: { min: number; max: number };
	/** Options besides the global --json. */
	options: Record<string, CliOptionSpec>;
	run(input: CommandInput, environment: CliEnvironment): CommandOutput;
}
