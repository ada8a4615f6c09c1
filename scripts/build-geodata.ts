/**
 * Rebuilds `geodata/` from the raw inputs:
 * `npm run geodata [-- --src DIR --out DIR --projects FILE | --no-projects]`.
 * The same inputs always give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { ProjectTable } from '../src/lib/data/projects-types';
import { GEODATA_SCHEMA_VERSION } from '../src/lib/data/types';
import { NAME_ALIASES } from './lib/aliases';
import { applicableTeijuGaps, incompletePrefectures, TEIJU_GAPS } from './lib/coverage-gaps';
import { parseCsv } from './lib/csv';
import { jsonRowsPerLine } from './lib/json';
import { buildManifest, OUTPUT_FILES } from './lib/manifest';
import {
	buildMunicipalities,
	buildPrefectures,
	CENSUS_FILE,
	CITY_STATUS_FILE,
	readCensus,
	readCityStatus
} from './lib/municipalities';
import {
	buildOutlook,
	CENSUS_2025_FILE,
	PROJECTIONS_FILE,
	readCensus2025,
	readProjections
} from './lib/outlook';
import { buildProjects, PROJECTS_SOURCE_NAME, serializeProjects } from './lib/projects';
import { loadReadings } from './lib/readings';
import { NameResolver } from './lib/resolve';
import { buildSpheres } from './lib/spheres';
import { buildTopology, checkCodeSets, NORTHERN_TERRITORY_CODES, readBoundaryFeatures } from './lib/topology';

export const BOUNDARY_FILE = 'boundaries/japan-topography/topojson/s0010/N03-21_210101_designated_city.json';
const SPHERE_FILES = [
	{ file: 'spheres/renkei_chusu.csv', kind: 'renkei' },
	{ file: 'spheres/teiju_jiritsu.csv', kind: 'teiju' },
	{ file: 'spheres/teiju_superseded.csv', kind: 'teiju' }
] as const;

export const DEFAULT_SOURCE_DIR = fileURLToPath(new URL('../../shared/data', import.meta.url));
export const DEFAULT_OUTPUT_DIR = fileURLToPath(new URL('../geodata', import.meta.url));
export const DEFAULT_PROJECTS_SOURCE = fileURLToPath(new URL(`../${PROJECTS_SOURCE_NAME}`, import.meta.url));

export interface BuildOptions {
	/** The hand-edited model-projects source; without it no `projects.json` is built. */
	projectsSource?: string;
}

/** Builds every output file in memory: file name → contents. */
export function buildGeodata(sourceDir: string, options: BuildOptions = {}): Map<string, string> {
	const inputs: { name: string; bytes: Buffer }[] = [];
	const read = (name: string) => {
		const bytes = readFileSync(join(sourceDir, name));
		inputs.push({ name, bytes });
		return bytes.toString('utf8');
	};

	const census = readCensus(parseCsv(read(CENSUS_FILE), CENSUS_FILE));
	const resolver = new NameResolver(census, NAME_ALIASES);
	const statuses = readCityStatus(parseCsv(read(CITY_STATUS_FILE), CITY_STATUS_FILE), resolver);
	const readings = loadReadings();
	const municipalities = buildMunicipalities(census, statuses, readings);
	const prefectures = buildPrefectures(municipalities, readings);

	const spheres = buildSpheres(
		SPHERE_FILES.map(({ file, kind }) => ({ file, kind, records: parseCsv(read(file), file) })),
		resolver,
		NORTHERN_TERRITORY_CODES
	);

	const boundary = JSON.parse(read(BOUNDARY_FILE)) as Topology;
	const features = readBoundaryFeatures(boundary, BOUNDARY_FILE);
	checkCodeSets(
		features.map((f) => f.properties.code),
		municipalities.map((m) => m.code)
	);
	const topology = buildTopology(features);

	const outlook = buildOutlook(
		municipalities,
		readCensus2025(parseCsv(read(CENSUS_2025_FILE), CENSUS_2025_FILE), municipalities),
		readProjections(parseCsv(read(PROJECTIONS_FILE), PROJECTIONS_FILE), municipalities),
		GEODATA_SCHEMA_VERSION
	);

	let projects: ProjectTable | null = null;
	if (options.projectsSource) {
		const bytes = readFileSync(options.projectsSource);
		inputs.push({ name: PROJECTS_SOURCE_NAME, bytes });
		projects = buildProjects(bytes.toString('utf8'), { resolver, municipalities, prefectures });
	}

	const manifest = buildManifest(
		inputs,
		municipalities,
		spheres,
		NORTHERN_TERRITORY_CODES.size,
		prefectures.length,
		projects && {
			kankei: projects.projects.filter((p) => p.programme === 'kankei').length,
			koiki: projects.projects.filter((p) => p.programme === 'koiki').length
		},
		incompletePrefectures(applicableTeijuGaps(TEIJU_GAPS, municipalities, spheres)),
		outlook
	);
	const version = { schemaVersion: GEODATA_SCHEMA_VERSION };
	return new Map([
		[OUTPUT_FILES.topology, JSON.stringify(topology) + '\n'],
		[
			OUTPUT_FILES.municipalities,
			jsonRowsPerLine({ ...version, prefectures }, 'municipalities', municipalities)
		],
		[OUTPUT_FILES.spheres, jsonRowsPerLine(version, 'spheres', spheres)],
		...(projects ? [[OUTPUT_FILES.projects, serializeProjects(projects)] as const] : []),
		[
			OUTPUT_FILES.outlook,
			jsonRowsPerLine(
				{ schemaVersion: outlook.schemaVersion, years: outlook.years, areas: outlook.areas },
				'municipalities',
				outlook.municipalities
			)
		],
		[OUTPUT_FILES.manifest, JSON.stringify(manifest, null, '\t') + '\n']
	]);
}

function argument(args: string[], name: string): string | undefined {
	const index = args.indexOf(name);
	if (index === -1) return undefined;
	const value = args[index + 1];
	if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
	return value;
}

function main(args: string[]) {
	const sourceDir = resolve(argument(args, '--src') ?? DEFAULT_SOURCE_DIR);
	const outputDir = resolve(argument(args, '--out') ?? DEFAULT_OUTPUT_DIR);
	const projectsSource = args.includes('--no-projects')
		? undefined
		: resolve(argument(args, '--projects') ?? DEFAULT_PROJECTS_SOURCE);
	const outputs = buildGeodata(sourceDir, { projectsSource });
	mkdirSync(outputDir, { recursive: true });
	for (const [name, contents] of outputs) {
		writeFileSync(join(outputDir, name), contents);
		console.log(`${name.padEnd(22)} ${Buffer.byteLength(contents).toLocaleString('en')} bytes`);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		main(process.argv.slice(2));
	} catch (error) {
		console.error(`geodata build failed: ${(error as Error).message}`);
		process.exit(1);
	}
}
