/**
 * Pure helpers that turn analysis results into display text: the rule wording of a
 * criterion, its value and threshold, and its source citation split into links.
 */
import type { CriterionResult } from '$lib/analysis';

/** One cited source: its text without the URL, and the URL it names, if any. */
export interface SourcePart {
	text: string;
	href: string | null;
}

export interface SourceCitation {
	/** What the rule restates, e.g. 「定住自立圏構想推進要綱（総務省）の要件、公開資料による」 */
	section: string;
	parts: SourcePart[];
}

const SOURCE_SEPARATOR = ' — ';
const WEB_URL = /https?:\/\/[^\s;)]+/;

/** Splits "<要綱> — a; b https://b; c" into the section and its sources. */
export function parseSource(source: string): SourceCitation {
	const split = source.indexOf(SOURCE_SEPARATOR);
	if (split < 0) return { section: source, parts: [] };
	const parts = source
		.slice(split + SOURCE_SEPARATOR.length)
		.split('; ')
		.filter((text) => text.length > 0)
		.map((text) => {
			const href = WEB_URL.exec(text)?.[0] ?? null;
			return { text: href === null ? text : text.replace(href, '').trim(), href };
		});
	return { section: source.slice(0, split), parts };
}

/** Short link text for a URL: its host name. */
export function hostOf(href: string): string {
	try {
		return new URL(href).hostname;
	} catch {
		return href;
	}
}

/**
 * The requirement as the sources word it, read back from the label
 * 「title value (R2) — wording: status[ [unverified rule wording]]」.
 */
export function ruleWording(result: Pick<CriterionResult, 'label'>): string {
	const start = result.label.indexOf(SOURCE_SEPARATOR);
	if (start < 0) return '';
	const rest = result.label.slice(start + SOURCE_SEPARATOR.length);
	const end = rest.lastIndexOf(': ');
	return end < 0 ? rest : rest.slice(0, end);
}

/** Criteria whose values are ratios (昼夜間人口比率), shown as percentages like everywhere else. */
export function isRatioCriterion(criterion: string): boolean {
	return /ratio/i.test(criterion.split('.').at(-1) ?? '');
}

/** Criteria whose thresholds are shares of commuters (0.1 reads as 10%). */
export function isShareCriterion(criterion: string): boolean {
	return criterion.split('.').at(-1) === 'commuting';
}

export type NumberFormatter = (value: number, decimals?: number) => string;

export interface ValueWords {
	yes: string;
	no: string;
	none: string;
}

/** A criterion's measured value, for display. */
export function formatCriterionValue(
	result: Pick<CriterionResult, 'criterion' | 'value'>,
	formatNumber: NumberFormatter,
	words: ValueWords
): string {
	const { value } = result;
	if (value === null) return words.none;
	if (typeof value === 'boolean') return value ? words.yes : words.no;
	if (typeof value === 'string') return value;
	if (isRatioCriterion(result.criterion)) return ratioPercent(value, formatNumber);
	return Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 3);
}

/** 0.991 → "99.1%": the one way 昼夜間人口比率 is shown (see formatDayNightRatio). */
function ratioPercent(value: number, formatNumber: NumberFormatter): string {
	return `${formatNumber(value * 100, 1)}%`;
}

/** A criterion's threshold, with the near band when the rule has one: "100.0% (境界 99.0%–100.0%)". */
export function formatThreshold(
	result: Pick<CriterionResult, 'criterion' | 'threshold' | 'nearFrom'>,
	formatNumber: NumberFormatter,
	nearWord: string
): string | null {
	const { threshold, nearFrom } = result;
	if (threshold === null) return null;
	if (typeof threshold === 'string') return threshold;
	if (isShareCriterion(result.criterion)) return `${formatNumber(threshold * 100)}%`;
	if (isRatioCriterion(result.criterion)) {
		const text = ratioPercent(threshold, formatNumber);
		return nearFrom === null ? text : `${text} (${nearWord} ${ratioPercent(nearFrom, formatNumber)}–${text})`;
	}
	const decimals = Number.isInteger(threshold) ? 0 : 3;
	const text = formatNumber(threshold, decimals);
	if (nearFrom === null) return text;
	const nearDecimals = Number.isInteger(nearFrom) ? 0 : 3;
	return `${text} (${nearWord} ${formatNumber(nearFrom, nearDecimals)}–${text})`;
}
