import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { createAnalysisContext } from '../../src/lib/analysis';
import { indexCommuting, sharesTo } from '../../src/lib/analysis/commuting';
import { commutingMatchTable } from '../../src/lib/analysis/research/commuting-match';
import { analyseSphere } from '../../src/lib/analysis/sphere';
import { indexUea } from '../../src/lib/analysis/uea';
import type { CommutingTable, UeaTable } from '../../src/lib/data/commuting-types';
import { readGeodata } from '../cli/geodata';
import type { Probe } from './report';
import { VIEWPORT } from '../../tests/browser/chromium';
import { summarise, timeSync } from './stats';

const geodataFile = (name: string) => readFileSync(new URL(`../../geodata/${name}`, import.meta.url));
const kb = (bytes: number) => bytes / 1024;

/** Bytes of the lazily loaded commuting files, and the compute behind a commuting view. */
export function commutingDataProbes(runs: number): Probe[] {
	const commutingBytes = geodataFile('commuting.json');
	const ueaBytes = geodataFile('uea.json');
	const text = commutingBytes.toString('utf8');
	const context = createAnalysisContext(readGeodata());
	const index = indexCommuting(JSON.parse(text) as CommutingTable);
	const uea = indexUea(JSON.parse(ueaBytes.toString('utf8')) as UeaTable);
	const lazy = 'loaded on demand, not in the first view';
	return [
		{
			group: 'bytes',
			name: 'commuting.json (raw)',
			unit: 'KB',
			value: kb(commutingBytes.length),
			note: lazy
		},
		{
			group: 'bytes',
			name: 'commuting.json (gzip)',
			unit: 'KB',
			value: kb(gzipSync(commutingBytes).length),
			note: lazy
		},
		{ group: 'bytes', name: 'uea.json (gzip)', unit: 'KB', value: kb(gzipSync(ueaBytes).length), note: lazy },
		{
			group: 'compute',
			name: 'commuting: parse + index the table',
			unit: 'ms',
			value: timeSync(runs, () => indexCommuting(JSON.parse(text) as CommutingTable))
		},
		{
			group: 'compute',
			name: 'commuting: shares to one municipality (choropleth values)',
			unit: 'ms',
			value: timeSync(runs, () => sharesTo(index, ['31201']))
		},
		{
			group: 'compute',
			name: 'commuting: sphere with member criteria (中海)',
			unit: 'ms',
			value: timeSync(runs, () => analyseSphere(context, 'nakaumi', { commuting: index, outline: false }))
		},
		{
			group: 'compute',
			name: 'commuting: national sphere vs 10% area / UEA table',
			unit: 'ms',
			value: timeSync(Math.min(runs, 10), () => commutingMatchTable(context, index, uea))
		}
	];
}

/**
 * From switching the commuting choropleth on (鳥取市 selected, nothing commuting-related loaded
 * yet) to the next idle map with 若桜町 coloured: fetch, index, feature-state and drawing.
 */
export async function commutingChoroplethProbe(
	browser: Browser,
	baseUrl: string,
	runs: number
): Promise<Probe> {
	const samples: number[] = [];
	for (let run = 0; run < runs; run += 1) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		try {
			await page.goto(`${baseUrl}/?sel=m:31201&v=35.4,134.0,8.5`);
			await page.waitForFunction(
				() => {
					const map = window.__atlasMap;
					return map?.getContainer().dataset.sceneReady === 'true' && map.loaded() && !map.isMoving();
				},
				undefined,
				{ timeout: 120_000, polling: 50 }
			);
			const ms = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const map = window.__atlasMap!;
						const start = performance.now();
						document.querySelector<HTMLInputElement>('input[name="commuting-shares"]')!.click();
						// No named inner functions: the bundler's name helper does not exist in the page.
						const timer = setInterval(() => {
							const state = map.getFeatureState({ source: 'municipalities', id: '31325' });
							if (state.commutingShare === undefined) return;
							clearInterval(timer);
							map.once('idle', () => resolve(performance.now() - start));
							map.triggerRepaint();
						}, 5);
					})
			);
			samples.push(ms);
		} finally {
			await context.close();
		}
	}
	return {
		group: 'interaction',
		name: 'first commuting choropleth (fetch + index + draw)',
		unit: 'ms',
		value: summarise(samples)
	};
}
