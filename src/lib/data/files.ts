// `?url` makes Vite emit each file as a hashed asset (never inlined, see vite.config.ts)
// so the app fetches it at runtime instead of bundling megabytes of JSON into the JS.
import manifestUrl from '$geodata/manifest.json?url';
import municipalitiesUrl from '$geodata/municipalities.json?url';
import spheresUrl from '$geodata/spheres.json?url';
import topologyUrl from '$geodata/japan.topo.json?url';
import projectsUrl from '$geodata/projects.json?url';

export interface GeodataFile {
	/** The file's name in `geodata/`, used in error messages. */
	name: string;
	url: string;
}

export const geodataFiles = {
	manifest: { name: 'manifest.json', url: manifestUrl },
	municipalities: { name: 'municipalities.json', url: municipalitiesUrl },
	spheres: { name: 'spheres.json', url: spheresUrl },
	topology: { name: 'japan.topo.json', url: topologyUrl },
	projects: { name: 'projects.json', url: projectsUrl }
} satisfies Record<string, GeodataFile>;
