import { describe, expect, it } from 'vitest';
import type { ModelProject } from '../../../../src/lib/data/projects-types';
import type { Sphere } from '../../../../src/lib/data/types';
import {
	activeMembership,
	projectsInSphere,
	spheresOfProject
} from '../../../../src/lib/ui/projects/spheres';

function sphere(
	id: string,
	codes: string[],
	agreementOn: string | null,
	joined: (string | null)[] = []
): Sphere {
	return {
		id,
		kind: 'teiju',
		name: id,
		note: null,
		nameUnconfirmed: false,
		membersPartial: false,
		centres: [codes[0]],
		members: codes.map((code, i) => ({
			code,
			role: i === 0 ? 'centre' : 'member',
			joinedOn: joined[i] ?? null,
			basis: 'national'
		})),
		declaredOn: null,
		agreementOn,
		visionOn: null,
		endedOn: null,
		successorId: null,
		sources: []
	};
}

function project(id: string, codes: string[]): ModelProject {
	return {
		id,
		programme: 'kankei',
		fiscalYear: 2018,
		fiscalYearLabel: 'H30',
		scheme: '',
		type: 'p2',
		typeLabel: '',
		subtypes: [],
		joint: codes.length > 1,
		bodies: codes.map((code, i) => ({
			level: code.length === 2 ? 'prefecture' : 'municipality',
			code,
			prefName: '',
			name: code,
			role: i === 0 ? 'lead' : 'partner',
			inferred: false
		})),
		target: null,
		ceiling: { singleYen: 0, jointYen: null, appliedYen: 0 },
		summary: ''
	};
}

const spheres = [
	sphere('a', ['32204', '32501'], '2010-04-01', [null, '2021-01-01']),
	sphere('b', ['32505', '32501'], '2030-01-01'),
	sphere('c', ['01100'], null)
];
const asOf = '2020-04-01';
const membership = activeMembership(spheres, asOf);

describe('spheres and projects', () => {
	it('takes memberships as of the date', () => {
		expect([...membership.get('a')!]).toEqual(['32204']);
		expect(membership.has('b')).toBe(false);
		expect(membership.has('c')).toBe(true);
	});

	it('lists the spheres of a project’s bodies, ignoring prefecture bodies', () => {
		const result = spheresOfProject(project('p', ['32', '32204', '32501', '01100']), spheres, membership);
		expect(result.map((r) => [r.sphere.id, r.codes])).toEqual([
			['a', ['32204']],
			['c', ['01100']]
		]);
	});

	it('lists the projects with any body in a sphere', () => {
		const projects = [project('x', ['32204']), project('y', ['32501']), project('z', ['01100', '32204'])];
		expect(projectsInSphere('a', projects, membership).map((r) => r.project.id)).toEqual(['x', 'z']);
		expect(projectsInSphere('b', projects, membership)).toEqual([]);
	});
});
