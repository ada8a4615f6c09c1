import {
	outlookOf,
	sphereOutlook,
	type Outlook,
	type PopulationPath
} from '../../../src/lib/analysis/outlook';
import type { AnalysisContext } from '../../../src/lib/analysis/context';
import type { SphereKind } from '../../../src/lib/data/types';
import type { CliCommand } from '../command';
import { formatInteger, formatPercent, KIND_NAMES, roundTo } from '../format';
import { parseAsOf, parseCodeList, parseKind, stringOption } from '../options';
import { formatKeyValues, formatTable } from '../table';

const CODE_LIST = /^\s*\d{5}(\s*,\s*\d{5})*\s*$/;

const roundedChange = (value: number | null) => (value === null ? null : roundTo(value, 4));

function outlookJson(outlook: Outlook, sphere: { id: string; name: string } | null) {
	const path = (p: PopulationPath) => p.projected;
	return {
		basis: outlook.basis,
		...(sphere && { sphere }),
		kind: outlook.kind,
		centres: outlook.centres,
		codes: outlook.sphere.codes,
		census: {
			2020: { sphere: outlook.sphere.census2020, centre: outlook.centre.census2020 },
			2025: {
				sphere: outlook.sphere.census2025,
				centre: outlook.centre.census2025,
				sphereChangeFrom2020: roundedChange(outlook.sphere.censusChange2025),
				centreChangeFrom2020: roundedChange(outlook.centre.censusChange2025)
			}
		},
		projections: outlook.years.map((year, index) => ({
			year,
			sphere: path(outlook.sphere)[index],
			centre: path(outlook.centre)[index],
			sphereChangeFrom2020: roundedChange(outlook.sphere.changeFrom2020[index]),
			centreChangeFrom2020: roundedChange(outlook.centre.changeFrom2020[index])
		})),
		crossings: outlook.crossings,
		unprojected: outlook.sphere.unprojected,
		areasCounted: outlook.sphere.areasCounted
	};
}

const figure = (value: number | null) => (value === null ? 'no projection' : formatInteger(value));

function outlookText(context: AnalysisContext, outlook: Outlook, heading: string): string {
	const nameOf = (code: string) => context.municipalities.get(code)?.name ?? code;
	const rows = [
		[
			'2020',
			'census (R2)',
			formatInteger(outlook.centre.census2020),
			'',
			formatInteger(outlook.sphere.census2020),
			''
		],
		[
			'2025',
			'census (R7速報)',
			formatInteger(outlook.centre.census2025),
			formatPercent(outlook.centre.censusChange2025),
			formatInteger(outlook.sphere.census2025),
			formatPercent(outlook.sphere.censusChange2025)
		],
		...outlook.years.map((year, index) => [
			String(year),
			'IPSS projection',
			figure(outlook.centre.projected[index]),
			formatPercent(outlook.centre.changeFrom2020[index]),
			figure(outlook.sphere.projected[index]),
			formatPercent(outlook.sphere.changeFrom2020[index])
		])
	];
	const crossings = outlook.crossings.map((c) => [
		c.subject.map(nameOf).join('・'),
		`${c.title} ${c.wording}`,
		c.crossedIn2020 ? 'already in 2020' : c.crossedIn2025 ? 'in the 2025 速報' : '—',
		c.noProjection
			? 'no projection'
			: c.firstProjectedYear === null
				? `not by ${outlook.years.at(-1)}`
				: String(c.firstProjectedYear)
	]);
	const notes = [
		...outlook.sphere.unprojected.map(
			(code) => `no projection: ${code} ${nameOf(code)} (IPSS projects it only within an area)`
		),
		...outlook.sphere.areasCounted.map((code) => `counted as one IPSS area: ${code}`)
	];
	return [
		heading,
		formatKeyValues([
			['basis', outlook.basis],
			['centre', outlook.centres.map(nameOf).join('・') || 'none']
		]),
		'',
		formatTable(['year', 'source', 'centre', 'Δ 2020', 'sphere', 'Δ 2020'], rows, {
			right: [2, 3, 4, 5],
			indent: '  '
		}),
		...notes,
		'',
		'Threshold crossings (IPSS projections, not criteria):',
		crossings.length === 0
			? '  no centre'
			: formatTable(['subject', 'threshold', 'census', 'first projected year'], crossings, { indent: '  ' })
	].join('\n');
}

const command: CliCommand = {
	name: 'outlook',
	usage:
		'outlook <sphere-id | code,code,...> [--as-of YYYY-MM-DD] [--centres code[,code]] [--kind renkei|teiju]',
	summary:
		'Population 2020, 2025 (速報) and the IPSS projections to 2050 of a sphere or list, and the years its centre would cross the population thresholds.',
	positionals: { min: 1, max: 1 },
	options: { 'as-of': { type: 'string' }, centres: { type: 'string' }, kind: { type: 'string' } },
	run({ positionals, options }, environment) {
		const context = environment.context();
		const [target] = positionals;
		if (!CODE_LIST.test(target)) {
			const outlook = sphereOutlook(context, target, parseAsOf(stringOption(options, 'as-of')));
			const sphere = context.spheresById.get(target)!;
			const heading = `${sphere.name} (${sphere.id}, ${KIND_NAMES[sphere.kind]})`;
			return {
				json: outlookJson(outlook, { id: sphere.id, name: sphere.name }),
				text: () => outlookText(context, outlook, heading)
			};
		}
		const codes = parseCodeList(target, 'code');
		const centresOption = stringOption(options, 'centres');
		const kindOption = stringOption(options, 'kind');
		const kind: SphereKind | null = kindOption === undefined ? null : parseKind(kindOption);
		const centres = centresOption === undefined ? codes.slice(0, 1) : parseCodeList(centresOption, 'centre');
		const outlook = outlookOf(context, { kind, centres, codes });
		return {
			json: outlookJson(outlook, null),
			text: () => outlookText(context, outlook, `${outlook.sphere.codes.length} municipalities`)
		};
	}
};

export default command;
