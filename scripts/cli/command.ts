import type { AnalysisContext } from '../../src/lib/analysis/context';
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
}

/** What a command produced: printed as JSON with --json, as text otherwise. */
export interface CommandOutput {
	json: unknown;
	text(): string;
}

export interface CommandInput {
	positionals: string[];
	options: OptionValues;
}

/**
 * One CLI command. Each lives in its own file in scripts/cli/commands/ and default-exports
 * this; the runner finds them there, so a new command is one new file.
 */
export interface CliCommand {
	name: string;
	/** e.g. "sphere <sphere-id> [--as-of YYYY-MM-DD] [--census 2015|2020|2025]" */
	usage: string;
	summary: string;
	positionals: { min: number; max: number };
	/** Options besides the global --json. */
	options: Record<string, CliOptionSpec>;
	run(input: CommandInput, environment: CliEnvironment): CommandOutput;
}
