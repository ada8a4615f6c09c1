import { describe, expect, it } from 'vitest';
import {
	DEFAULT_ELIGIBILITY_PARAMETERS,
	ELIGIBILITY_RULES,
	RULE_SOURCES,
	type CriterionRule
} from '../../../src/lib/analysis/rules';

const criteria = (group: Record<string, unknown>): CriterionRule[] =>
	Object.values(group).flatMap((value) =>
		value !== null && typeof value === 'object' && 'wording' in value
			? [value as CriterionRule]
			: value !== null && typeof value === 'object' && !Array.isArray(value)
				? criteria(value as Record<string, unknown>)
				: []
	);

describe('eligibility rules data', () => {
	const all = criteria(ELIGIBILITY_RULES as unknown as Record<string, unknown>);

	it('cites at least one known source for every criterion', () => {
		expect(all.length).toBeGreaterThan(20);
		for (const rule of all) {
			expect(rule.sources.length).toBeGreaterThan(0);
			for (const source of rule.sources) expect(Object.keys(RULE_SOURCES)).toContain(source);
		}
	});

	it('mirrors the unverified items of RULES.md', () => {
		const unverified = all.filter((rule) => !rule.verified).map((rule) => rule.title);
		expect(new Set(unverified)).toEqual(new Set(['国勢調査の年次', '三大都市圏', '所在']));
	});

	it('defaults to reading (b): the 11 都府県 of 東京圏・名古屋圏・大阪圏', () => {
		expect(DEFAULT_ELIGIBILITY_PARAMETERS.metroAreaPrefectureCodes).toEqual([
			'11',
			'12',
			'13',
			'14',
			'21',
			'23',
			'24',
			'26',
			'27',
			'28',
			'29'
		]);
		expect(DEFAULT_ELIGIBILITY_PARAMETERS.renkeiRatioTolerance).toBe(0.01);
	});
});
