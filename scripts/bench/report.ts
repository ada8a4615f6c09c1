import type { Summary } from './stats';

/** One line of the printed table and of bench/results.json. */
export interface Probe {
	group: string;
	name: string;
	unit: 'ms' | 'KB' | 'MB';
	/** A single figure (bytes) or a summary of repeated runs (times). */
	value: number | Summary;
	budget?: number;
	/** The baseline measured in the same run, and the ratio value / baseline. */
	baseline?: { name: string; value: number | Summary; ratio: number };
	note?: string;
}

const typical = (value: number | Summary) => (typeof value === 'number' ? value : value.median);
const worst = (value: number | Summary) => (typeof value === 'number' ? value : value.p95);

export function withBaseline(probe: Omit<Probe, 'baseline'>, name: string, value: number | Summary): Probe {
	return { ...probe, baseline: { name, value, ratio: typical(probe.value) / typical(value) } };
}

/** A probe is within budget when its p95 (or its single figure) is. */
export function withinBudget(probe: Probe): boolean | null {
	return probe.budget === undefined ? null : worst(probe.value) <= probe.budget;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function formatReport(probes: readonly Probe[]): string {
	const rows = probes.map((p) => {
		const value = typeof p.value === 'number' ? fmt(p.value) : `${fmt(p.value.median)} / ${fmt(p.value.p95)}`;
		const budget = p.budget === undefined ? '' : `${withinBudget(p) ? '✓' : '✗'} ≤ ${fmt(p.budget)}`;
		const ratio = p.baseline ? `×${p.baseline.ratio.toPrecision(2)} of ${p.baseline.name}` : '';
		return [p.group, p.name, p.unit, value, budget, ratio, p.note ?? ''];
	});
	const header = ['group', 'probe', 'unit', 'median / p95 (or size)', 'budget', 'baseline', 'note'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
