import { describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run';

async function run(args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

describe('cli edges (defect 7)', () => {
	it('refuses a run count written as an exponent or beyond the limit', async () => {
		for (const runs of ['1e9', '1000000000', '0x10', '2.0']) {
			const result = await run(['bench', '--runs', runs]);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/Invalid --runs/);
			expect(result.stdout).toBe('');
		}
	});

	it('refuses an aggregate of 北方領土 villages only, as municipality does', async () => {
		const result = await run(['aggregate', '01695']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/01695 is a 北方領土 village/);
		expect((await run(['municipality', '01695'])).code).toBe(2);
	});

	it('refuses --csv with --json', async () => {
		const result = await run(['coverage', '--csv', '--json']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/--csv and --json/);
		expect(result.stdout).toBe('');
	});

	it('explains a code with a minus sign instead of reading it as options', async () => {
		const result = await run(['municipality', '-13101']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/"-13101" is not a municipality code/);
	});
}, 60_000);
