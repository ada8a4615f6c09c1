import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geodataFiles } from '../../../src/lib/data/files';
import { GeodataLoadError, loadGeodata } from '../../../src/lib/data/load';
import { readCommittedGeodata } from '../read-geodata';

const committed = readCommittedGeodata();
const bodies: Record<string, unknown> = {
	[geodataFiles.manifest.url]: committed.manifest,
	[geodataFiles.municipalities.url]: committed.table,
	[geodataFiles.spheres.url]: { schemaVersion: 1, spheres: committed.spheres },
	[geodataFiles.topology.url]: committed.topology,
	[geodataFiles.projects.url]: JSON.parse(
		readFileSync(new URL('../../../geodata/projects.json', import.meta.url), 'utf8')
	) as unknown
};

function fakeFetch(override: (url: string) => Response | null = () => null): typeof fetch {
	return async (input) => {
		const url = String(input);
		return override(url) ?? new Response(JSON.stringify(bodies[url]), { status: 200 });
	};
}

describe('loadGeodata', () => {
	it('fetches the five files from distinct URLs and returns them by name', async () => {
		expect(new Set(Object.values(geodataFiles).map((file) => file.url)).size).toBe(5);
		const data = await loadGeodata(fakeFetch());
		expect(data.spheres.spheres).toHaveLength(committed.spheres.length);
		expect(data.municipalities.municipalities).toHaveLength(1741);
		expect(data.topology.type).toBe('Topology');
		expect(data.projects?.projects).toHaveLength(136);
	});

	it('rejects a projects file with a duplicate id, by name', async () => {
		const duplicated = fakeFetch((url) => {
			if (url !== geodataFiles.projects.url) return null;
			const table = bodies[url] as { projects: { id: string }[] };
			const projects = [...table.projects, table.projects[0]];
			return new Response(JSON.stringify({ ...table, projects }), { status: 200 });
		});
		await expect(loadGeodata(duplicated)).rejects.toThrow(/projects\.json.*project ids must be unique/);
	});

	it('names the file that answered with an HTTP error', async () => {
		const failing = fakeFetch((url) =>
			url === geodataFiles.spheres.url ? new Response('nope', { status: 404, statusText: 'Not Found' }) : null
		);
		const error = await loadGeodata(failing).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(GeodataLoadError);
		expect((error as GeodataLoadError).fileName).toBe('spheres.json');
		expect((error as Error).message).toBe('Could not load geodata file spheres.json: HTTP 404 Not Found');
	});

	it('names the file that is not JSON', async () => {
		const garbled = fakeFetch((url) => (url === geodataFiles.manifest.url ? new Response('<html>') : null));
		await expect(loadGeodata(garbled)).rejects.toThrow(
			'Could not load geodata file manifest.json: not valid JSON'
		);
	});

	it('names the file when the network fails', async () => {
		const offline: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(loadGeodata(offline)).rejects.toThrow(
			/geodata file (manifest|municipalities|spheres|japan\.topo)\.json: network error/
		);
	});

	it('names the file and the value that fails validation', async () => {
		const table = structuredClone(committed.table);
		table.municipalities[2].kind = '県' as never;
		const corrupt = fakeFetch((url) =>
			url === geodataFiles.municipalities.url ? new Response(JSON.stringify(table)) : null
		);
		await expect(loadGeodata(corrupt)).rejects.toThrow(
			/^Could not load geodata file municipalities\.json: unexpected content \(municipalities\.2\.kind: /
		);
	});

	it('rejects files that disagree with each other', async () => {
		const spheres = structuredClone(committed.spheres);
		spheres[0].members[1].code = '99999';
		const mismatched = fakeFetch((url) =>
			url === geodataFiles.spheres.url ? new Response(JSON.stringify({ schemaVersion: 1, spheres })) : null
		);
		await expect(loadGeodata(mismatched)).rejects.toThrow(
			`Could not load geodata file spheres.json: does not match the other files (sphere ${spheres[0].id} names unknown municipality 99999)`
		);
	});
});
