import {
	decodeManifest,
	decodeMunicipalityTable,
	decodeSphereTable,
	decodeTopology,
	type Decoder
} from './decode';
import { geodataFiles, type GeodataFile } from './files';
import { checkProjectCodes, decodeProjectTable } from './projects-schema';
import { checkGeodataConsistency, GeodataError } from './schema';
import { geometryCode, type Geodata } from './types';

export class GeodataLoadError extends Error {
	readonly fileName: string;

	constructor(fileName: string, reason: string, options?: ErrorOptions) {
		super(`Could not load geodata file ${fileName}: ${reason}`, options);
		this.name = 'GeodataLoadError';
		this.fileName = fileName;
	}
}

export async function loadFile<T>(fetchFn: typeof fetch, file: GeodataFile, decode: Decoder<T>): Promise<T> {
	let response: Response;
	try {
		response = await fetchFn(file.url);
	} catch (cause) {
		throw new GeodataLoadError(file.name, `network error (${String(cause)})`, { cause });
	}
	if (!response.ok) {
		throw new GeodataLoadError(file.name, `HTTP ${response.status} ${response.statusText}`.trim());
	}
	let raw: unknown;
	try {
		raw = await response.json();
	} catch (cause) {
		throw new GeodataLoadError(file.name, 'not valid JSON', { cause });
	}
	try {
		return decode(raw);
	} catch (cause) {
		const detail =
			cause instanceof GeodataError ? cause.detail : cause instanceof Error ? cause.message : String(cause);
		throw new GeodataLoadError(file.name, `unexpected content (${detail})`, { cause });
	}
}

/** Fetches and decodes the five geodata files in parallel. */
export async function loadGeodata(fetchFn: typeof fetch = fetch): Promise<Geodata> {
	const [manifest, municipalities, spheres, topology, projects] = await Promise.all([
		loadFile(fetchFn, geodataFiles.manifest, decodeManifest),
		loadFile(fetchFn, geodataFiles.municipalities, decodeMunicipalityTable),
		loadFile(fetchFn, geodataFiles.spheres, decodeSphereTable),
		loadFile(fetchFn, geodataFiles.topology, decodeTopology),
		loadFile(fetchFn, geodataFiles.projects, decodeProjectTable)
	]);
	try {
		checkGeodataConsistency(
			new Set(municipalities.municipalities.map((m) => m.code)),
			new Set(topology.objects.municipalities.geometries.map(geometryCode)),
			spheres.spheres.flatMap((s) => s.members.map((m): [string, string] => [s.id, m.code]))
		);
		checkProjectCodes(projects, new Set(municipalities.municipalities.map((m) => m.code)));
	} catch (cause) {
		if (!(cause instanceof GeodataError)) throw cause;
		throw new GeodataLoadError(cause.file, `does not match the other files (${cause.detail})`, { cause });
	}
	return { manifest, municipalities, spheres, topology, projects };
}
