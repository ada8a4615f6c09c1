import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from '../../tests/browser/chromium';
import { withBaseline, type Probe } from './report';
import { summarise } from './stats';

/** In-page actions, each followed by the time until the map is idle again. */
type Action = 'hover' | 'select' | 'layer' | 'choropleth' | 'setData';

/**
 * Runs `action` once in the page (alternating its direction by `run`) and returns the ms
 * from the change to the next map idle. Serialised into the page, so it is self-contained.
 */
const actInPage = async ([action, run]: [Action, number]): Promise<number> => {
	const map = window.__atlasMap!;
	const on = run % 2 === 0;
	const idle = new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));
	const start = performance.now();
	switch (action) {
		case 'hover':
			map.setFeatureState({ source: 'municipalities', id: '34207' }, { hover: on });
			break;
		case 'select':
			map.setFeatureState({ source: 'municipalities', id: '34207' }, { selected: on });
			break;
		case 'layer': {
			const box = document.querySelector<HTMLInputElement>('.layers input[type=checkbox]')!;
			box.click();
			break;
		}
		case 'choropleth': {
			const select = document.querySelector<HTMLSelectElement>('#choropleth-metric')!;
			select.value = on ? 'ratio' : 'pop';
			select.dispatchEvent(new Event('change', { bubbles: true }));
			break;
		}
		case 'setData': {
			// The baseline: the same restyle done by replacing the source's data.
			const source = map.getSource('municipalities') as unknown as {
				getData(): Promise<unknown>;
				setData(data: unknown): void;
			};
			source.setData(await source.getData());
			break;
		}
	}
	map.triggerRepaint();
	return (await idle) - start;
};

async function time(page: Page, action: Action, runs: number) {
	const samples: number[] = [];
	for (let run = -2; run < runs; run += 1) {
		const ms = await page.evaluate(actInPage, [action, run] as [Action, number]);
		if (run >= 0) samples.push(ms);
	}
	return summarise(samples);
}

export async function interactionProbes(browser: Browser, url: string, runs: number): Promise<Probe[]> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, { timeout: 60_000 });
	const setData = await time(page, 'setData', runs);
	const probe = (name: string, value: Awaited<ReturnType<typeof time>>, budget?: number): Probe =>
		withBaseline({ group: 'interaction', name, unit: 'ms', value, budget }, 'setData of the source', setData);
	const probes = [
		probe('hover highlight → idle', await time(page, 'hover', runs)),
		probe('selection → idle', await time(page, 'select', runs)),
		probe('layer toggle → idle', await time(page, 'layer', runs), 300),
		probe('choropleth switch → idle', await time(page, 'choropleth', runs), 300)
	];
	await context.close();
	return probes;
}
