import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/lib/analysis/coverage';
import { coverageSchemes } from '../../../src/lib/analysis/research/schemes';
import { percentLegend, percentScale, schemeScale } from '../../../src/lib/map/research/coverage-colours';
import { municipalityFills, prefectureFills, researchLegend } from '../../../src/lib/research/legend-entries';
import { RESEARCH_TEXT } from '../../../src/lib/ui/i18n/research';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres } = readCommittedGeodata();
const coverage = computeCoverage({ manifest, municipalities: table, spheres: { schemaVersion: 1, spheres } });
const strings = RESEARCH_TEXT.ja;

describe('choropleth classes and legend', () => {
	it('puts a share in the class whose limits hold it, lower limit inclusive', () => {
		const scale = percentScale('renkei');
		const colours = scale.range();
		expect(new Set(colours).size).toBe(5);
		expect([0, 19.99, 20, 59.9, 80, 100].map((value) => colours.indexOf(scale(value)))).toEqual([
			0, 0, 1, 2, 4, 4
		]);
		expect(percentLegend(scale).map((entry) => entry.label)).toEqual([
			'0–20%',
			'20–40%',
			'40–60%',
			'60–80%',
			'80–100%'
		]);
	});

	it('colours each prefecture by its share of the chosen measure', () => {
		const fills = prefectureFills(coverage, { category: 'teiju', quantity: 'area' });
		expect(fills.size).toBe(47);
		const scale = percentScale('teiju');
		for (const row of coverage.prefectures) expect(fills.get(row.prefCode)).toBe(scale(row.teijuAreaKm2Pct!));
	});

	it('colours covered municipalities by scheme, with the overlap distinct, and leaves the rest as land', () => {
		const schemes = coverageSchemes(spheres, { asOf: manifest.asOf.spheres, includePrefecturalBasis: true });
		const fills = municipalityFills(schemes);
		expect(fills.size).toBe(coverage.national.eitherMunicipalities);
		const scale = schemeScale();
		const colours = new Set(['renkei', 'teiju', 'both', 'none'].map((s) => scale(s as 'none')));
		expect(colours.size).toBe(4);
		const both = [...schemes].find(([, entry]) => entry.scheme === 'both')![0];
		expect(fills.get(both)).toBe(scale('both'));
	});

	it('titles the legend after the measure, in the chosen language', () => {
		expect(researchLegend('pref', { category: 'either', quantity: 'population' }, strings).title).toBe(
			'いずれかの人口の割合'
		);
		const muni = researchLegend('muni', { category: 'either', quantity: 'population' }, RESEARCH_TEXT.en);
		expect(muni.entries.map((entry) => entry.label)).toContain('Both (overlap)');
	});
});
