import type { ModelProject, ProjectProgramme } from '../../../src/lib/data/projects-types';
import type { CliCommand } from '../command';
import { CliUsageError } from '../errors';
import { readProjects } from '../geodata';
import { stringOption } from '../options';
import { formatTable } from '../table';

/** The issue spells the programme "kouiki"; the data says "koiki". Both are accepted. */
const PROGRAMMES: Record<string, ProjectProgramme> = { kankei: 'kankei', koiki: 'koiki', kouiki: 'koiki' };

/** A kankei project's type, or a koiki project's category. */
const typeOf = (project: ModelProject) => (project.programme === 'kankei' ? project.type : project.category);

function oneOf(value: string | undefined, allowed: readonly string[], option: string): string | undefined {
	if (value === undefined || allowed.includes(value)) return value;
	throw new CliUsageError(`Unknown --${option} "${value}" (one of: ${allowed.join(', ')})`);
}

const command: CliCommand = {
	name: 'projects',
	usage: 'projects [--program kankei|kouiki] [--year H30|R1|...] [--type TYPE]',
	summary: 'The model projects of the seed document, one record per project with its lead and partner codes.',
	positionals: { min: 0, max: 0 },
	options: { program: { type: 'string' }, year: { type: 'string' }, type: { type: 'string' } },
	run({ options }) {
		const table = readProjects();
		if (table === null) throw new CliUsageError('geodata/projects.json is missing: run npm run geodata');
		const all = table.projects;
		const programmeOption = oneOf(stringOption(options, 'program'), Object.keys(PROGRAMMES), 'program');
		const programme = programmeOption === undefined ? undefined : PROGRAMMES[programmeOption];
		const year = oneOf(
			stringOption(options, 'year'),
			[...new Set(all.map((p) => p.fiscalYearLabel))],
			'year'
		);
		const type = oneOf(stringOption(options, 'type'), [...new Set(all.map(typeOf))].sort(), 'type');
		const records = all
			.filter(
				(p) =>
					(programme === undefined || p.programme === programme) &&
					(year === undefined || p.fiscalYearLabel === year)
			)
			.filter((p) => type === undefined || typeOf(p) === type)
			.map((p) => ({
				id: p.id,
				programme: p.programme,
				year: p.fiscalYearLabel,
				type: typeOf(p),
				typeLabel: p.programme === 'kankei' ? p.typeLabel : p.categoryLabel,
				leadCodes: p.bodies.filter((b) => b.role === 'lead').map((b) => b.code),
				partnerCodes: p.bodies.filter((b) => b.role === 'partner').map((b) => b.code),
				summary: p.summary
			}));
		const names = new Map(all.flatMap((p) => p.bodies.map((b) => [b.code, b.name] as const)));
		return {
			json: {
				filters: { programme: programme ?? null, year: year ?? null, type: type ?? null },
				projects: records
			},
			text: () =>
				[
					`${records.length} projects`,
					formatTable(
						['id', 'year', 'type', 'lead', 'partners'],
						records.map((r) => [
							r.id,
							r.year,
							r.typeLabel,
							r.leadCodes.map((c) => `${names.get(c)} ${c}`).join('・'),
							String(r.partnerCodes.length)
						]),
						{ right: [4] }
					)
				].join('\n')
		};
	}
};

export default command;
