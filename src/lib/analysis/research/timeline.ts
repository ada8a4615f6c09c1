/**
 * The as-of timeline of the Researcher view: from the first sphere in the data to the
 * data's own as-of date, in whole months for the slider and in half years for Play.
 */
import type { Sphere } from '../../data/types';
import { sphereStartDate, startOfPartialDate } from '../as-of';

export interface TimelineRange {
	/** First day of the month of the earliest sphere start ("YYYY-MM-01"). */
	start: string;
	/** The data's as-of date ("YYYY-MM-DD"). */
	end: string;
	/** Whole months from the start month to the end month: the slider's maximum. */
	months: number;
}

function monthsBetween(from: string, to: string): number {
	const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
	const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
	return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** Earliest start among the dated spheres (as-of rules), to the data's as-of date. */
export function timelineRange(spheres: readonly Sphere[], dataAsOf: string): TimelineRange {
	const starts = spheres
		.map(sphereStartDate)
		.filter((date) => date !== null)
		.map(startOfPartialDate)
		.sort();
	const first = starts[0] ?? dataAsOf;
	const start = `${first.slice(0, 7)}-01`;
	return { start, end: dataAsOf, months: Math.max(0, monthsBetween(start, dataAsOf)) };
}

/** The slider position of a date: whole months after the start, clamped to the range. */
export function monthIndex(range: TimelineRange, date: string): number {
	return Math.min(range.months, Math.max(0, monthsBetween(range.start, date)));
}

/** The date a slider position stands for: the 1st of that month, or the end date at the last position. */
export function dateAtMonth(range: TimelineRange, index: number): string {
	const clamped = Math.min(range.months, Math.max(0, Math.round(index)));
	if (clamped === range.months) return range.end;
	const total = Number(range.start.slice(0, 4)) * 12 + Number(range.start.slice(5, 7)) - 1 + clamped;
	return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

/** Dates Play steps through: the start, every 1 April and 1 October, and the end. */
export function playSteps(range: TimelineRange): string[] {
	const steps = [range.start];
	const firstYear = Number(range.start.slice(0, 4));
	const lastYear = Number(range.end.slice(0, 4));
	for (let year = firstYear; year <= lastYear; year += 1) {
		for (const monthDay of ['04-01', '10-01']) {
			const date = `${year}-${monthDay}`;
			if (date > range.start && date < range.end) steps.push(date);
		}
	}
	if (range.end > range.start) steps.push(range.end);
	return steps;
}

/** The Play step after `date`; the first step when `date` is at or past the end. */
export function nextPlayStep(steps: readonly string[], date: string): string {
	return steps.find((step) => step > date) ?? steps[0];
}
