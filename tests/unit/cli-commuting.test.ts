import { describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run';

async function cli(args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

// In process: the first command builds the analysis context, which takes seconds on a busy machine.
describe('cli: commuting', { timeout: 60_000 }, () => {
	it('prints exactly { from, to, persons, total, share } with --to and --json, share a fraction', async () => {
		const { code, stdout } = await cli(['commuting', '31325', '--to', '31201', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(Object.keys(json)).toEqual(['from', 'to', 'persons', 'total', 'share']);
		expect(json).toMatchObject({ from: '31325', to: '31201' });
		expect(json.share).toBeCloseTo(json.persons / json.total, 12);
		expect(Number((json.share * 100).toFixed(1))).toBe(35.2);
	});

	it('lists the total, top destinations and inflows', async () => {
		const { code, stdout } = await cli(['commuting', '31201', '--top', '3']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/鳥取県 鳥取市 \(31201\): [\d,]+ commuters/);
		expect(stdout).toContain('Top destinations');
		expect(stdout.slice(stdout.indexOf('Inflows'))).toMatch(/\n {2}31325 {2}鳥取県 若桜町 +465 +35\.2 %/);
	});

	it('exits 2 with a message for an unknown code', async () => {
		const { code, stderr } = await cli(['commuting', '99999']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/Unknown municipality code "99999"/);
	});
});

describe('cli: the member criterion in sphere, aggregate and eligible', { timeout: 60_000 }, () => {
	it('sphere nakaumi --json gives every covered member its share to 米子市・松江市 together', async () => {
		const { stdout } = await cli(['sphere', 'nakaumi', '--json']);
		const json = JSON.parse(stdout);
		const members = json.eligibility.filter(
			(c: { criterion: string }) => c.criterion === 'teiju.members.commuting'
		);
		expect(members.map((c: { subject: string[] }) => c.subject[0]).sort()).toEqual(['31204', '32206']);
		for (const member of members) {
			expect(member.status).toBe('pass');
			expect(member.commuting.to).toEqual(['31202', '32201']);
			expect(member.commuting.share).toBeCloseTo(member.commuting.persons / member.commuting.total, 12);
		}
	});

	it('aggregate grades each member against the first code as centre', async () => {
		const { stdout } = await cli(['aggregate', '31201,31325,31401', '--kind', 'teiju', '--json']);
		const members = JSON.parse(stdout).eligibility.filter((c: { criterion: string }) =>
			c.criterion.endsWith('.commuting')
		);
		expect(
			Object.fromEntries(members.map((c: { subject: string[]; status: string }) => [c.subject[0], c.status]))
		).toEqual({
			'31325': 'pass',
			'31401': 'fail'
		});
	});

	it('eligible lists, for each centre candidate, who would pass the member criterion', async () => {
		const { stdout } = await cli(['eligible', 'teiju', '--json']);
		const tottori = JSON.parse(stdout).single.find((c: { codes: string[] }) => c.codes[0] === '31201');
		expect(tottori.tenPercentMembers).toContain('31325');
	});
});
