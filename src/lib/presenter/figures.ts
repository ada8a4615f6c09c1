import type { CoverageRow } from '$lib/analysis/coverage';
import type { Figure } from '$lib/map/png-export';
import type { SphereSlide } from './slides';

export type { Figure };

const integer = new Intl.NumberFormat('ja-JP');

export function formatCount(value: number | null): string {
	return value === null ? '—' : integer.format(value);
}

export function formatPercent(value: number | null): string {
	return value === null ? '—' : `${value.toFixed(1)}%`;
}

/** The flag on a figure counted from a list known to be incomplete. */
export const PARTIAL_FLAG = '一部のみ確認';

/** `value` with the partial flag when it is counted from an incomplete list. */
export function flagged(value: string, partial: boolean, flag = PARTIAL_FLAG): string {
	return partial ? `${value}（${flag}）` : value;
}

/** The headline figures of a prefecture, from its coverage row. */
export function prefectureFigures(row: CoverageRow): Figure[] {
	const teiju = (value: string) => flagged(value, row.teijuIncomplete);
	return [
		{ label: '人口 (2020年)', value: `${formatCount(row.population)} 人` },
		{ label: '市町村数', value: formatCount(row.municipalities) },
		{ label: '連携中枢都市圏 人口カバー率', value: formatPercent(row.renkeiPopulationPct) },
		{ label: '定住自立圏 人口カバー率', value: teiju(formatPercent(row.teijuPopulationPct)) },
		{ label: '連携中枢都市圏 市町村カバー率', value: formatPercent(row.renkeiMunicipalitiesPct) },
		{ label: '定住自立圏 市町村カバー率', value: teiju(formatPercent(row.teijuMunicipalitiesPct)) },
		{ label: 'モデル事業数', value: formatCount(row.projects) }
	];
}

export const SPHERE_KIND_NAMES = { renkei: '連携中枢都市圏', teiju: '定住自立圏' } as const;

/** The figures of one sphere slide. */
export function sphereFigures(slide: SphereSlide): Figure[] {
	return [
		{ label: '種別', value: SPHERE_KIND_NAMES[slide.kind] },
		{ label: '構成市町村数', value: flagged(formatCount(slide.memberCount), slide.membersPartial) },
		{ label: '人口 (2020年)', value: flagged(`${formatCount(slide.population)} 人`, slide.membersPartial) },
		{ label: '中心市', value: slide.centreNames.join('・') }
	];
}
