/** Median and p95 of repeated measurements; the harness never asserts on them. */
export interface Summary {
	runs: number;
	median: number;
	p95: number;
}

function quantile(sorted: readonly number[], q: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[index];
}

export function summarise(samples: readonly number[]): Summary {
	if (samples.length === 0) throw new Error('no samples to summarise');
	const sorted = [...samples].sort((a, b) => a - b);
	return { runs: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

/** Runs `task` `warmUp` times unmeasured, then `runs` times, timing each run in ms. */
export function timeSync(runs: number, task: (run: number) => void, warmUp = 3): Summary {
	for (let run = 0; run < warmUp; run += 1) task(run);
	const samples: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const start = performance.now();
		task(run);
		samples.push(performance.now() - start);
	}
	return summarise(samples);
}
