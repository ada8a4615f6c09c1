import type { Municipality } from '../../data/types';
import { populationOf } from '../census';
import { spheresByMunicipality } from './memberships';
import {
	resolveCoverageOptions,
	type CoverageData,
	type CoverageOptions,
	type ResolvedCoverageOptions
} from './options';

export interface ListedMunicipality {
	code: string;
	prefCode: string;
	prefName: string;
	name: string;
	/** Of the chosen census basis. */
	population: number;
	areaKm2: number;
}

export interface MunicipalityInSeveralSpheres extends ListedMunicipality {
	/** Active on the as-of date, 連携中枢都市圏 first, each kind in list order. */
	sphereIds: string[];
	renkeiSphereIds: string[];
	teijuSphereIds: string[];
}

/** The shape of a candidate from analysis/candidates.ts, which a caller can pass straight in. */
export interface EligibleCentreWithoutSphere {
	codes: string[];
	names: string[];
}

/**
 * Hook for "eligible centres without a sphere", which the candidates module computes (it
 * needs the topology). For example, in the UI or CLI:
 *   (asOf) => findCandidates(context, 'teiju', { asOf }).single.filter((c) => c.leads.length === 0)
 */
export type EligibleCentresWithoutSphere = (asOf: string) => readonly EligibleCentreWithoutSphere[];

export interface CoverageListOptions extends CoverageOptions {
	eligibleCentresWithoutSphere?: EligibleCentresWithoutSphere;
}

export interface CoverageLists extends ResolvedCoverageOptions {
	/** Municipalities in no sphere of either kind, in code order. */
	inNoSphere: ListedMunicipality[];
	/** Municipalities in two or more spheres (of any kinds), in code order. */
	inSeveralSpheres: MunicipalityInSeveralSpheres[];
	/** From the hook; null when none was given. */
	eligibleCentresWithoutSphere: EligibleCentreWithoutSphere[] | null;
}

function listed(municipality: Municipality, options: ResolvedCoverageOptions): ListedMunicipality {
	const { code, prefCode, prefName, name, areaKm2 } = municipality;
	return { code, prefCode, prefName, name, population: populationOf(municipality, options.census), areaKm2 };
}

export function coverageLists(data: CoverageData, options: CoverageListOptions = {}): CoverageLists {
	const resolved = resolveCoverageOptions(data, options);
	const spheresByCode = spheresByMunicipality(data.spheres.spheres, resolved);
	const municipalities = [...data.municipalities.municipalities].sort((a, b) => a.code.localeCompare(b.code));
	const inNoSphere: ListedMunicipality[] = [];
	const inSeveralSpheres: MunicipalityInSeveralSpheres[] = [];
	for (const municipality of municipalities) {
		const spheres = spheresByCode.get(municipality.code);
		const sphereIds = spheres === undefined ? [] : [...spheres.renkei, ...spheres.teiju];
		if (sphereIds.length === 0) inNoSphere.push(listed(municipality, resolved));
		if (spheres !== undefined && sphereIds.length > 1) {
			inSeveralSpheres.push({
				...listed(municipality, resolved),
				sphereIds,
				renkeiSphereIds: spheres.renkei,
				teijuSphereIds: spheres.teiju
			});
		}
	}
	const hook = options.eligibleCentresWithoutSphere;
	return {
		...resolved,
		inNoSphere,
		inSeveralSpheres,
		eligibleCentresWithoutSphere: hook === undefined ? null : [...hook(resolved.asOf)]
	};
}
