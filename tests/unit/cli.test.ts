import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run, type Run } from './cli-run';

const CONTRACT_FIELDS = [
	'codes',
	'memberCount',
	'population',
	'daytimePopulation',
	'dayNightRatio',
	'areaOfficialKm2',
	'areaGeometryKm2',
	'contiguous',
	'parts',
	'eligibility'
];

describe('cli', () => {
	let sphere: Run, aggregate: Run, unknownCode: Run, impossibleDate: Run, projects: Run, badType: Run;

	beforeAll(async () => {
		[sphere, aggregate, unknownCode, impossibleDate, projects, badType] = await Promise.all([
			run(['sphere', 'bingo', '--as-of', '2019-11-17', '--census', '2015', '--json']),
			run(['aggregate', '16202,16211', '--centres', '16202,16211', '--kind', 'renkei', '--json']),
			run(['aggregate', '34207,99999']),
			run(['sphere', 'bingo', '--as-of', '2019-02-30']),
			run(['projects', '--program', 'kankei', '--year', 'H30', '--type', 'p2', '--json']),
			run(['projects', '--type', 'bogus'])
		]);
	}, 60_000);

	it('prints a sphere as JSON with the contract’s field names', () => {
		expect(sphere.code).toBe(0);
		const json = JSON.parse(sphere.stdout);
		for (const field of CONTRACT_FIELDS) expect(json).toHaveProperty(field);
		expect(json.memberCount).toBe(8);
		expect(json.population).toBe(857_212);
		expect(json.daytimePopulation).toBeNull();
		expect(json.dayNightRatio).toBeNull();
		expect(json.areaOfficialKm2).toBeCloseTo(2_510.41, 2);
		expect(json.contiguous).toBe(true);
		const ratio = json.eligibility.find(
			(c: { criterion: string }) => c.criterion === 'renkei.centre.dayNightRatio'
		);
		expect(Object.keys(ratio).slice(0, 5)).toEqual(['criterion', 'status', 'value', 'threshold', 'source']);
		expect(ratio.status).toBe('not-checkable');
	});

	it('prints an aggregate as JSON with the same field names', () => {
		expect(aggregate.code).toBe(0);
		const json = JSON.parse(aggregate.stdout);
		for (const field of CONTRACT_FIELDS) expect(json).toHaveProperty(field);
		expect(json.codes).toEqual(['16202', '16211']);
		expect(json.population).toBe(257_135);
		expect(json.eligibility.some((c: { criterion: string }) => c.criterion === 'renkei.pair.adjacent')).toBe(
			true
		);
	});

	it('exits with 2 and a message for an unknown code', () => {
		expect(unknownCode.code).toBe(2);
		expect(unknownCode.stderr).toMatch(/Unknown municipality code "99999"/);
		expect(unknownCode.stdout).toBe('');
	});

	it('exits with 2 and a message for an impossible date', () => {
		expect(impossibleDate.code).toBe(2);
		expect(impossibleDate.stderr).toMatch(/Invalid --as-of date "2019-02-30"/);
	});

	it('lists model projects with lead and partner codes, filtered', () => {
		expect(projects.code).toBe(0);
		const { projects: records } = JSON.parse(projects.stdout);
		expect(records).toHaveLength(9);
		const iwate = records.find((r: { leadCodes: string[] }) => r.leadCodes.includes('03'));
		expect(iwate).toMatchObject({ programme: 'kankei', year: 'H30', type: 'p2' });
		expect(iwate.partnerCodes).toEqual(expect.arrayContaining(['03209', '03211']));
		expect(badType.code).toBe(2);
		expect(badType.stderr).toContain('Unknown --type "bogus"');
	});
});
