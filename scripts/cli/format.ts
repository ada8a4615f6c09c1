import { censusLabel, type CensusYear } from '../../src/lib/analysis/census';
import type { SphereKind } from '../../src/lib/data/types';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const hundredths = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatInteger = (value: number): string => integer.format(value);
export const formatKm2 = (value: number): string => `${hundredths.format(value)} km²`;
export const formatRatio = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3));
export const formatPercent = (value: number | null): string =>
	value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
export const formatCensus = (census: CensusYear): string => `${census} (${censusLabel(census)})`;
export const roundTo = (value: number, digits: number): number => Number(value.toFixed(digits));

export const KIND_NAMES: Record<SphereKind, string> = { renkei: '連携中枢都市圏', teiju: '定住自立圏' };
