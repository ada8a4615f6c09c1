import { area } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	MultiPolygon as GeoMultiPolygon,
	Polygon as GeoPolygon
} from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type {
	JapanTopology,
	Municipality,
	MunicipalityGeometryProperties,
	MunicipalityTable,
	OutlookTable,
	Prefecture,
	ProjectionArea,
	Sphere,
	SphereTable
} from '../data/types';
import { decodeTopologies, type DecodedTopologies } from './decoded-topology';
import { UnknownMunicipalityError, UnknownSphereError } from './errors';

export type MunicipalityGeometry =
	Polygon<MunicipalityGeometryProperties> | MultiPolygon<MunicipalityGeometryProperties>;
export type MunicipalityFeature = Feature<GeoPolygon | GeoMultiPolygon, MunicipalityGeometryProperties>;

export interface AnalysisInput {
	municipalities: MunicipalityTable;
	spheres: SphereTable;
	topology: JapanTopology;
	/** `outlook.json`: the 2025 速報 and the IPSS projections. Without it there is no 2025 base and no outlook. */
	outlook?: OutlookTable;
}

/** The IPSS projections, keyed by code. */
export interface ProjectionData {
	/** The projection years, e.g. 2025 … 2050. */
	readonly years: readonly number[];
	/** null where IPSS projects the municipality only within an area. */
	readonly projectedByCode: ReadonlyMap<string, readonly number[] | null>;
	readonly areas: readonly ProjectionArea[];
}

/**
 * Everything the analysis needs, derived once from the geodata so that recomputing a
 * sphere after a membership change touches only its members. All maps are keyed by the
 * 5-digit municipality code.
 */
export interface AnalysisContext {
	readonly topology: JapanTopology;
	/** Same objects with decoded arcs: what outlines are merged from. */
	readonly decodedTopologies: DecodedTopologies<JapanTopology>;
	readonly municipalities: ReadonlyMap<string, Municipality>;
	readonly prefectures: ReadonlyMap<string, Prefecture>;
	readonly spheres: readonly Sphere[];
	readonly spheresById: ReadonlyMap<string, Sphere>;
	/** The six 北方領土 villages: in the topology, but counted in no statistic. */
	readonly hoppoCodes: ReadonlySet<string>;
	/** TopoJSON geometry objects, for `merge`. */
	readonly geometryByCode: ReadonlyMap<string, MunicipalityGeometry>;
	readonly featureByCode: ReadonlyMap<string, MunicipalityFeature>;
	/** Turf geodesic area of each municipality's (simplified) polygons, km². */
	readonly geometryAreaKm2ByCode: ReadonlyMap<string, number>;
	/** Municipalities sharing a boundary arc; 北方領土 villages are left out. */
	readonly neighboursByCode: ReadonlyMap<string, ReadonlySet<string>>;
	/** Connected component of the whole adjacency graph: one id per landmass. */
	readonly landmassByCode: ReadonlyMap<string, number>;
	/** null until `outlook.json` is given; the 2025 base and outlooks need it. */
	readonly projections: ProjectionData | null;
}

const SQUARE_METRES_PER_KM2 = 1_000_000;

function isAreal(geometry: GeometryObject<MunicipalityGeometryProperties>): geometry is MunicipalityGeometry {
	return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

// topojson-specification types `properties` as `P | {}`.
const propertiesOf = (geometry: GeometryObject<MunicipalityGeometryProperties>) =>
	geometry.properties as Partial<MunicipalityGeometryProperties> | undefined;

function codeOf(geometry: GeometryObject<MunicipalityGeometryProperties>): string {
	const code = propertiesOf(geometry)?.code;
	if (code === undefined) throw new Error('A municipality geometry has no code property');
	return code;
}

function buildNeighbours(
	geometries: readonly GeometryObject<MunicipalityGeometryProperties>[],
	hoppoCodes: ReadonlySet<string>
): Map<string, Set<string>> {
	const indexNeighbours = neighbors([...geometries]);
	const byCode = new Map<string, Set<string>>();
	geometries.forEach((geometry, index) => {
		const code = codeOf(geometry);
		if (hoppoCodes.has(code)) return;
		const codes = indexNeighbours[index].map((other) => codeOf(geometries[other]));
		byCode.set(code, new Set(codes.filter((other) => !hoppoCodes.has(other))));
	});
	return byCode;
}

function buildLandmasses(neighboursByCode: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
	const landmassByCode = new Map<string, number>();
	let landmass = 0;
	for (const start of neighboursByCode.keys()) {
		if (landmassByCode.has(start)) continue;
		landmassByCode.set(start, landmass);
		const stack = [start];
		for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
			for (const next of neighboursByCode.get(code) ?? []) {
				if (landmassByCode.has(next)) continue;
				landmassByCode.set(next, landmass);
				stack.push(next);
			}
		}
		landmass += 1;
	}
	return landmassByCode;
}

export function createAnalysisContext(input: AnalysisInput): AnalysisContext {
	const { topology } = input;
	const geometries = topology.objects.municipalities.geometries;
	const hoppoCodes = new Set(geometries.filter((g) => propertiesOf(g)?.hoppo === true).map(codeOf));

	const geometryByCode = new Map<string, MunicipalityGeometry>();
	for (const geometry of geometries) {
		if (isAreal(geometry)) geometryByCode.set(codeOf(geometry), geometry);
	}

	const collection = feature(topology, topology.objects.municipalities) as FeatureCollection<
		GeoPolygon | GeoMultiPolygon,
		MunicipalityGeometryProperties
	>;
	const featureByCode = new Map<string, MunicipalityFeature>();
	const geometryAreaKm2ByCode = new Map<string, number>();
	for (const municipalityFeature of collection.features) {
		const code = municipalityFeature.properties.code;
		featureByCode.set(code, municipalityFeature);
		geometryAreaKm2ByCode.set(code, area(municipalityFeature) / SQUARE_METRES_PER_KM2);
	}

	const neighboursByCode = buildNeighbours(geometries, hoppoCodes);
	const base = {
		topology,
		decodedTopologies: decodeTopologies(topology),
		municipalities: new Map(input.municipalities.municipalities.map((m) => [m.code, m])),
		prefectures: new Map(input.municipalities.prefectures.map((p) => [p.code, p])),
		spheres: input.spheres.spheres,
		spheresById: new Map(input.spheres.spheres.map((s) => [s.id, s])),
		hoppoCodes,
		geometryByCode,
		featureByCode,
		geometryAreaKm2ByCode,
		neighboursByCode,
		landmassByCode: buildLandmasses(neighboursByCode),
		projections: null
	};
	return input.outlook === undefined ? base : withOutlook(base, input.outlook);
}

/**
 * The same context with the 2025 速報 joined to its municipalities and the IPSS projections
 * attached; the geometry derived once is shared, so this is cheap once `outlook.json` loads.
 */
export function withOutlook(context: AnalysisContext, outlook: OutlookTable): AnalysisContext {
	const rows = new Map(outlook.municipalities.map((row) => [row.code, row]));
	const municipalities = new Map(
		[...context.municipalities].map(([code, m]) => [code, { ...m, pop2025: rows.get(code)?.pop2025 }])
	);
	return {
		...context,
		municipalities,
		projections: {
			years: outlook.years,
			projectedByCode: new Map(outlook.municipalities.map((row) => [row.code, row.projected])),
			areas: outlook.areas
		}
	};
}

export function getMunicipality(context: AnalysisContext, code: string): Municipality {
	const municipality = context.municipalities.get(code);
	if (municipality === undefined) throw new UnknownMunicipalityError(code);
	return municipality;
}

export function getSphere(context: AnalysisContext, sphereId: string): Sphere {
	const sphere = context.spheresById.get(sphereId);
	if (sphere === undefined) throw new UnknownSphereError(sphereId);
	return sphere;
}

export function areNeighbours(context: AnalysisContext, a: string, b: string): boolean {
	return context.neighboursByCode.get(a)?.has(b) ?? false;
}

/** No shared boundary with any municipality in the whole topology. */
export function isIslandMunicipality(context: AnalysisContext, code: string): boolean {
	return (context.neighboursByCode.get(code)?.size ?? 0) === 0;
}
