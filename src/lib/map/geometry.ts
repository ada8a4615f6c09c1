import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { JapanTopology, MunicipalityGeometryProperties } from '$lib/data/types';

export interface MapGeometry {
	municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityGeometryProperties>;
	/** Arcs shared by two municipalities (prefecture borders included). */
	municipalBorders: MultiLineString;
	/** Arcs shared by two prefectures. */
	prefectureBorders: MultiLineString;
	/** Arcs that belong to one municipality only: the shore. */
	coastline: MultiLineString;
}

/** Decodes the quantized topology into the GeoJSON the map sources need. */
export function decodeMapGeometry(topology: JapanTopology): MapGeometry {
	const { municipalities, prefectures } = topology.objects;
	return {
		municipalities: feature(topology, municipalities) as MapGeometry['municipalities'],
		municipalBorders: mesh(topology, municipalities, (a, b) => a !== b),
		prefectureBorders: mesh(topology, prefectures, (a, b) => a !== b),
		coastline: mesh(topology, municipalities, (a, b) => a === b)
	};
}
