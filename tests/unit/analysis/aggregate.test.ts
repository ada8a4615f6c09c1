import { area } from '@turf/turf';
import { merge } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { AnalysisInputError, UnknownMunicipalityError } from '../../../src/lib/analysis/errors';
import { outlineOf } from '../../../src/lib/analysis/outline';
import { sphereMembership } from '../../../src/lib/analysis/sphere';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();
const bingo = sphereMembership(context.spheresById.get('bingo')!);
const fukuyama = codeOf('広島県', '福山市');
const nemuro = codeOf('北海道', '根室市');
const municipality = (code: string) => context.municipalities.get(code)!;

describe('aggregateCodes', () => {
	const aggregate = aggregateCodes(context, bingo.codes, { centres: [fukuyama] });

	it('sums the 2020 census and derives the sphere ratio from the sums', () => {
		const members = bingo.codes.map(municipality);
		const population = members.reduce((sum, m) => sum + m.pop2020, 0);
		const daytime = members.reduce((sum, m) => sum + m.daytimePop2020, 0);
		expect(aggregate.memberCount).toBe(9);
		expect(aggregate.population).toBe(population);
		expect(aggregate.daytimePopulation).toBe(daytime);
		expect(aggregate.dayNightRatio).toBeCloseTo(daytime / population, 12);
		expect(aggregate.unavailable).toEqual([]);
	});

	it('reports both the official and the geometry area, density and the centre share', () => {
		const official = bingo.codes.reduce((sum, code) => sum + municipality(code).areaKm2, 0);
		expect(aggregate.areaOfficialKm2).toBeCloseTo(official, 6);
		expect(aggregate.areaGeometryKm2).not.toBe(aggregate.areaOfficialKm2);
		expect(Math.abs(aggregate.areaGeometryKm2 / aggregate.areaOfficialKm2 - 1)).toBeLessThan(0.02);
		expect(aggregate.densityPerKm2).toBeCloseTo(aggregate.population / aggregate.areaOfficialKm2, 9);
		expect(aggregate.centrePopulationShare).toBeCloseTo(460_930 / aggregate.population, 12);
	});

	it('lists the prefectures spanned', () => {
		expect(aggregate.prefectures).toEqual([
			{ code: '33', name: '岡山県', memberCount: 2 },
			{ code: '34', name: '広島県', memberCount: 7 }
		]);
	});

	it('merges the members into an outline of their total area', () => {
		const memberPolygons = bingo.codes
			.map((code) => context.featureByCode.get(code)!.geometry)
			.reduce((sum, g) => sum + (g.type === 'Polygon' ? 1 : g.coordinates.length), 0);
		expect(aggregate.outline?.type).toBe('MultiPolygon');
		// Fully merged, the mainland members become one polygon (islands stay apart): at most
		// memberPolygons − (members − 1) polygons; unmerged it would be memberPolygons.
		expect(aggregate.outline!.coordinates.length).toBeLessThan(memberPolygons - bingo.codes.length + 2);
		const outlineKm2 = area(aggregate.outline!) / 1e6;
		expect(Math.abs(outlineKm2 / aggregate.areaGeometryKm2 - 1)).toBeLessThan(0.001);
	});

	it('says the 2015 daytime figures are not available instead of inventing them', () => {
		const census2015 = aggregateCodes(context, bingo.codes, { census: 2015 });
		expect(census2015.population).toBe(
			bingo.codes.reduce((sum, code) => sum + municipality(code).pop2015, 0)
		);
		expect(census2015.daytimePopulation).toBeNull();
		expect(census2015.dayNightRatio).toBeNull();
		expect(census2015.unavailable.join()).toMatch(/2015.*not in the bundled data/);
	});

	it('counts 北方領土 villages in no statistic, and duplicates once', () => {
		const withHoppo = aggregateCodes(context, [nemuro, '01695', nemuro]);
		expect(withHoppo.codes).toEqual([nemuro]);
		expect(withHoppo.excluded.map((e) => e.code)).toEqual(['01695']);
		expect(withHoppo.population).toBe(municipality(nemuro).pop2020);
		expect(withHoppo.areaGeometryKm2).toBeCloseTo(context.geometryAreaKm2ByCode.get(nemuro)!, 9);
	});

	it('rejects an unknown code and a centre outside the list', () => {
		expect(() => aggregateCodes(context, [fukuyama, '99999'])).toThrow(UnknownMunicipalityError);
		expect(() => aggregateCodes(context, [nemuro], { centres: [fukuyama] })).toThrow(AnalysisInputError);
	});

	it('skips the outline on request', () => {
		expect(aggregateCodes(context, bingo.codes, { outline: false }).outline).toBeNull();
	});
});

describe('outline from decoded arcs', () => {
	it('equals topojson-client merge on the original quantized topology', () => {
		const codes = sphereMembership(context.spheresById.get('hiroshima')!).codes;
		const reference = merge(
			context.topology,
			codes.map((code) => context.geometryByCode.get(code)!)
		);
		const fast = outlineOf(context, codes);
		expect(fast.coordinates.map((p) => p.map((r) => r.length))).toEqual(
			reference.coordinates.map((p) => p.map((r) => r.length))
		);
		const expected = reference.coordinates.flat(3);
		const largestDelta = fast.coordinates
			.flat(3)
			.reduce((largest, value, index) => Math.max(largest, Math.abs(value - expected[index])), 0);
		expect(largestDelta).toBeLessThan(1e-9);
	});

	it('is safe: the committed topology has no zero-length arcs (stitch detects those in delta form only)', () => {
		const zeroLength = context.topology.arcs.filter(
			(arc) => arc.length < 3 && arc[1][0] === 0 && arc[1][1] === 0
		);
		expect(zeroLength).toEqual([]);
	});
});
