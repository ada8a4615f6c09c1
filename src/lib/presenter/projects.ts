import projectsUrl from '$geodata/projects.json?url';
import type { ProjectTable } from '$lib/data/projects-types';

/**
 * projects.json for the project counts; null when it cannot be loaded, so the figures show
 * "—" instead of failing the page. Only its outer shape is checked (the CLI validates it).
 */
export async function loadProjects(fetchFn: typeof fetch = fetch): Promise<ProjectTable | null> {
	try {
		const response = await fetchFn(projectsUrl);
		if (!response.ok) return null;
		const raw: unknown = await response.json();
		if (typeof raw !== 'object' || raw === null) return null;
		const projects = (raw as { projects?: unknown }).projects;
		return Array.isArray(projects) ? (raw as ProjectTable) : null;
	} catch {
		return null;
	}
}
