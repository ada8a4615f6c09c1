/**
 * Look-ups the explorer needs over the loaded geodata, built once: municipalities and
 * spheres by key, each municipality's memberships, and which spheres are current.
 */
import { activeSpheres } from '$lib/analysis/as-of';
import {
	geometryCode,
	type Geodata,
	type Municipality,
	type Prefecture,
	type Sphere,
	type SphereKind,
	type SphereMember
} from '$lib/data/types';
import type { UrlCatalogue } from './url';

export interface Membership {
	sphere: Sphere;
	member: SphereMember;
	/** The sphere is current as of the sphere data's date. */
	active: boolean;
}

/** The 北方領土 villages: drawn as land, but with no census row (codes from 総務省). */
export const HOPPO_VILLAGE_NAMES: Readonly<Record<string, string>> = {
	'01695': '色丹村',
	'01696': '泊村',
	'01697': '留夜別村',
	'01698': '留別村',
	'01699': '紗那村',
	'01700': '蘂取村'
};

export interface Catalogue extends UrlCatalogue {
	readonly municipalities: readonly Municipality[];
	readonly municipalityByCode: ReadonlyMap<string, Municipality>;
	readonly prefectureByCode: ReadonlyMap<string, Prefecture>;
	readonly sphereById: ReadonlyMap<string, Sphere>;
	/** Current spheres (as of `asOf`), drawn on the map. */
	readonly activeSpheres: readonly Sphere[];
	readonly activeSphereIds: ReadonlySet<string>;
	readonly hoppoCodes: ReadonlySet<string>;
	/** The date the sphere list is current to, e.g. "2025-04-01". */
	readonly asOf: string;
	membershipsOf(code: string): readonly Membership[];
	municipalitiesOfPrefecture(prefCode: string): readonly Municipality[];
	coverageNote(kind: SphereKind): string | null;
}

export function buildCatalogue(geodata: Geodata): Catalogue {
	const { manifest } = geodata;
	const municipalities = geodata.municipalities.municipalities;
	const spheres = geodata.spheres.spheres;
	const asOf = manifest.asOf.spheres;

	const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
	const prefectureByCode = new Map(geodata.municipalities.prefectures.map((p) => [p.code, p]));
	const sphereById = new Map(spheres.map((s) => [s.id, s]));
	const current = activeSpheres(spheres, asOf);
	const activeSphereIds = new Set(current.map((s) => s.id));

	const hoppoCodes = new Set(
		geodata.topology.objects.municipalities.geometries
			.filter((geometry) => (geometry.properties as { hoppo?: boolean } | undefined)?.hoppo === true)
			.map(geometryCode)
	);

	const membershipsByCode = new Map<string, Membership[]>();
	for (const sphere of spheres) {
		for (const member of sphere.members) {
			const list = membershipsByCode.get(member.code) ?? [];
			list.push({ sphere, member, active: activeSphereIds.has(sphere.id) });
			membershipsByCode.set(member.code, list);
		}
	}
	// Current spheres first, then by kind (連携中枢 before 定住自立), as in the legend.
	for (const list of membershipsByCode.values()) {
		list.sort((a, b) => Number(b.active) - Number(a.active) || a.sphere.kind.localeCompare(b.sphere.kind));
	}

	const byPrefecture = new Map<string, Municipality[]>();
	for (const municipality of municipalities) {
		const list = byPrefecture.get(municipality.prefCode) ?? [];
		list.push(municipality);
		byPrefecture.set(municipality.prefCode, list);
	}

	return {
		municipalities,
		municipalityByCode,
		prefectureByCode,
		sphereById,
		activeSpheres: current,
		activeSphereIds,
		hoppoCodes,
		asOf,
		membershipsOf: (code) => membershipsByCode.get(code) ?? [],
		municipalitiesOfPrefecture: (prefCode) => byPrefecture.get(prefCode) ?? [],
		coverageNote: (kind) => manifest.coverage.find((entry) => entry.kind === kind)?.note ?? null,
		isSelectableMunicipality: (code) => municipalityByCode.has(code),
		hasSphere: (id) => sphereById.has(id)
	};
}
