import type { Municipality } from '../../data/types';
import { populationOf, type CensusYear } from '../census';
import type { MunicipalitySpheres } from './memberships';
import { COVERAGE_CATEGORIES, type CoverageCategory } from './row';

/** Area is summed in integer hundredths of a km², so sums are exact and add up across rows. */
export interface Measures {
	municipalities: number;
	population: number;
	areaHundredthsKm2: number;
}

export type Tally = Record<'total' | CoverageCategory, Measures> & { undatedMemberships: number };

const noMeasures = (): Measures => ({ municipalities: 0, population: 0, areaHundredthsKm2: 0 });

export function emptyTally(): Tally {
	return {
		total: noMeasures(),
		renkei: noMeasures(),
		teiju: noMeasures(),
		either: noMeasures(),
		both: noMeasures(),
		neither: noMeasures(),
		undatedMemberships: 0
	};
}

export function categoriesOf(spheres: MunicipalitySpheres | undefined): CoverageCategory[] {
	const renkei = (spheres?.renkei.length ?? 0) > 0;
	const teiju = (spheres?.teiju.length ?? 0) > 0;
	const categories: CoverageCategory[] = [];
	if (renkei) categories.push('renkei');
	if (teiju) categories.push('teiju');
	categories.push(renkei || teiju ? 'either' : 'neither');
	if (renkei && teiju) categories.push('both');
	return categories;
}

function addMeasures(measures: Measures, added: Measures): void {
	measures.municipalities += added.municipalities;
	measures.population += added.population;
	measures.areaHundredthsKm2 += added.areaHundredthsKm2;
}

export function addMunicipality(
	tally: Tally,
	municipality: Municipality,
	spheres: MunicipalitySpheres | undefined,
	census: CensusYear
): void {
	const measures: Measures = {
		municipalities: 1,
		population: populationOf(municipality, census),
		areaHundredthsKm2: Math.round(municipality.areaKm2 * 100)
	};
	addMeasures(tally.total, measures);
	for (const category of categoriesOf(spheres)) addMeasures(tally[category], measures);
	tally.undatedMemberships += spheres?.undated ?? 0;
}

export function addTally(sum: Tally, added: Tally): void {
	addMeasures(sum.total, added.total);
	for (const category of COVERAGE_CATEGORIES) addMeasures(sum[category], added[category]);
	sum.undatedMemberships += added.undatedMemberships;
}
