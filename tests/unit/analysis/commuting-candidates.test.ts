import { describe, expect, it } from 'vitest';
import { commutingCandidates, tenPercentArea } from '../../../src/lib/analysis/commuting-candidates';
import { toCsv } from '../../../src/lib/analysis/coverage/csv';
import {
	COMMUTING_MATCH_COLUMNS,
	commutingMatchRow,
	commutingMatchTable,
	compareWithCommuting
} from '../../../src/lib/analysis/research/commuting-match';
import { indexUea } from '../../../src/lib/analysis/uea';
import { committedCommuting, committedUea } from './committed-commuting';
import { codeOf, committedContext } from './committed-context';

const index = committedCommuting();
const uea = indexUea(committedUea());
const context = committedContext();
const tottori = codeOf('鳥取県', '鳥取市');
const wakasa = codeOf('鳥取県', '若桜町');
const yonago = codeOf('鳥取県', '米子市');
const nichinan = codeOf('鳥取県', '日南町');

describe('commuting candidates', () => {
	it('ranks the municipalities sending 10 % or more to 鳥取市, 若桜町 among them', () => {
		const list = commutingCandidates(index, [tottori]);
		const wakasaRow = list.find((c) => c.code === wakasa)!;
		expect(wakasaRow).toMatchObject({ grade: 'pass' });
		expect(wakasaRow.share).toBeCloseTo(0.352, 3);
		expect(list.every((c, i) => i === 0 || list[i - 1].share >= c.share)).toBe(true);
		expect(list.some((c) => c.code === tottori)).toBe(false);
	});

	it('lists 日南町 for 米子市 as near only within the tolerance, and leaves out excluded codes', () => {
		expect(commutingCandidates(index, [yonago]).find((c) => c.code === nichinan)?.grade).toBe('near');
		expect(
			commutingCandidates(index, [yonago], [], { commutingTolerance: 0 }).some((c) => c.code === nichinan)
		).toBe(false);
		expect(commutingCandidates(index, [yonago], [nichinan]).some((c) => c.code === nichinan)).toBe(false);
	});

	it('the 10 % area starts with the centres', () => {
		expect(tenPercentArea(index, [tottori]).slice(0, 2)).toEqual([tottori, expect.any(String)]);
	});
});

describe('spheres against the 10 % area and the UEA', () => {
	it('中海圏域: every member in the 10 % area of 米子市・松江市 together, Jaccard from the sets', () => {
		const sphere = context.spheresById.get('nakaumi')!;
		const match = compareWithCommuting(context, index, uea, sphere);
		expect(match.outsideTenPercent).toEqual([]);
		expect(match.ueaZones.length).toBeGreaterThan(0);
		const inBoth = match.members.filter((code) => match.tenPercent.includes(code)).length;
		const union = new Set([...match.members, ...match.tenPercent]).size;
		expect(match.jaccardTenPercent).toBeCloseTo(inBoth / union, 10);
		expect(match.tenPercentLeftOut).toEqual(match.tenPercent.filter((c) => !match.members.includes(c)));
	});

	it('the national table has one row per sphere not ended and exports through the CSV writer', () => {
		const table = commutingMatchTable(context, index, uea);
		expect(table.length).toBe(context.spheres.filter((s) => s.endedOn === null).length);
		expect(table.every((row) => row.jaccardTenPercent >= 0 && row.jaccardTenPercent <= 1)).toBe(true);
		const csv = toCsv(COMMUTING_MATCH_COLUMNS, table.map(commutingMatchRow));
		expect(csv.split('\r\n')[0]).toBe('\uFEFF' + COMMUTING_MATCH_COLUMNS.join(','));
		expect(csv.split('\r\n').length).toBe(table.length + 1);
	});
});
