import {
	computeCoverage,
	COVERAGE_COLUMNS,
	coverageCsv,
	coverageRows,
	PREFECTURAL_BASIS_RULE,
	PROJECT_COUNTING_RULE,
	UNDATED_MEMBERSHIP_RULE,
	type CoverageRow,
	type CoverageTable
} from '../../../src/lib/analysis/coverage';
import type { CliCommand } from '../command';
import { readProjects } from '../geodata';
import { formatInteger, KIND_NAMES } from '../format';
import { parseAsOf, parseCensus, stringOption } from '../options';
import { formatTable } from '../table';

const pct = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(1));
const optionalCount = (value: number | null): string => (value === null ? '' : String(value));

function tableRow(row: CoverageRow): string[] {
	return [
		row.prefCode,
		row.prefName,
		String(row.municipalities),
		String(row.renkeiMunicipalities),
		String(row.teijuMunicipalities),
		String(row.bothMunicipalities),
		String(row.neitherMunicipalities),
		pct(row.eitherMunicipalitiesPct),
		formatInteger(row.population),
		pct(row.renkeiPopulationPct),
		pct(row.teijuPopulationPct),
		pct(row.eitherPopulationPct),
		pct(row.eitherAreaKm2Pct),
		optionalCount(row.projects),
		String(row.undatedMemberships),
		row.teijuIncomplete ? '*' : ''
	];
}

function text(table: CoverageTable): string {
	const { renkei, teiju } = table.activeSpheres;
	const headers = [
		'code',
		'prefecture',
		'munis',
		'renkei',
		'teiju',
		'both',
		'neither',
		'either %',
		'population',
		'pop renkei %',
		'pop teiju %',
		'pop either %',
		'area either %',
		'projects',
		'undated',
		'teiju*'
	];
	const reasons = table.prefectures
		.filter((row) => row.teijuIncomplete)
		.flatMap((row) => [
			`  ${row.prefCode} ${row.prefName}`,
			...row.teijuIncompleteReasons.map((r) => `    - ${r}`)
		]);
	return [
		`Coverage on ${table.asOf}, census ${table.census}; active: ${KIND_NAMES.renkei} ${renkei.spheres} ` +
			`(${renkei.centres} centres), ${KIND_NAMES.teiju} ${teiju.spheres} (${teiju.centres} centres); ` +
			`prefectural-basis members ${table.includePrefecturalBasis ? 'counted' : 'left out'}`,
		formatTable(headers, coverageRows(table).map(tableRow), {
			right: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
		}),
		'',
		`* the ${KIND_NAMES.teiju} list is known to be incomplete or unverified in part here:`,
		...reasons,
		'',
		`undated: ${UNDATED_MEMBERSHIP_RULE}`,
		PROJECT_COUNTING_RULE
	].join('\n');
}

const command: CliCommand = {
	name: 'coverage',
	usage: 'coverage [--as-of YYYY-MM-DD] [--census 2015|2020|2025] [--exclude-prefectural] [--csv]',
	summary:
		'Municipalities, population and area in 連携中枢都市圏 / 定住自立圏 per prefecture and nationally (default: the data’s as-of date).',
	positionals: { min: 0, max: 0 },
	options: {
		'as-of': { type: 'string' },
		census: { type: 'string' },
		'exclude-prefectural': { type: 'boolean' },
		csv: { type: 'boolean' }
	},
	run({ options }, environment) {
		const asOf = parseAsOf(stringOption(options, 'as-of')) ?? undefined;
		const census = parseCensus(stringOption(options, 'census'));
		const { manifest, municipalities, spheres } = environment.geodata();
		const table = computeCoverage(
			{ manifest, municipalities, spheres, projects: readProjects() },
			{ asOf, census, includePrefecturalBasis: options['exclude-prefectural'] !== true }
		);
		return {
			json: {
				asOf: table.asOf,
				census: table.census,
				includePrefecturalBasis: table.includePrefecturalBasis,
				activeSpheres: table.activeSpheres,
				columns: COVERAGE_COLUMNS,
				prefectures: table.prefectures,
				national: table.national,
				notes: {
					undated: UNDATED_MEMBERSHIP_RULE,
					projects: PROJECT_COUNTING_RULE,
					prefecturalBasis: PREFECTURAL_BASIS_RULE
				}
			},
			text: () => (options.csv === true ? coverageCsv(table) : text(table))
		};
	}
};

export default command;
