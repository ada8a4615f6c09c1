/**
 * Shapes of the committed files in `geodata/`. The build (`scripts/build-geodata.ts`)
 * writes them and `schema.ts` validates them when the app loads them.
 */

import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ProjectTable } from './projects-types';

/** Bumped whenever a file's shape changes; the app refuses a mismatch. */
export const GEODATA_SCHEMA_VERSION = 1;

export type MunicipalityKind = '特別区' | '政令指定都市' | '中核市' | '施行時特例市' | '市' | '町' | '村';

export interface Municipality {
	/** 5-digit 行政区域コード, e.g. "34207". */
	code: string;
	/** 2-digit prefecture code, e.g. "34". */
	prefCode: string;
	prefName: string;
	name: string;
	/** Reading in hiragana, e.g. "ふくやまし". */
	kana: string;
	kind: MunicipalityKind;
	pop2020: number;
	pop2015: number;
	daytimePop2020: number;
	/** 昼夜間人口比率 2020 as a fraction; null where the resident population is 0 (双葉町). */
	dayNightRatio2020: number | null;
	/** Official area, km² (国土地理院 2020-10-01). */
	areaKm2: number;
	/** Date the city took its present 政令指定都市/中核市 status, where known. */
	statusSince: string | null;
	/**
	 * 令和7年国勢調査 速報 population (2025-10-01). Not in `municipalities.json`: it comes from
	 * `outlook.json`, loaded when first needed, and is present once that is joined (joinOutlook).
	 */
	pop2025?: number;
}

export interface Prefecture {
	code: string;
	name: string;
	kana: string;
}

export interface MunicipalityTable {
	schemaVersion: number;
	prefectures: Prefecture[];
	municipalities: Municipality[];
}

export type SphereKind = 'renkei' | 'teiju';
export type MemberRole = 'centre' | 'member';
/** 'prefectural': funded by the prefecture rather than the national scheme (高知). */
export type MemberBasis = 'national' | 'prefectural';

/** ISO date, possibly partial: "2019-04-01", "2009-08" or "2012". */
export type PartialDate = string;

export interface SphereMember {
	code: string;
	role: MemberRole;
	/** That member's first 協約/協定; null when unknown. */
	joinedOn: PartialDate | null;
	basis: MemberBasis;
}

export interface Sphere {
	/** `sphere_id` of the source CSVs: a stable identifier. */
	id: string;
	kind: SphereKind;
	name: string;
	/** The parenthetical of the source name: alternative names and caveats. */
	note: string | null;
	nameUnconfirmed: boolean;
	/** The source says only part of the members are confirmed. */
	membersPartial: boolean;
	centres: string[];
	/** Every municipality of the sphere, centres included, in source order. */
	members: SphereMember[];
	declaredOn: PartialDate | null;
	/** First 協約/協定 (or 形成方針) of the sphere: the centre's agreement date. */
	agreementOn: PartialDate | null;
	visionOn: PartialDate | null;
	endedOn: PartialDate | null;
	successorId: string | null;
	sources: string[];
}

export interface SphereTable {
	schemaVersion: number;
	spheres: Sphere[];
}

/** A prefecture whose list of spheres is known to be incomplete or unverified in part. */
export interface IncompletePrefecture {
	prefCode: string;
	/** One line per known gap, each ending with its source, e.g. "(出典: SOURCE.md §5)". */
	reasons: string[];
}

/** Years of the IPSS 令和5年推計 the app carries (2020 is the census count). */
export const PROJECTION_YEARS = [2025, 2030, 2035, 2040, 2045, 2050] as const;
export type ProjectionYear = (typeof PROJECTION_YEARS)[number];

export interface OutlookRow {
	code: string;
	/** 令和7年国勢調査 速報, 2025-10-01. */
	pop2025: number;
	/** IPSS projection per `years`; null where IPSS projects the municipality only within an area. */
	projected: number[] | null;
}

/** A group of municipalities IPSS projects only as one (福島県浜通り地域, 13 municipalities). */
export interface ProjectionArea {
	code: string;
	name: string;
	members: string[];
	pop2020: number;
	projected: number[];
}

/** `outlook.json`: figures after 2020, kept off the first view. */
export interface OutlookTable {
	schemaVersion: number;
	years: number[];
	areas: ProjectionArea[];
	municipalities: OutlookRow[];
}

export interface Manifest {
	schemaVersion: number;
	generatedFrom: { name: string; sha256: string }[];
	editions: {
		boundaries: string;
		census: string;
		spheres: string;
		census2025?: string;
		projections?: string;
	};
	asOf: {
		boundaries: string;
		census: string;
		spheres: string;
		/** 令和7年国勢調査 速報 census day. */
		census2025?: string;
		/** Publication date of the IPSS projections. */
		projections?: string;
	};
	attribution: { ja: string; en: string; url: string }[];
	counts: {
		municipalities: number;
		northernTerritoryVillages: number;
		prefectures: number;
		spheres: Record<SphereKind, number>;
		supersededSpheres: number;
		population2020: number;
		/** Σ 2025 速報 over the municipalities the map draws. */
		population2025?: number;
		/** IPSS national total per projection year, areas counted once as IPSS does. */
		projectedTotals?: number[];
		/** Model projects in `projects.json`; absent when the build ran without the projects source. */
		projects?: { kankei: number; koiki: number };
	};
	coverage: {
		kind: SphereKind;
		complete: boolean;
		note: string;
		officialCount: number | null;
		/** Prefectures where this kind's list has known gaps (scripts/lib/coverage-gaps.ts). */
		incompletePrefectures: IncompletePrefecture[];
	}[];
	/** `projects` is absent when the build ran without the projects source. */
	files: { topology: string; municipalities: string; spheres: string; projects?: string; outlook?: string };
}

export interface MunicipalityGeometryProperties {
	code: string;
	/** Present (true) only on the six 北方領土 villages. */
	hoppo?: true;
}

export interface PrefectureGeometryProperties {
	code: string;
}

/** `japan.topo.json`: lon/lat coordinates, quantized with a transform. */
export type JapanTopology = Topology<{
	municipalities: GeometryCollection<MunicipalityGeometryProperties>;
	prefectures: GeometryCollection<PrefectureGeometryProperties>;
}>;

/** Everything the app loads from `geodata/`. */
export interface Geodata {
	manifest: Manifest;
	municipalities: MunicipalityTable;
	spheres: SphereTable;
	topology: JapanTopology;
	/** `projects.json`: the model projects (absent in fixtures built without them). */
	projects?: ProjectTable;
}

/**
 * The code of a topology geometry. topojson-specification types a geometry's properties
 * as possibly `{}`; every geometry this project ships carries a code (schema.ts checks it).
 */
export function geometryCode(geometry: { properties?: object }): string {
	return (geometry.properties as { code: string }).code;
}
