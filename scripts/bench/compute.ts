import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
	analyseAllSpheres,
	analyseDraft,
	createAnalysisContext,
	findCandidates,
	type AnalysisContext
} from '../../src/lib/analysis';
import { togglePatch } from '../../src/lib/drafts/edits';
import { applyPatch, type Draft } from '../../src/lib/drafts/model';
import { readGeodata } from '../cli/geodata';
import { withBaseline, type Probe } from './report';
import { timeSync } from './stats';

/** Grows a contiguous draft from `centre` outwards over the adjacency graph, to `size` codes. */
export function growDraft(context: AnalysisContext, centre: string, size: number): string[] {
	const codes = [centre];
	const seen = new Set(codes);
	for (let i = 0; i < codes.length && codes.length < size; i += 1) {
		for (const next of [...(context.neighboursByCode.get(codes[i]) ?? [])].sort()) {
			if (codes.length >= size) break;
			if (!seen.has(next)) {
				seen.add(next);
				codes.push(next);
			}
		}
	}
	// Past what the adjacency graph reaches (islands), add the rest in code order.
	for (const code of [...context.municipalities.keys()].sort()) {
		if (codes.length >= size) break;
		if (!seen.has(code)) codes.push(code);
	}
	return codes;
}

/** One draft edit: the draft with or without its last member, alternating, as a click does. */
function editTask(context: AnalysisContext, codes: string[]) {
	const without = codes.slice(0, -1);
	return (run: number) =>
		analyseDraft(context, { kind: 'renkei', centres: [codes[0]], codes: run % 2 === 0 ? codes : without });
}

/** The app's own path for one click: the store's patch, then the panel's analysis with the outline. */
function patchEditTask(context: AnalysisContext, codes: string[]) {
	let draft: Draft = {
		id: 'bench',
		name: 'bench',
		kind: 'renkei',
		centres: [codes[0]],
		codes: codes.slice(0, -1),
		originSphereId: null,
		createdAt: '',
		updatedAt: ''
	};
	const toggled = codes[codes.length - 1];
	return () => {
		draft = applyPatch(draft, togglePatch(draft, toggled)!);
		return analyseDraft(context, draft);
	};
}

function unionTask(context: AnalysisContext, codes: string[]) {
	const features = codes.map((code) => context.featureByCode.get(code) as Feature<Polygon | MultiPolygon>);
	return () => union(featureCollection(features));
}

export const HIROSHIMA = '34100';
export const SCALE_SIZES = [30, 50, 100, 200, 1741] as const;

export function computeProbes(runs: number): Probe[] {
	const context = createAnalysisContext(readGeodata());
	const draft30 = growDraft(context, HIROSHIMA, 30);
	const probes: Probe[] = [
		{
			group: 'compute',
			name: 'all spheres: aggregates + outline + eligibility',
			unit: 'ms',
			value: timeSync(runs, () => analyseAllSpheres(context)),
			budget: 50
		},
		withBaseline(
			{
				group: 'compute',
				name: 'one draft edit, 30 members, incl. outline merge',
				unit: 'ms',
				value: timeSync(runs * 4, editTask(context, draft30)),
				budget: 5
			},
			'turf.union outline',
			timeSync(Math.max(5, Math.round(runs / 4)), unionTask(context, draft30), 1)
		),
		{
			group: 'compute',
			name: 'draft edit via store patch + panel analysis, 30 members',
			unit: 'ms',
			value: timeSync(runs * 4, patchEditTask(context, draft30)),
			budget: 16
		},
		{
			group: 'compute',
			name: 'candidate scan, renkei + teiju',
			unit: 'ms',
			value: timeSync(runs, () => {
				findCandidates(context, 'renkei');
				findCandidates(context, 'teiju');
			})
		}
	];
	const base = timeSync(runs, editTask(context, growDraft(context, HIROSHIMA, SCALE_SIZES[0])));
	for (const size of SCALE_SIZES.slice(1)) {
		const codes = growDraft(context, HIROSHIMA, size);
		probes.push(
			withBaseline(
				{
					group: 'scale',
					name: `draft edit, ${size} members`,
					unit: 'ms',
					value: timeSync(runs, editTask(context, codes))
				},
				`${SCALE_SIZES[0]} members`,
				base
			)
		);
	}
	return probes;
}
