import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectTable } from '../../../src/lib/data/projects-types';
import {
	filterProjects,
	NO_FILTER,
	prefectureOptions,
	projectFitCodes,
	projectsOfMunicipality,
	sortProjects,
	toProjectView,
	yearOptions
} from '../../../src/lib/state/project-filters';

const table = JSON.parse(
	readFileSync(new URL('../../../geodata/projects.json', import.meta.url), 'utf8')
) as ProjectTable;
const projects = table.projects;

describe('project filters', () => {
	it('keeps everything without a filter', () => {
		expect(filterProjects(projects, NO_FILTER)).toHaveLength(projects.length);
	});

	it('filters by type: 7 関係創出型 projects', () => {
		const soshutsu = filterProjects(projects, { ...NO_FILTER, kind: 'soshutsu' });
		expect(soshutsu).toHaveLength(7);
		expect(soshutsu.every((p) => p.programme === 'kankei' && p.type === 'soshutsu')).toBe(true);
	});

	it('filters by programme and year, as the document counts them', () => {
		expect(filterProjects(projects, { ...NO_FILTER, programme: 'kankei', year: 'H30' })).toHaveLength(30);
		expect(filterProjects(projects, { ...NO_FILTER, programme: 'kankei', year: 'R1' })).toHaveLength(44);
	});

	it('filters by prefecture through any body, partners included', () => {
		const shimane = filterProjects(projects, { ...NO_FILTER, prefCode: '32' });
		expect(shimane.map((p) => p.id)).toContain('kankei-h30-p2-masuda');
		// 福山's project has partners in 岡山県.
		expect(filterProjects(projects, { ...NO_FILTER, prefCode: '33' }).map((p) => p.id)).toContain(
			'koiki-r1-renkei-fukuyama'
		);
	});

	it('lists the years in order and the prefectures once', () => {
		expect(yearOptions(projects)).toEqual(['H26', 'H27', 'H28', 'H29', 'H30', 'R1']);
		const prefs = prefectureOptions(projects);
		expect(new Set(prefs).size).toBe(prefs.length);
	});

	it('finds a municipality’s projects', () => {
		const masuda = projectsOfMunicipality(projects, '32204');
		expect(masuda.map((p) => p.id)).toEqual(['kankei-h30-p2-masuda']);
		expect(masuda[0].bodies.map((b) => b.name)).toEqual(['益田市', '津和野町', '吉賀町']);
	});

	it('sorts both ways and breaks ties by id', () => {
		const up = sortProjects(projects, 'bodies', false);
		const down = sortProjects(projects, 'bodies', true);
		expect(up[0].bodies.length).toBeLessThanOrEqual(up.at(-1)!.bodies.length);
		expect(down[0].id).toBe(up.at(-1)!.id);
	});

	it('fits a prefecture body to all its municipalities', () => {
		const nara = projects.find((p) => p.id === 'koiki-r1-hokan-nara-pref')!;
		const codes = projectFitCodes(nara, (pref) => (pref === '29' ? [{ code: '29201' }] : []));
		expect(codes).toContain('29201');
		expect(codes).toContain('29322');
		expect(codes).not.toContain('29');
	});

	it('builds the map view', () => {
		const view = toProjectView(projects.slice(0, 2), 'x');
		expect(view.visibleIds.size).toBe(2);
		expect(view.highlightId).toBe('x');
	});
});
