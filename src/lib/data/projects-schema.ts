import * as v from 'valibot';
import type { ProjectTable } from './projects-types';
import { GeodataError, validateGeodataFile } from './schema';

/**
 * Runtime check of `geodata/projects.json`: the fields the map and the panels read, unique
 * project ids and 2- or 5-digit body codes. Extra fields pass through untouched.
 */

const bodyCode = v.pipe(v.string(), v.regex(/^(\d{2}|\d{5})$/, 'a 2- or 5-digit code'));
const text = v.pipe(v.string(), v.minLength(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const body = v.pipe(
	v.looseObject({
		level: v.picklist(['prefecture', 'municipality']),
		code: bodyCode,
		prefName: text,
		name: text,
		role: v.picklist(['lead', 'partner']),
		inferred: v.boolean()
	}),
	v.check(
		(b) => (b.level === 'prefecture' ? b.code.length === 2 : b.code.length === 5),
		'a prefecture needs a 2-digit code, a municipality a 5-digit one'
	)
);

const common = {
	id: text,
	fiscalYear: v.pipe(v.number(), v.integer()),
	bodies: v.pipe(
		v.array(body),
		v.minLength(1),
		v.check((bodies) => bodies[0].role === 'lead', 'the first body must be the lead')
	),
	summary: v.string()
};

const kankei = v.looseObject({
	...common,
	programme: v.literal('kankei'),
	fiscalYearLabel: v.picklist(['H30', 'R1']),
	type: v.picklist(['p1', 'p2', 'shinka', 'soshutsu', 'susono', 'susono-gaikokujin']),
	typeLabel: text,
	joint: v.boolean()
});

const areaPart = v.looseObject({
	label: text,
	population: count,
	areaKm2: v.number(),
	codes: v.array(bodyCode)
});

const koiki = v.looseObject({
	...common,
	programme: v.literal('koiki'),
	fiscalYearLabel: v.picklist(['H26', 'H27', 'H28', 'H29', 'H30', 'R1']),
	category: v.picklist(['renkei', 'hokan', 'sandai']),
	categoryLabel: text,
	listing: v.picklist(['example', 'commissioned']),
	figures: v.nullable(
		v.looseObject({
			population: count,
			leadPopulation: v.nullable(count),
			areaKm2: v.number(),
			parts: v.array(areaPart)
		})
	),
	note: v.nullable(v.string())
});

const correction = v.looseObject({
	id: text,
	kind: v.picklist(['typo', 'variant']),
	prefName: text,
	documentName: text,
	correctedName: text,
	code: bodyCode,
	projectIds: v.array(text),
	reason: text
});

export const ProjectTableSchema = v.looseObject({
	schemaVersion: v.literal(1, 'schema version 1'),
	document: v.looseObject({ title: text, publisher: text, date: text }),
	corrections: v.array(correction),
	projects: v.pipe(
		v.array(v.variant('programme', [kankei, koiki])),
		v.check((list) => new Set(list.map((p) => p.id)).size === list.length, 'project ids must be unique')
	)
});

export const PROJECTS_FILE = 'projects.json';

export function decodeProjectTable(raw: unknown): ProjectTable {
	return validateGeodataFile(ProjectTableSchema, raw, PROJECTS_FILE) as unknown as ProjectTable;
}

/** Every municipal body must be a municipality of the table. */
export function checkProjectCodes(table: ProjectTable, municipalityCodes: ReadonlySet<string>): void {
	for (const project of table.projects) {
		for (const b of project.bodies) {
			if (b.level === 'municipality' && !municipalityCodes.has(b.code)) {
				throw new GeodataError(PROJECTS_FILE, `project ${project.id} names unknown municipality ${b.code}`);
			}
		}
	}
}
