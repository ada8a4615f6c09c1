import { isIslandMunicipality, type AnalysisContext } from './context';

/**
 * How a part is cut off from the others:
 * - 'principal': the most populous part;
 * - 'island': an island municipality (no neighbour at all in the whole topology);
 * - 'sea': a group on another landmass than every other part (e.g. 奄美大島), cut off by sea;
 * - 'gap': non-member municipalities on the same landmass lie between it and another part.
 */
export type PartSeparation = 'principal' | 'island' | 'sea' | 'gap';

export interface ContiguityPart {
	codes: string[];
	population: number;
	separation: PartSeparation;
}

export interface Contiguity {
	contiguous: boolean;
	/** Most populous first. */
	parts: ContiguityPart[];
}

function connectedGroups(context: AnalysisContext, codes: readonly string[]): string[][] {
	const members = new Set(codes);
	const seen = new Set<string>();
	const groups: string[][] = [];
	for (const start of codes) {
		if (seen.has(start)) continue;
		seen.add(start);
		const group: string[] = [];
		const stack = [start];
		for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
			group.push(code);
			for (const next of context.neighboursByCode.get(code) ?? []) {
				if (!members.has(next) || seen.has(next)) continue;
				seen.add(next);
				stack.push(next);
			}
		}
		groups.push(group.sort());
	}
	return groups;
}

function separationOf(
	context: AnalysisContext,
	part: readonly string[],
	index: number,
	landmassCounts: ReadonlyMap<number, number>
): PartSeparation {
	if (index === 0) return 'principal';
	if (part.length === 1 && isIslandMunicipality(context, part[0])) return 'island';
	const landmass = context.landmassByCode.get(part[0]);
	return landmass !== undefined && (landmassCounts.get(landmass) ?? 0) > 1 ? 'gap' : 'sea';
}

/** Connected parts of `codes` (counted municipalities only), via the topology's shared arcs. */
export function contiguityOf(
	context: AnalysisContext,
	codes: readonly string[],
	populationOf: (code: string) => number
): Contiguity {
	const groups = connectedGroups(context, codes)
		.map((group) => ({ codes: group, population: group.reduce((sum, code) => sum + populationOf(code), 0) }))
		.sort((a, b) => b.population - a.population || a.codes[0].localeCompare(b.codes[0]));

	const landmassCounts = new Map<number, number>();
	for (const group of groups) {
		const landmass = context.landmassByCode.get(group.codes[0]);
		if (landmass !== undefined) landmassCounts.set(landmass, (landmassCounts.get(landmass) ?? 0) + 1);
	}
	const parts = groups.map((group, index) => ({
		...group,
		separation: separationOf(context, group.codes, index, landmassCounts)
	}));
	return { contiguous: parts.length <= 1, parts };
}
