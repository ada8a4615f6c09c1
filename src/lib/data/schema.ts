import * as v from 'valibot';
import { GEODATA_SCHEMA_VERSION } from './types';

/**
 * Runtime checks of the shipped geodata. A file that fails them is reported by name with
 * the path of the first bad value, so a corrupt or mismatched deployment shows an error
 * page rather than a blank or wrong map.
 */

const municipalityCode = v.pipe(v.string(), v.regex(/^\d{5}$/, 'a 5-digit code'));
const prefectureCode = v.pipe(v.string(), v.regex(/^\d{2}$/, 'a 2-digit prefecture code'));
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const version = v.literal(GEODATA_SCHEMA_VERSION, `schema version ${GEODATA_SCHEMA_VERSION}`);

function uniqueBy<T>(key: (item: T) => string, what: string) {
	return v.check<T[], string>(
		(items) => new Set(items.map(key)).size === items.length,
		`${what} must be unique`
	);
}

const municipality = v.object({
	code: municipalityCode,
	prefCode: prefectureCode,
	prefName: v.pipe(v.string(), v.minLength(1)),
	name: v.pipe(v.string(), v.minLength(1)),
	kana: v.string(),
	kind: v.picklist(['特別区', '政令指定都市', '中核市', '施行時特例市', '市', '町', '村']),
	pop2020: count,
	pop2015: count,
	daytimePop2020: count,
	dayNightRatio2020: v.nullable(v.pipe(v.number(), v.minValue(0))),
	areaKm2: v.pipe(v.number(), v.minValue(0)),
	statusSince: v.nullable(partialDate)
});

export const MunicipalityTableSchema = v.object({
	schemaVersion: version,
	prefectures: v.pipe(
		v.array(v.object({ code: prefectureCode, name: v.string(), kana: v.string() })),
		uniqueBy((p) => p.code, 'prefecture codes')
	),
	municipalities: v.pipe(
		v.array(municipality),
		v.minLength(1),
		uniqueBy((m) => m.code, 'municipality codes')
	)
});

const sphere = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.minLength(1)),
		kind: v.picklist(['renkei', 'teiju']),
		name: v.pipe(v.string(), v.minLength(1)),
		note: v.nullable(v.string()),
		nameUnconfirmed: v.boolean(),
		membersPartial: v.boolean(),
		centres: v.pipe(v.array(municipalityCode), v.minLength(1)),
		members: v.pipe(
			v.array(
				v.object({
					code: municipalityCode,
					role: v.picklist(['centre', 'member']),
					joinedOn: v.nullable(partialDate),
					basis: v.picklist(['national', 'prefectural'])
				})
			),
			uniqueBy((m) => m.code, 'member codes within a sphere')
		),
		declaredOn: v.nullable(partialDate),
		agreementOn: v.nullable(partialDate),
		visionOn: v.nullable(partialDate),
		endedOn: v.nullable(partialDate),
		successorId: v.nullable(v.string()),
		sources: v.array(v.string())
	}),
	v.check(
		(s) => s.centres.every((c) => s.members.some((m) => m.code === c && m.role === 'centre')),
		'every centre must be a member with role centre'
	)
);

export const SphereTableSchema = v.object({
	schemaVersion: version,
	spheres: v.pipe(
		v.array(sphere),
		uniqueBy((s) => s.id, 'sphere ids')
	)
});

const attributionEntry = v.object({ ja: v.string(), en: v.string(), url: v.pipe(v.string(), v.url()) });

export const ManifestSchema = v.looseObject({
	schemaVersion: version,
	asOf: v.object({ boundaries: partialDate, census: partialDate, spheres: partialDate }),
	attribution: v.pipe(v.array(attributionEntry), v.minLength(1)),
	counts: v.looseObject({ municipalities: count }),
	coverage: v.array(
		v.object({
			kind: v.picklist(['renkei', 'teiju']),
			complete: v.boolean(),
			note: v.string(),
			officialCount: v.nullable(count),
			incompletePrefectures: v.array(
				v.object({ prefCode: prefectureCode, reasons: v.pipe(v.array(v.string()), v.minLength(1)) })
			)
		})
	),
	files: v.object({
		topology: v.string(),
		municipalities: v.string(),
		spheres: v.string(),
		projects: v.optional(v.string()),
		commuting: v.optional(v.string()),
		uea: v.optional(v.string())
	}),
	commuting: v.optional(
		v.object({
			table: v.string(),
			asOf: partialDate,
			prefectures: v.array(prefectureCode),
			missingPrefectures: v.array(prefectureCode),
			uea: v.string(),
			attribution: v.array(attributionEntry)
		})
	)
});

const geometry = v.looseObject({ type: v.string(), properties: v.looseObject({}) });

export const TopologySchema = v.looseObject({
	type: v.literal('Topology'),
	// Checking each of the ~300,000 arc positions would dominate load time; a shape check suffices.
	arcs: v.pipe(
		v.array(v.unknown()),
		v.check((arcs) => arcs.every((arc) => Array.isArray(arc)), 'arcs must be arrays of positions')
	),
	transform: v.object({
		scale: v.tuple([v.number(), v.number()]),
		translate: v.tuple([v.number(), v.number()])
	}),
	objects: v.looseObject({
		municipalities: v.object({
			type: v.literal('GeometryCollection'),
			geometries: v.pipe(
				v.array(
					v.looseObject({ ...geometry.entries, properties: v.looseObject({ code: municipalityCode }) })
				),
				uniqueBy((g) => g.properties.code, 'municipality codes')
			)
		}),
		prefectures: v.object({
			type: v.literal('GeometryCollection'),
			geometries: v.array(
				v.looseObject({ ...geometry.entries, properties: v.looseObject({ code: prefectureCode }) })
			)
		})
	})
});

export class GeodataError extends Error {
	constructor(
		readonly file: string,
		readonly detail: string
	) {
		super(`${file}: ${detail}`);
		this.name = 'GeodataError';
	}
}

/** Validates one parsed file; throws a GeodataError naming the file and the bad value. */
export function validateGeodataFile<S extends v.GenericSchema>(
	schema: S,
	data: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	throw new GeodataError(file, `${path ? `${path}: ` : ''}${issue.message}`);
}

/** Cross-file consistency: every sphere code is a municipality, every municipality is drawn. */
export function checkGeodataConsistency(
	municipalityCodes: ReadonlySet<string>,
	drawnCodes: ReadonlySet<string>,
	sphereCodes: Iterable<[sphereId: string, code: string]>
): void {
	for (const code of municipalityCodes) {
		if (!drawnCodes.has(code))
			throw new GeodataError('japan.topo.json', `no polygon for municipality ${code}`);
	}
	for (const [sphereId, code] of sphereCodes) {
		if (!municipalityCodes.has(code)) {
			throw new GeodataError('spheres.json', `sphere ${sphereId} names unknown municipality ${code}`);
		}
	}
}
