import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	buildGeodata,
	DEFAULT_OUTPUT_DIR,
	DEFAULT_PROJECTS_SOURCE,
	DEFAULT_SOURCE_DIR
} from '../../scripts/build-geodata';

describe.runIf(existsSync(DEFAULT_SOURCE_DIR))('geodata build from ../shared/data', () => {
	it('reproduces the committed geodata/ byte for byte', () => {
		const outputs = buildGeodata(DEFAULT_SOURCE_DIR, { projectsSource: DEFAULT_PROJECTS_SOURCE });
		expect([...outputs.keys()].sort()).toEqual([
			'japan.topo.json',
			'manifest.json',
			'municipalities.json',
			'outlook.json',
			'projects.json',
			'spheres.json'
		]);
		for (const [name, contents] of outputs) {
			const committed = readFileSync(`${DEFAULT_OUTPUT_DIR}/${name}`, 'utf8');
			expect(contents === committed, `${name} differs: run npm run geodata`).toBe(true);
		}
	});
});
