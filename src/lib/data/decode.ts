import {
	ManifestSchema,
	MunicipalityTableSchema,
	SphereTableSchema,
	TopologySchema,
	validateGeodataFile
} from './schema';
import type { JapanTopology, Manifest, MunicipalityTable, SphereTable } from './types';

/** Turns a parsed JSON value into a typed one, or throws a GeodataError naming the bad value. */
export type Decoder<T> = (raw: unknown) => T;

export const decodeManifest: Decoder<Manifest> = (raw) =>
	validateGeodataFile(ManifestSchema, raw, 'manifest.json') as unknown as Manifest;
export const decodeMunicipalityTable: Decoder<MunicipalityTable> = (raw) =>
	validateGeodataFile(MunicipalityTableSchema, raw, 'municipalities.json');
export const decodeSphereTable: Decoder<SphereTable> = (raw) =>
	validateGeodataFile(SphereTableSchema, raw, 'spheres.json');
export const decodeTopology: Decoder<JapanTopology> = (raw) =>
	validateGeodataFile(TopologySchema, raw, 'japan.topo.json') as unknown as JapanTopology;
