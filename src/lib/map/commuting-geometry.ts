/** Geometry of the commuting layers: UEA outlines merged from the topology, and flow lines. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon
} from 'topojson-specification';
import { sharesTo, type CommutingIndex } from '$lib/analysis/commuting';
import type { UeaZone } from '$lib/data/commuting-types';
import { geometryCode, type JapanTopology } from '$lib/data/types';
import type { FlowLines, UeaOutlines } from './commuting-layer';
import { labelPoint } from './label-points';

type Areal = TopoPolygon | TopoMultiPolygon;

function geometriesByCode(topology: JapanTopology): Map<string, GeometryObject> {
	return new Map(
		topology.objects.municipalities.geometries.map((g) => [geometryCode(g), g as GeometryObject])
	);
}

/** One merged outline per 都市雇用圏. */
export function ueaOutlines(topology: JapanTopology, zones: readonly UeaZone[]): UeaOutlines {
	const byCode = geometriesByCode(topology);
	return {
		type: 'FeatureCollection',
		features: zones.map((zone) => {
			const parts = [...zone.centres, ...zone.suburbs]
				.map((code) => byCode.get(code))
				.filter(
					(g): g is GeometryObject => g !== undefined && (g.type === 'Polygon' || g.type === 'MultiPolygon')
				);
			return {
				type: 'Feature',
				properties: { id: zone.id, type: zone.type, name: zone.name },
				geometry: merge(topology, parts as Areal[])
			};
		})
	};
}

/** A line from each member to each centre it sends commuters to, with the persons. */
export function flowLines(
	topology: JapanTopology,
	index: CommutingIndex,
	centres: readonly string[],
	members: readonly string[]
): FlowLines {
	const byCode = geometriesByCode(topology);
	const points = new Map<string, [number, number]>();
	const pointOf = (code: string) => {
		if (!points.has(code)) {
			const geometry = byCode.get(code);
			if (geometry === undefined) return undefined;
			const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
			points.set(code, labelPoint(shape.geometry));
		}
		return points.get(code);
	};
	const features: FlowLines['features'] = [];
	for (const from of members) {
		if (centres.includes(from)) continue;
		for (const to of centres) {
			const persons = index.origins.get(from)?.flows.get(to);
			const start = pointOf(from);
			const end = pointOf(to);
			if (persons === undefined || start === undefined || end === undefined) continue;
			features.push({
				type: 'Feature',
				properties: { from, to, persons },
				geometry: { type: 'LineString', coordinates: [start, end] }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

export { SHARE_CLASSES } from './commuting-layer';

/** Code → share of its commuters to `to` together, for the choropleth. */
export function shareValues(index: CommutingIndex, to: readonly string[]): Map<string, number> {
	return new Map([...sharesTo(index, to)].map(([code, value]) => [code, value.share]));
}
