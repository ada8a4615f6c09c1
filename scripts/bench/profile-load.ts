/**
 * `npm run bench:profile`: a CPU profile of the page's main thread from navigation to the
 * first map idle, summed by function (self time). It is how the load budget's cause was
 * found: see README, "Performance". Function names in the MapLibre chunk are minified; the
 * file and line point into build/_app/immutable.
 */
import { launchChromium, VIEWPORT } from '../../tests/browser/chromium';
import { startServer } from '../serve';

const TOP = 20;

/** The parts of a CDP Profiler.Profile this script reads. */
interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
	samples?: number[];
	timeDeltas?: number[];
}

function selfTimeByFunction(profile: CpuProfile): Map<string, number> {
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals = new Map<string, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	samples.forEach((id, index) => {
		const frame = nodes.get(id)?.callFrame;
		if (!frame) return;
		const file = frame.url.split('/').pop() ?? '';
		const key = `${frame.functionName || '(anonymous)'}  ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
		totals.set(key, (totals.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
	});
	return totals;
}

const server = await startServer(0);
const browser = await launchChromium();
try {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	await cdp.send('Profiler.start');
	await page.goto(`${server.url}/`);
	await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, {
		timeout: 60_000,
		polling: 'raf'
	});
	const idle = await page.evaluate(() => performance.now());
	const { profile } = await cdp.send('Profiler.stop');
	const totals = selfTimeByFunction(profile);
	const sampled = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
	console.log(`first idle at ${idle.toFixed(0)} ms; ${sampled.toFixed(0)} ms sampled on the main thread`);
	for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
		console.log(`${ms.toFixed(0).padStart(6)} ms  ${name}`);
	}
} finally {
	await browser.close();
	await server.close();
}
