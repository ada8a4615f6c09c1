import { describe, expect, it } from 'vitest';
import { activeSphereCounts } from '../../../../src/lib/analysis/coverage';
import {
	dateAtMonth,
	monthIndex,
	nextPlayStep,
	playSteps,
	timelineRange
} from '../../../../src/lib/analysis/research/timeline';
import type { Sphere } from '../../../../src/lib/data/types';
import { readCommittedGeodata } from '../../read-geodata';

const { spheres, manifest } = readCommittedGeodata();

function sphere(id: string, dates: Partial<Pick<Sphere, 'declaredOn' | 'agreementOn' | 'visionOn'>>): Sphere {
	return {
		id,
		kind: 'teiju',
		name: id,
		note: null,
		nameUnconfirmed: false,
		membersPartial: false,
		centres: [],
		members: [],
		declaredOn: dates.declaredOn ?? null,
		agreementOn: dates.agreementOn ?? null,
		visionOn: dates.visionOn ?? null,
		endedOn: null,
		successorId: null,
		sources: []
	};
}

describe('timeline of the as-of control', () => {
	it('runs from the month of the earliest start (partial dates from their start) to the data date', () => {
		const range = timelineRange(
			[sphere('a', { agreementOn: '2010-05-20' }), sphere('b', { declaredOn: '2009' }), sphere('c', {})],
			'2012-03-31'
		);
		expect(range).toEqual({ start: '2009-01-01', end: '2012-03-31', months: 38 });
	});

	it('maps slider positions to the 1st of each month and the last one to the end date', () => {
		const range = timelineRange([sphere('a', { agreementOn: '2009-11' })], '2011-02-15');
		expect(range.months).toBe(15);
		expect(dateAtMonth(range, 0)).toBe('2009-11-01');
		expect(dateAtMonth(range, 2)).toBe('2010-01-01');
		expect(dateAtMonth(range, 14)).toBe('2011-01-01');
		expect(dateAtMonth(range, 15)).toBe('2011-02-15');
		expect(dateAtMonth(range, 99)).toBe('2011-02-15');
		expect(monthIndex(range, '2010-01-31')).toBe(2);
		expect(monthIndex(range, '2001-01-01')).toBe(0);
		expect(monthIndex(range, '2030-01-01')).toBe(15);
	});

	it('plays through every 1 April and 1 October, ending on the data date and wrapping around', () => {
		const range = timelineRange([sphere('a', { agreementOn: '2009-11' })], '2011-02-15');
		const steps = playSteps(range);
		expect(steps).toEqual(['2009-11-01', '2010-04-01', '2010-10-01', '2011-02-15']);
		expect(nextPlayStep(steps, '2010-04-01')).toBe('2010-10-01');
		expect(nextPlayStep(steps, '2010-05-07')).toBe('2010-10-01');
		expect(nextPlayStep(steps, '2011-02-15')).toBe('2009-11-01');
	});

	it('on the committed data starts before the first 定住自立圏 of 2009 and ends on the manifest date', () => {
		const range = timelineRange(spheres, manifest.asOf.spheres);
		expect(range.start <= '2009-12-31').toBe(true);
		expect(range.end).toBe(manifest.asOf.spheres);
		const before = activeSphereCounts(spheres, dateAtMonth(range, 0));
		const undatedSpheres = spheres.filter(
			(s) => s.declaredOn === null && s.agreementOn === null && s.visionOn === null && s.endedOn === null
		).length;
		// On the first position only spheres starting that month, and undated ones, exist.
		expect(before.renkei.spheres + before.teiju.spheres).toBeLessThanOrEqual(undatedSpheres + 3);
	});
});
