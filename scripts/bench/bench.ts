/**
 * `npm run bench`: what users feel, measured on this machine. Prints a table and writes
 * bench/results.json. Every time is a median and p95 over repeated runs; where there is a
 * baseline it is measured in the same run and reported as a ratio.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launchChromium } from '../../tests/browser/chromium';
import { startServer } from '../serve';
import { rawGeoJsonKB } from './baseline-geojson';
import { measureLoad, type LoadTiming } from './browser';
import { commutingChoroplethProbe, commutingDataProbes } from './commuting';
import { computeProbes } from './compute';
import { draftInteractionProbes } from './draft-interaction';
import { interactionProbes } from './interaction';
import type { Summary } from './stats';
import { formatReport, withBaseline, withinBudget, type Probe } from './report';

const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const INTERACTION_RUNS = Number(process.env.BENCH_INTERACTION_RUNS ?? 12);
const COMPUTE_RUNS = Number(process.env.BENCH_COMPUTE_RUNS ?? 50);
const resultsUrl = new URL('../../bench/results.json', import.meta.url);

function geodataCodes(): Set<string> {
	const table = JSON.parse(
		readFileSync(new URL('../../geodata/municipalities.json', import.meta.url), 'utf8')
	) as {
		municipalities: { code: string }[];
	};
	return new Set(table.municipalities.map((m) => m.code));
}

/** Where the load time goes; the milestones are ms since navigation start. */
function loadPhaseProbes(phases: LoadTiming['phases']): Probe[] {
	const milestone = (name: string, value: Summary): Probe => ({
		group: 'load',
		name: `  ${name}`,
		unit: 'ms',
		value
	});
	return [
		milestone('…geodata fetched', phases.geodataFetched),
		milestone('…data handed to the map', phases.dataOnMap),
		milestone('…municipal polygons tiled', phases.polygonsTiled)
	];
}

async function browserProbes(): Promise<Probe[]> {
	const server = await startServer(0);
	const browser = await launchChromium();
	try {
		const load = await measureLoad(browser, `${server.url}/`, LOAD_RUNS);
		const firstViewKB = load.bytes.scriptsAndStylesKB + load.bytes.geodataKB;
		const raw = rawGeoJsonKB(geodataCodes());
		const geodata: Probe = {
			group: 'bytes',
			name: 'geodata for the first view (gzip)',
			unit: 'KB',
			value: load.bytes.geodataKB
		};
		return [
			{
				group: 'bytes',
				name: 'JS + CSS of the first page (gzip)',
				unit: 'KB',
				value: load.bytes.scriptsAndStylesKB
			},
			raw === null
				? { ...geodata, note: 'baseline needs ../shared/data' }
				: withBaseline(geodata, 'raw s0010 GeoJSON', raw),
			{ group: 'bytes', name: 'first view in all (gzip)', unit: 'KB', value: firstViewKB, budget: 1024 },
			{ group: 'load', name: 'navigation → first map idle', unit: 'ms', value: load.toIdle, budget: 2500 },
			...loadPhaseProbes(load.phases),
			{ group: 'load', name: 'JS heap after load (after GC)', unit: 'MB', value: load.heapMB },
			...(await interactionProbes(browser, `${server.url}/`, INTERACTION_RUNS)),
			...(await draftInteractionProbes(browser, `${server.url}/`, INTERACTION_RUNS)),
			await commutingChoroplethProbe(browser, server.url, Math.min(LOAD_RUNS, 5))
		];
	} finally {
		await browser.close();
		await server.close();
	}
}

async function main() {
	const probes = [
		...computeProbes(COMPUTE_RUNS),
		...commutingDataProbes(COMPUTE_RUNS),
		...(await browserProbes())
	];
	console.log(formatReport(probes));
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
	console.log(`\nmachine: ${machine}`);
	const missed = probes.filter((p) => withinBudget(p) === false);
	if (missed.length) console.log(`over budget: ${missed.map((p) => p.name).join('; ')}`);
	mkdirSync(new URL('.', resultsUrl), { recursive: true });
	writeFileSync(resultsUrl, JSON.stringify({ machine, probes }, null, '\t') + '\n');
	console.log(`wrote ${resultsUrl.pathname}`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
