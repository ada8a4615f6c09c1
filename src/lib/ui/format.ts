import type { Municipality, PartialDate } from '$lib/data/types';
import type { Strings } from './i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
	const key = `${locale}|${decimals}`;
	let format = formatters.get(key);
	if (format === undefined) {
		format = new Intl.NumberFormat(locale, {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		formatters.set(key, format);
	}
	return format;
}

export function formatNumber(value: number, strings: Strings, decimals = 0): string {
	return formatter(strings.locale, decimals).format(value);
}

/**
 * 昼夜間人口比率 is shown one way everywhere: as the census's ×100 figure with one decimal
 * and a % sign (0.9911 → 99.1%). A rule's 「1以上」 reads as 100%.
 */
export function formatDayNightRatio(ratio: number, strings: Strings): string {
	return `${formatNumber(ratio * 100, strings, 1)}%`;
}

export function formatSignedPercent(value: number, strings: Strings): string {
	const text = formatNumber(Math.abs(value), strings, 1);
	return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}%`;
}

/** Partial dates ("2009-08", "2012") are shown as given; a missing one as 「不明」. */
export function formatPartialDate(date: PartialDate | null, strings: Strings): string {
	return date ?? strings.unknownDate;
}

/** 2015 → 2020 change, %; null for the towns that had no residents in 2015. */
export function populationChange(municipality: Municipality): number | null {
	if (municipality.pop2015 <= 0) return null;
	return ((municipality.pop2020 - municipality.pop2015) / municipality.pop2015) * 100;
}

export function populationDensity(municipality: Municipality): number | null {
	return municipality.areaKm2 > 0 ? municipality.pop2020 / municipality.areaKm2 : null;
}

export interface MunicipalityFigures {
	pop2020: string;
	pop2015: string;
	change: string;
	daytimePop: string;
	ratio: string;
	area: string;
	density: string;
}

/** Every figure of a municipality as display text, with 「データなし」 where there is none. */
export function municipalityFigures(municipality: Municipality, strings: Strings): MunicipalityFigures {
	const change = populationChange(municipality);
	const density = populationDensity(municipality);
	const ratio = municipality.dayNightRatio2020;
	return {
		pop2020: formatNumber(municipality.pop2020, strings),
		pop2015: formatNumber(municipality.pop2015, strings),
		change: change === null ? strings.noData : formatSignedPercent(change, strings),
		daytimePop: formatNumber(municipality.daytimePop2020, strings),
		ratio: ratio === null ? strings.noData : formatDayNightRatio(ratio, strings),
		area: `${formatNumber(municipality.areaKm2, strings, 2)} km²`,
		density:
			density === null
				? strings.noData
				: `${formatNumber(density, strings, 1)} ${strings.metricUnits.density}`
	};
}
