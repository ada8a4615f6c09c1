/** What the outlook chart and table show, derived from an Outlook: pure, no DOM. */
import type { Outlook, PopulationPath } from '$lib/analysis/outlook';

export interface ChartSeries {
	key: 'sphere' | 'centre';
	label: string;
	path: PopulationPath;
	years: readonly number[];
}

export interface ChartLine {
	key: ChartSeries['key'];
	label: string;
	/** The 2020 census, then each projected year; a line without projections is left out. */
	points: { year: number; value: number }[];
	census2025: number | null;
}

export function chartLines(series: readonly ChartSeries[]): ChartLine[] {
	return series.flatMap(({ key, label, path, years }) => {
		const projected = years.flatMap((year, index) => {
			const value = path.projected[index];
			return value === null ? [] : [{ year, value }];
		});
		if (projected.length === 0) return [];
		return [
			{
				key,
				label,
				points: [{ year: 2020, value: path.census2020 }, ...projected],
				census2025: path.codes.length > 0 ? path.census2025 : null
			}
		];
	});
}

export type RowSource = 'census2020' | 'census2025' | 'projected';

export interface OutlookRow {
	year: number;
	source: RowSource;
	centre: number | null;
	centreChange: number | null;
	sphere: number | null;
	sphereChange: number | null;
}

/** The table: 2020 and 2025 census, then the IPSS years; null where there is no projection. */
export function outlookRows(outlook: Outlook): OutlookRow[] {
	const { centre, sphere } = outlook;
	const hasCentre = outlook.centres.length > 0;
	return [
		{
			year: 2020,
			source: 'census2020',
			centre: hasCentre ? centre.census2020 : null,
			centreChange: null,
			sphere: sphere.census2020,
			sphereChange: null
		},
		{
			year: 2025,
			source: 'census2025',
			centre: hasCentre ? centre.census2025 : null,
			centreChange: hasCentre ? centre.censusChange2025 : null,
			sphere: sphere.census2025,
			sphereChange: sphere.censusChange2025
		},
		...outlook.years.map((year, index): OutlookRow => ({
			year,
			source: 'projected',
			centre: hasCentre ? centre.projected[index] : null,
			centreChange: hasCentre ? centre.changeFrom2020[index] : null,
			sphere: sphere.projected[index],
			sphereChange: sphere.changeFrom2020[index]
		}))
	];
}
