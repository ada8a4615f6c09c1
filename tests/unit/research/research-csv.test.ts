import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { coverageLists } from '../../../src/lib/analysis/coverage';
import { compareAggregates, prefectureSubject } from '../../../src/lib/analysis/research/compare';
import { compareCsv, inNoSphereCsv, inSeveralSpheresCsv } from '../../../src/lib/ui/research/research-csv';
import { committedContext } from '../analysis/committed-context';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres } = readCommittedGeodata();
const lists = coverageLists(
	{ manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } },
	{ asOf: '2019-04-01' }
);
const parse = (text: string) => {
	expect(text.startsWith('\uFEFF')).toBe(true);
	return Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
};

describe('CSV files of the lists and the comparison', () => {
	it('lists every municipality in no sphere, one row each', () => {
		const rows = parse(inNoSphereCsv(lists.inNoSphere));
		expect(rows[0]).toEqual(['code', 'prefCode', 'prefName', 'name', 'population', 'areaKm2']);
		expect(rows.slice(1).map((row) => row[0])).toEqual(lists.inNoSphere.map((m) => m.code));
	});

	it('gives the sphere ids of each municipality in several spheres, joined in one cell', () => {
		const rows = parse(inSeveralSpheresCsv(lists.inSeveralSpheres));
		expect(rows[0].slice(-2)).toEqual(['renkeiSphereIds', 'teijuSphereIds']);
		const first = lists.inSeveralSpheres[0];
		expect(rows[1][0]).toBe(first.code);
		expect(rows[1].slice(-2)).toEqual([first.renkeiSphereIds.join(' | '), first.teijuSphereIds.join(' | ')]);
	});

	it('writes the delta table with the subjects named in the header', () => {
		const context = committedContext();
		const codesOf = (pref: string) =>
			table.municipalities.filter((m) => m.prefCode === pref).map((m) => m.code);
		const a = prefectureSubject(context.prefectures.get('31')!, codesOf('31'));
		const b = prefectureSubject(context.prefectures.get('32')!, codesOf('32'));
		const deltas = compareAggregates(aggregateCodes(context, a.codes), aggregateCodes(context, b.codes));
		const rows = parse(compareCsv(a, b, deltas));
		expect(rows[0]).toEqual([
			'measure',
			'A: 鳥取県',
			'B: 島根県',
			'delta',
			'deltaPct',
			'share',
			'aPartial',
			'bPartial'
		]);
		expect(rows).toHaveLength(1 + deltas.length);
		const population = rows.find((row) => row[0] === 'population')!;
		expect(Number(population[3])).toBe(deltas.find((d) => d.measure === 'population')!.delta);
	});
});
