import { activeMembers } from '$lib/analysis/as-of';
import type { Municipality, Sphere, SphereKind } from '$lib/data/types';

/** One sphere of a prefecture, as a presentation slide shows it. */
export interface SphereSlide {
	id: string;
	kind: SphereKind;
	name: string;
	/** Current members, all of them (also those in other prefectures). */
	codes: string[];
	memberCount: number;
	/** Only some members are confirmed, so the count and population are lower bounds. */
	membersPartial: boolean;
	/** 2020 census population of the current members. */
	population: number;
	centreNames: string[];
}

export interface SlideLookups {
	activeSpheres: readonly Sphere[];
	asOf: string;
	municipalityByCode: ReadonlyMap<string, Municipality>;
}

const KIND_ORDER: Record<SphereKind, number> = { renkei: 0, teiju: 1 };

/**
 * The current spheres with at least one current member in the prefecture: 連携中枢都市圏
 * first, then 定住自立圏, each by name.
 */
export function sphereSlides(lookups: SlideLookups, prefCode: string): SphereSlide[] {
	const slides: SphereSlide[] = [];
	for (const sphere of lookups.activeSpheres) {
		const members = activeMembers(sphere, lookups.asOf);
		const inPrefecture = members.some((m) => lookups.municipalityByCode.get(m.code)?.prefCode === prefCode);
		if (!inPrefecture) continue;
		const codes = members.map((m) => m.code);
		slides.push({
			id: sphere.id,
			kind: sphere.kind,
			name: sphere.name,
			codes,
			memberCount: codes.length,
			membersPartial: sphere.membersPartial,
			population: codes.reduce((sum, code) => sum + (lookups.municipalityByCode.get(code)?.pop2020 ?? 0), 0),
			centreNames: sphere.centres.map((code) => lookups.municipalityByCode.get(code)?.name ?? code)
		});
	}
	return slides.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'ja'));
}

/** The next slide index in -1 (the prefecture overview) … count - 1, clamped. */
export function stepSlide(index: number, delta: number, count: number): number {
	return Math.max(-1, Math.min(count - 1, index + delta));
}

/** What the map shows: the municipalities to fit, and the sphere to outline (or none). */
export interface MapFocus {
	codes: readonly string[];
	sphereId: string | null;
}

/**
 * Municipalities left out when fitting a whole prefecture: 小笠原村 lies 1,000 km south
 * of the rest of 東京都 and would shrink it to a dot.
 */
const FAR_ISLANDS = new Set(['13421']);

export function prefectureFocus(codes: readonly string[]): MapFocus {
	const near = codes.filter((code) => !FAR_ISLANDS.has(code));
	return { codes: near.length > 0 ? near : codes, sphereId: null };
}
