import { describe, expect, it } from 'vitest';
import { aggregateCodes } from '../../../src/lib/analysis/aggregate';
import { isIslandMunicipality } from '../../../src/lib/analysis/context';
import { sphereMembership } from '../../../src/lib/analysis/sphere';
import { codeOf, committedContext } from './committed-context';

const context = committedContext();
const membersOf = (sphereId: string) => sphereMembership(context.spheresById.get(sphereId)!).codes;

describe('contiguity from the topology’s shared arcs', () => {
	it('finds a sphere of neighbouring municipalities contiguous', () => {
		const { contiguous, parts } = aggregateCodes(context, membersOf('bingo'));
		expect(contiguous).toBe(true);
		expect(parts).toHaveLength(1);
		expect(parts[0].separation).toBe('principal');
	});

	it('reports island members of 広島広域都市圏 as island parts, not gaps', () => {
		const codes = membersOf('hiroshima');
		const { contiguous, parts, population } = aggregateCodes(context, codes);
		const islands = ['江田島市', '大崎上島町', '周防大島町'].map((name) =>
			codeOf(name === '周防大島町' ? '山口県' : '広島県', name)
		);
		expect(contiguous).toBe(false);
		expect(parts[0].codes).toContain(codeOf('広島県', '広島市'));
		const islandParts = parts.filter((part) => part.separation === 'island');
		expect(islandParts.map((part) => part.codes).sort()).toEqual(islands.map((code) => [code]).sort());
		expect(parts.filter((part) => part.separation === 'gap')).toEqual([]);
		expect(islands.every((code) => isIslandMunicipality(context, code))).toBe(true);
		expect(parts.reduce((sum, part) => sum + part.population, 0)).toBe(population);
	});

	it('reports a gap for two municipalities apart on the same landmass', () => {
		const fukuyama = codeOf('広島県', '福山市');
		const hiroshima = codeOf('広島県', '広島市');
		const { contiguous, parts } = aggregateCodes(context, [fukuyama, hiroshima]);
		expect(contiguous).toBe(false);
		expect(parts.map((part) => part.codes)).toEqual([[hiroshima], [fukuyama]]);
		expect(parts.map((part) => part.separation)).toEqual(['principal', 'gap']);
	});

	it('tells a part on another landmass (奄美大島) from an island municipality', () => {
		const amami = codeOf('鹿児島県', '奄美市');
		const { parts } = aggregateCodes(context, [codeOf('鹿児島県', '鹿児島市'), amami]);
		expect(isIslandMunicipality(context, amami)).toBe(false);
		expect(parts[1]).toMatchObject({ codes: [amami], separation: 'sea' });
	});

	it('treats a single island municipality as one contiguous part', () => {
		const { contiguous, parts } = aggregateCodes(context, membersOf('miyakojima'));
		expect(contiguous).toBe(true);
		expect(parts).toHaveLength(1);
	});
});
