/**
 * Command-line access to the sphere analytics: `npm run -s cli -- <command> [--json]`.
 * Commands live in scripts/cli/commands/, one file each.
 */
import { runCli } from './cli/run';

const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(`${text}\n`);

process.exitCode = await runCli(process.argv.slice(2), {
	stdout: write(process.stdout),
	stderr: write(process.stderr)
});
