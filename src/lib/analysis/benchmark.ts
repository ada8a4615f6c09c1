import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { analyseAllSpheres } from './all-spheres';
import type { AnalysisContext } from './context';
import { analyseDraft, type DraftSphere } from './sphere';

/**
 * Timing of the hot paths, for measuring by hand (`npm run -s cli -- bench`). Not imported
 * by the app: it pulls in Turf's polygon clipping for the `union` baseline.
 */
export interface TimingSummary {
	runs: number;
	medianMs: number;
	p95Ms: number;
}

export interface BenchmarkReport {
	allSpheres: TimingSummary;
	/** The draft toggles one member on every run, as a what-if edit does. */
	draftRecompute: TimingSummary & { memberCount: number };
	/** The same draft's outline with turf.union instead of topojson merge. */
	turfUnionOutline: TimingSummary;
}

function percentile(sorted: readonly number[], fraction: number): number {
	const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
	return sorted[Math.max(0, index)];
}

export function timeRuns(runs: number, task: (run: number) => void): TimingSummary {
	const durations: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const start = performance.now();
		task(run);
		durations.push(performance.now() - start);
	}
	durations.sort((a, b) => a - b);
	return { runs, medianMs: percentile(durations, 0.5), p95Ms: percentile(durations, 0.95) };
}

export function runBenchmark(context: AnalysisContext, draft: DraftSphere, runs = 50): BenchmarkReport {
	const warmUp = 5;
	const toggled = draft.codes[draft.codes.length - 1];
	const withoutToggled = draft.codes.filter((code) => code !== toggled);
	const draftOfRun = (run: number): DraftSphere => ({
		...draft,
		codes: run % 2 === 0 ? draft.codes : withoutToggled
	});

	const allSpheresTask = () => analyseAllSpheres(context);
	const draftTask = (run: number) => analyseDraft(context, draftOfRun(run));
	const unionTask = (run: number) => {
		const features = draftOfRun(run).codes.flatMap((code) => {
			const feature = context.featureByCode.get(code);
			return feature === undefined ? [] : [feature as Feature<Polygon | MultiPolygon>];
		});
		union(featureCollection(features));
	};
	timeRuns(warmUp, allSpheresTask);
	timeRuns(warmUp, draftTask);
	timeRuns(warmUp, unionTask);
	return {
		allSpheres: timeRuns(runs, allSpheresTask),
		draftRecompute: { ...timeRuns(runs, draftTask), memberCount: draft.codes.length },
		turfUnionOutline: timeRuns(runs, unionTask)
	};
}
