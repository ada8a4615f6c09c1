import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ModelProject } from '$lib/data/projects-types';
import { projectKind, type ProjectKind } from './projects-kinds';

export interface ProjectFeatureProperties {
	projectId: string;
	programme: ModelProject['programme'];
	kind: ProjectKind;
	/** Points: the body's role; links: always 'link'. */
	role: 'lead' | 'partner' | 'link';
	/** Points: the body's code. */
	code: string;
}

export type ProjectFeatures = FeatureCollection<Point | LineString, ProjectFeatureProperties>;

export interface ProjectGeometry {
	collection: ProjectFeatures;
	/** Numeric feature ids (for feature-state) of each project's points and links. */
	featureIds: ReadonlyMap<string, readonly number[]>;
}

/**
 * One point per body of each project, at the body's label point (a prefecture's for a
 * prefecture), and one line from the lead's point to each other body's: a multi-body
 * project reads as one star. Bodies without a point are left out. Built once.
 */
export function buildProjectGeometry(
	projects: readonly ModelProject[],
	pointOf: (level: 'prefecture' | 'municipality', code: string) => [number, number] | undefined
): ProjectGeometry {
	const features: Feature<Point | LineString, ProjectFeatureProperties>[] = [];
	const featureIds = new Map<string, number[]>();
	for (const project of projects) {
		const ids: number[] = [];
		const base = { projectId: project.id, programme: project.programme, kind: projectKind(project) };
		const lead = project.bodies[0];
		const leadPoint = pointOf(lead.level, lead.code);
		for (const [index, body] of project.bodies.entries()) {
			const point = pointOf(body.level, body.code);
			if (point === undefined) continue;
			if (index > 0 && leadPoint !== undefined) {
				ids.push(features.length);
				features.push({
					type: 'Feature',
					id: features.length,
					properties: { ...base, role: 'link', code: body.code },
					geometry: { type: 'LineString', coordinates: [leadPoint, point] }
				});
			}
			ids.push(features.length);
			features.push({
				type: 'Feature',
				id: features.length,
				properties: { ...base, role: body.role, code: body.code },
				geometry: { type: 'Point', coordinates: point }
			});
		}
		featureIds.set(project.id, ids);
	}
	// Links first, so points are drawn over them within the source.
	return { collection: { type: 'FeatureCollection', features }, featureIds };
}
