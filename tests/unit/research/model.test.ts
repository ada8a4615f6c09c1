import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageLists } from '../../../src/lib/analysis/coverage';
import type { Geodata, JapanTopology } from '../../../src/lib/data/types';
import { researchLegend } from '../../../src/lib/research/legend-entries';
import * as model from '../../../src/lib/research/model';
import { RESEARCH_TEXT } from '../../../src/lib/ui/i18n/research';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres, topology } = readCommittedGeodata();
const geodata: Geodata = {
	manifest,
	municipalities: table,
	spheres: { schemaVersion: 1, spheres },
	topology: topology as unknown as JapanTopology
};
const data = model.researchData(geodata);
const strings = RESEARCH_TEXT.en;
const measure = { category: 'renkei', quantity: 'population' } as const;
const legend = researchLegend('pref', measure, strings);

describe('the research model', () => {
	it('indexes the data once: the date range ends on the data date', () => {
		expect(data.dataAsOf).toBe(manifest.asOf.spheres);
		expect(data.range.end).toBe(manifest.asOf.spheres);
		expect(data.sphereById.size).toBe(spheres.length);
		expect(data.municipalityByCode.get('34207')?.name).toBe('福山市');
	});

	it('the coverage on a date is the coverage module on that date', () => {
		const coverage = model.coverageOn(data, '2019-04-01');
		expect(coverage.table).toEqual(computeCoverage(geodata, { asOf: '2019-04-01' }));
		expect(coverage.lists).toEqual(coverageLists(geodata, { asOf: '2019-04-01' }));
		expect(coverage.active.length).toBe(
			coverage.table.activeSpheres.renkei.spheres + coverage.table.activeSpheres.teiju.spheres
		);
	});

	it('highlights and saves the chosen list', () => {
		const coverage = model.coverageOn(data, data.dataAsOf);
		const none = model.listCodes('none', coverage.lists, null);
		expect(none).toEqual(coverage.lists.inNoSphere.map((m) => m.code));
		expect(model.listCodes(null, coverage.lists, null)).toEqual([]);
		expect(model.listCodes('centres', coverage.lists, null)).toEqual([]);
		const csv = model.listCsv('none', coverage.lists, null);
		expect(csv?.name).toBe('no-sphere');
		expect(csv?.text.split('\n').filter((line) => line !== '').length).toBe(none.length + 1);
		expect(model.listCsv('centres', coverage.lists, null)).toBeNull();
	});

	it('describes a prefecture by its share and a municipality by its spheres', () => {
		const coverage = model.coverageOn(data, data.dataAsOf);
		const hiroshima = coverage.table.prefectures.find((row) => row.prefCode === '34')!;
		expect(model.describeTarget({ mode: 'pref', code: '34' }, data, coverage, measure, legend, strings)).toBe(
			`広島県\n${legend.title}: ${hiroshima.renkeiPopulationPct!.toFixed(1)}%`
		);
		const fukuyama = model.describeTarget(
			{ mode: 'muni', code: '34207' },
			data,
			coverage,
			measure,
			legend,
			strings
		);
		expect(fukuyama.split('\n')[0]).toBe('広島県 福山市');
		expect(fukuyama).toContain('備後圏域');
		expect(
			model.describeTarget({ mode: 'muni', code: '01695' }, data, coverage, measure, legend, strings)
		).toBe(strings.hoppoLegend);
	});

	it('the PNG text names the selected prefecture and the national figures otherwise', () => {
		const coverage = model.coverageOn(data, data.dataAsOf);
		const national = model.exportText(data, coverage, { pref: null, measure }, legend, [], strings);
		expect(national.title).toBe(legend.title);
		expect(national.figures).toHaveLength(5);
		expect(national.subtitle).toContain(data.dataAsOf);
		const hiroshima = model.exportText(data, coverage, { pref: '34', measure }, legend, [], strings);
		expect(hiroshima.title).toBe(`広島県 — ${legend.title}`);
		expect(hiroshima.legend).toHaveLength(legend.entries.length);
	});

	it('compares nothing until both picks and the analysis are there', () => {
		expect(model.compare(null, null, null, null)).toEqual({ comparison: null, failure: null });
		expect(model.comparedCodesKey(null)).toBe('');
		expect(model.compareOutlines(null)).toEqual({ a: null, b: null });
	});
});
