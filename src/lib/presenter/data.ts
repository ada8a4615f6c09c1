import { loadGeodata } from '$lib/data/load';
import type { Geodata } from '$lib/data/types';
import type { ProjectTable } from '$lib/data/projects-types';
import { loadProjects } from './projects';

let geodata: Promise<Geodata> | null = null;
let projects: Promise<ProjectTable | null> | null = null;

/** The geodata, loaded once per session: moving between prefecture pages reuses it. */
export function loadGeodataOnce(): Promise<Geodata> {
	if (geodata === null) {
		geodata = loadGeodata();
		// A failed load is tried again on the next page.
		geodata.catch(() => (geodata = null));
	}
	return geodata;
}

export function loadProjectsOnce(): Promise<ProjectTable | null> {
	projects ??= loadProjects();
	return projects;
}
