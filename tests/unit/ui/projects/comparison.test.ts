import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectTable } from '../../../../src/lib/data/projects-types';
import type { Geodata, Municipality, MunicipalityTable } from '../../../../src/lib/data/types';
import { aggregateCodes, createAnalysisContext } from '../../../../src/lib/analysis';
import { buildProjectsData } from '../../../../src/lib/ui/projects/data';
import { readCommittedGeodata } from '../../read-geodata';
import { comparisonRows, dateBetweenCensuses } from '../../../../src/lib/ui/projects/comparison';
import { FIGURE_REASONS } from '../../../../src/lib/ui/projects/figure-reasons';

const read = <T>(name: string): T =>
	JSON.parse(readFileSync(new URL(`../../../../geodata/${name}`, import.meta.url), 'utf8')) as T;
const table = read<ProjectTable>('projects.json');
const byCode = new Map(read<MunicipalityTable>('municipalities.json').municipalities.map((m) => [m.code, m]));
const municipalityOf = (code: string): Municipality | undefined => byCode.get(code);
const committed = readCommittedGeodata();
const geodata = {
	manifest: committed.manifest,
	municipalities: committed.table,
	spheres: { schemaVersion: 1, spheres: committed.spheres },
	topology: committed.topology as Geodata['topology']
};
const { sum2015 } = buildProjectsData(geodata, table);

const rows = comparisonRows(table.projects, sum2015, municipalityOf);
const whole = new Map(rows.filter((r) => r.part === null).map((r) => [r.project.id, r]));

describe('comparison of the commissioned bodies’ figures', () => {
	it('has one row per commissioned body, plus 秋田’s two parts', () => {
		expect(whole.size).toBe(7);
		expect(rows.filter((r) => r.part !== null).map((r) => r.part)).toEqual(['南秋地域', '県南地域']);
	});

	it('matches the 2015 census exactly for 長野, 福山, 高松 and 長崎', () => {
		for (const id of [
			'koiki-r1-renkei-nagano',
			'koiki-r1-renkei-fukuyama',
			'koiki-r1-renkei-takamatsu',
			'koiki-r1-hokan-nagasaki-pref'
		]) {
			expect(whole.get(id)!.populationDifference).toBe(0);
			expect(whole.get(id)!.reason?.basis).toBe('census2015');
		}
	});

	it('finds 横浜’s 8 cities one person below the census', () => {
		const yokohama = whole.get('koiki-r1-sandai-yokohama')!;
		expect(yokohama.populationDifference).toBe(-1);
		expect(yokohama.reason?.basis).toBe('census2015-minus-one');
	});

	it('places 奈良 and 秋田 between the 2015 and 2020 censuses, in early 2019', () => {
		for (const id of ['koiki-r1-hokan-nara-pref', 'koiki-r1-hokan-akita-pref']) {
			const row = whole.get(id)!;
			expect(row.reason?.basis).toBe('other');
			expect(row.interpolated).not.toBeNull();
			expect(row.interpolated!.approximateDate.startsWith('2019-')).toBe(true);
			expect(Math.abs(row.areaDifference)).toBeLessThan(0.5);
		}
	});

	it('has a reason for every commissioned body and none for others', () => {
		expect(Object.keys(FIGURE_REASONS).sort()).toEqual([...whole.keys()].sort());
	});

	it('converts a fraction of the census interval to a month', () => {
		expect(dateBetweenCensuses(0)).toBe('2015-10');
		expect(dateBetweenCensuses(1)).toBe('2020-10');
		expect(dateBetweenCensuses(0.25)).toBe('2017-01');
	});
});

describe('the 2015 sums', () => {
	it('equal aggregateCodes on the 2015 basis', () => {
		const codes = whole.get('koiki-r1-renkei-nagano')!.codes;
		const aggregate = aggregateCodes(createAnalysisContext(geodata), codes, { census: 2015 });
		expect(sum2015(codes)).toEqual({ population: aggregate.population, areaKm2: aggregate.areaOfficialKm2 });
	});
});
