import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Run } from './cli-run';

describe('cli: the 2025 base and the outlook', () => {
	let outlook: Run, sphere2025: Run, iwaki: Run, badCensus: Run, coverage2025: Run;

	beforeAll(async () => {
		[outlook, sphere2025, iwaki, badCensus, coverage2025] = await Promise.all([
			runCli(['outlook', 'bingo', '--json']),
			runCli(['sphere', 'bingo', '--census', '2025', '--json']),
			runCli(['outlook', '07204,07209']),
			runCli(['sphere', 'bingo', '--census', '2030']),
			runCli(['coverage', '--census', '2025', '--json'])
		]);
	}, 60_000);

	it('gives each year’s projected total and the crossing years of 備後圏域', () => {
		expect(outlook.code).toBe(0);
		const json = JSON.parse(outlook.stdout);
		expect(json.basis).toContain('IPSS');
		expect(json.census['2020']).toEqual({ sphere: 852_168, centre: 460_930 });
		expect(json.projections.map((p: { year: number }) => p.year)).toEqual([
			2025, 2030, 2035, 2040, 2045, 2050
		]);
		expect(json.projections.at(-1)).toMatchObject({ year: 2050, sphere: 621_862, centre: 383_669 });
		expect(json.crossings).toEqual([
			expect.objectContaining({
				criterion: 'renkei.centre.population',
				threshold: 200_000,
				firstProjectedYear: null
			})
		]);
	});

	it('returns the 2025 population of a sphere on the 2025 base', () => {
		expect(sphere2025.code).toBe(0);
		const json = JSON.parse(sphere2025.stdout);
		expect(json.census).toBe(2025);
		expect(json.population).toBe(796_985);
		expect(json.daytimePopulation).toBeNull();
		const ratio = json.eligibility.find(
			(c: { criterion: string }) => c.criterion === 'renkei.centre.dayNightRatio'
		);
		expect(ratio).toMatchObject({ census: 2020, status: 'near' });
	});

	it('computes coverage on the 2025 base', () => {
		expect(coverage2025.code).toBe(0);
		const json = JSON.parse(coverage2025.stdout);
		expect(json.census).toBe(2025);
		expect(json.national.population).toBe(123_049_524);
	});

	it('says "no projection" for いわき市 and rejects an unknown census', () => {
		expect(iwaki.code).toBe(0);
		expect(iwaki.stdout).toContain('no projection: 07204 いわき市');
		expect(badCensus.code).toBe(2);
		expect(badCensus.stderr).toContain('expected 2015, 2020 or 2025');
	});
});
