import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const cli = fileURLToPath(new URL('../../scripts/cli.ts', import.meta.url));

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the CLI from a foreign working directory: it must find geodata/ relative to itself. */
export const runCli = (args: string[]) =>
	new Promise<Run>((resolve) => {
		execFile(tsx, [cli, ...args], { cwd: tmpdir() }, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({ code, stdout, stderr });
		});
	});
