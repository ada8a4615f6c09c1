import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/lib/analysis/candidates';
import { computeCoverage, coverageLists } from '../../../../src/lib/analysis/coverage';
import { candidatesWithoutSphere, coverageSchemes } from '../../../../src/lib/analysis/research/schemes';
import { isSphereActive } from '../../../../src/lib/analysis/as-of';
import { committedContext } from '../committed-context';
import { readCommittedGeodata } from '../../read-geodata';

const { manifest, table, spheres } = readCommittedGeodata();
const data = { manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } };

describe.each(['2015-04-01', '2019-04-01', manifest.asOf.spheres])('coverage schemes on %s', (asOf) => {
	const schemes = coverageSchemes(spheres, { asOf, includePrefecturalBasis: true });
	const national = computeCoverage(data, { asOf }).national;
	const count = (scheme: string) => [...schemes.values()].filter((entry) => entry.scheme === scheme).length;

	it('agree with the coverage table: renkei-only + both = renkei, teiju-only + both = teiju', () => {
		expect(count('both')).toBe(national.bothMunicipalities);
		expect(count('renkei') + count('both')).toBe(national.renkeiMunicipalities);
		expect(count('teiju') + count('both')).toBe(national.teijuMunicipalities);
		expect(schemes.size).toBe(national.eitherMunicipalities);
	});

	it('count the same municipalities in several spheres as the coverage lists', () => {
		const several = [...schemes].filter(([, entry]) => entry.sphereCount > 1).map(([code]) => code);
		expect(several.sort()).toEqual(coverageLists(data, { asOf }).inSeveralSpheres.map((m) => m.code));
	});
});

describe('eligible centres without a sphere', () => {
	const report = findCandidates(committedContext(), 'renkei');

	it('drops every candidate that is a centre of an active sphere, and keeps the others', () => {
		for (const asOf of ['2012-04-01', manifest.asOf.spheres]) {
			const leading = new Set(spheres.filter((s) => isSphereActive(s, asOf)).flatMap((s) => s.centres));
			const kept = candidatesWithoutSphere(report.single, spheres, asOf);
			expect(kept.every((c) => c.codes.every((code) => !leading.has(code)))).toBe(true);
			const dropped = report.single.filter((c) => !kept.includes(c));
			expect(dropped.every((c) => c.codes.some((code) => leading.has(code)))).toBe(true);
		}
	});

	it('finds more unled candidates before the schemes grew than on the data date', () => {
		const early = candidatesWithoutSphere(report.single, spheres, '2012-04-01').length;
		const now = candidatesWithoutSphere(report.single, spheres, manifest.asOf.spheres).length;
		expect(early).toBeGreaterThan(now);
		// On the data date it is exactly the candidates the scan itself reports as leading nothing.
		expect(now).toBe(
			findCandidates(committedContext(), 'renkei', { asOf: manifest.asOf.spheres }).single.filter(
				(c) => c.leads.length === 0
			).length
		);
	});
});
