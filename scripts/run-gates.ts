/**
 * `npm test`: every quality gate in order, stopping at the first that fails with a message
 * that names it and the command that runs it alone.
 */
import { spawnSync } from 'node:child_process';

interface Gate {
	name: string;
	script: string;
}

const GATES: Gate[] = [
	{ name: 'type check (svelte-check, TypeScript strict)', script: 'check' },
	{ name: 'lint (Prettier, ESLint)', script: 'lint' },
	{ name: 'unit tests (Vitest)', script: 'test:unit' },
	{ name: 'build (vite build)', script: 'build' },
	{ name: 'browser tests (Vitest + Chromium)', script: 'test:browser' }
];

for (const [index, gate] of GATES.entries()) {
	console.log(`\n▶ gate ${index + 1}/${GATES.length}: ${gate.name} — npm run ${gate.script}\n`);
	const { status, error } = spawnSync('npm', ['run', '-s', gate.script], { stdio: 'inherit' });
	if (status !== 0) {
		const why = error ? error.message : `exit code ${status}`;
		console.error(`\n✗ gate failed: ${gate.name} (${why}). Run \`npm run ${gate.script}\` to see it alone.`);
		process.exit(status || 1);
	}
}
console.log(`\n✓ all ${GATES.length} gates passed`);
