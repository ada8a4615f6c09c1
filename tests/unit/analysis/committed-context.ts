import { createAnalysisContext, type AnalysisContext } from '../../../src/lib/analysis/context';
import type { JapanTopology } from '../../../src/lib/data/types';
import { readCommittedGeodata } from '../read-geodata';

let context: AnalysisContext | undefined;

/** The analysis context over the committed geodata (outlook.json joined), built once per test file. */
export function committedContext(): AnalysisContext {
	if (context === undefined) {
		const { table, spheres, topology, outlook } = readCommittedGeodata();
		context = createAnalysisContext({
			municipalities: table,
			spheres: { schemaVersion: table.schemaVersion, spheres },
			topology: topology as JapanTopology,
			outlook
		});
	}
	return context;
}

/** Code of a municipality by prefecture and name, failing loudly when absent or ambiguous. */
export function codeOf(prefName: string, name: string): string {
	const matches = [...committedContext().municipalities.values()].filter(
		(m) => m.prefName === prefName && m.name === name
	);
	if (matches.length !== 1) throw new Error(`${prefName} ${name}: ${matches.length} matches`);
	return matches[0].code;
}
