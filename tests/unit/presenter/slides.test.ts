import { describe, expect, it } from 'vitest';
import { activeSpheres } from '../../../src/lib/analysis/as-of';
import { PREFECTURE_CODES, PREFECTURE_NAMES } from '../../../src/lib/presenter/prefectures';
import { computeCoverage } from '../../../src/lib/analysis/coverage';
import { PARTIAL_FLAG, prefectureFigures, sphereFigures } from '../../../src/lib/presenter/figures';
import { prefectureFocus, sphereSlides, stepSlide } from '../../../src/lib/presenter/slides';
import { readCommittedGeodata } from '../read-geodata';

const { manifest, table, spheres } = readCommittedGeodata();
const asOf = manifest.asOf.spheres;
const lookups = {
	activeSpheres: activeSpheres(spheres, asOf),
	asOf,
	municipalityByCode: new Map(table.municipalities.map((m) => [m.code, m]))
};

describe('presenter slides', () => {
	it('lists the 47 prefectures with the names of the data', () => {
		expect(PREFECTURE_CODES).toHaveLength(47);
		for (const prefecture of table.prefectures)
			expect(PREFECTURE_NAMES[prefecture.code]).toBe(prefecture.name);
	});

	it('gives 広島県 its spheres, 連携中枢都市圏 first, with members and population', () => {
		const slides = sphereSlides(lookups, '34');
		expect(slides.length).toBeGreaterThan(1);
		expect(slides[0].kind).toBe('renkei');
		const kinds = slides.map((slide) => slide.kind);
		expect(kinds).toEqual([...kinds].sort()); // 'renkei' < 'teiju'
		for (const slide of slides) {
			expect(slide.memberCount).toBe(slide.codes.length);
			const population = slide.codes.reduce(
				(sum, c) => sum + (lookups.municipalityByCode.get(c)?.pop2020 ?? 0),
				0
			);
			expect(slide.population).toBe(population);
			expect(slide.codes.some((c) => c.startsWith('34'))).toBe(true);
		}
	});

	it('flags the count and population of a sphere only partly confirmed, and of no other', () => {
		const slides = sphereSlides(lookups, '01');
		const kushiro = slides.find((slide) => slide.id === 'kushiro')!;
		expect(kushiro.membersPartial).toBe(true);
		const figures = sphereFigures(kushiro);
		expect(figures.find((f) => f.label === '構成市町村数')!.value).toBe(
			`${kushiro.memberCount}（${PARTIAL_FLAG}）`
		);
		expect(figures.find((f) => f.label.startsWith('人口'))!.value).toContain(PARTIAL_FLAG);
		const complete = slides.find((slide) => !slide.membersPartial)!;
		expect(sphereFigures(complete).some((f) => f.value.includes(PARTIAL_FLAG))).toBe(false);
	});

	it('flags the 定住自立圏 shares of a prefecture whose list is incomplete', () => {
		const coverage = computeCoverage({
			manifest,
			municipalities: table,
			spheres: { schemaVersion: 1, spheres }
		});
		const flaggedLabels = (code: string) =>
			prefectureFigures(coverage.prefectures.find((row) => row.prefCode === code)!)
				.filter((figure) => figure.value.includes(PARTIAL_FLAG))
				.map((figure) => figure.label);
		expect(flaggedLabels('01')).toEqual(['定住自立圏 人口カバー率', '定住自立圏 市町村カバー率']);
		const complete = coverage.prefectures.find((row) => !row.teijuIncomplete)!;
		expect(flaggedLabels(complete.prefCode)).toEqual([]);
	});

	it('steps between the overview (-1) and the last slide, clamped', () => {
		expect(stepSlide(-1, 1, 3)).toBe(0);
		expect(stepSlide(2, 1, 3)).toBe(2);
		expect(stepSlide(0, -1, 3)).toBe(-1);
		expect(stepSlide(-1, -1, 3)).toBe(-1);
		expect(stepSlide(-1, 1, 0)).toBe(-1);
	});

	it('leaves 小笠原村 out of the fitted 東京都', () => {
		expect(prefectureFocus(['13101', '13421']).codes).toEqual(['13101']);
		expect(prefectureFocus(['13421']).codes).toEqual(['13421']);
	});
});
