import { afterAll, afterEach, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage } from './chromium';

let opened: OpenedPage | undefined;

afterAll(async () => {
	await opened?.close();
});

afterEach(async () => {
	await opened?.close();
	opened = undefined;
});

test('a geodata file that fails to load is reported in the page, by name', async () => {
	opened = await openPage(`${inject('baseUrl')}/`, async (page) => {
		await page.route('**/japan.topo.*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	});
	const alert = opened.page.getByRole('alert');
	await alert.waitFor({ timeout: 30_000 });
	const text = await alert.innerText();
	expect(text).toContain('地図データを読み込めませんでした');
	expect(text).toContain('japan.topo.json');
	expect(text).toContain('404');
});

test('a corrupt geodata file is reported with the bad value, not drawn as a blank map', async () => {
	opened = await openPage(`${inject('baseUrl')}/`, async (page) => {
		await page.route('**/municipalities.*.json', async (route) => {
			const table = await (await route.fetch()).json();
			table.municipalities[0].code = '1100';
			await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(table) });
		});
	});
	const alert = opened.page.getByRole('alert');
	await alert.waitFor({ timeout: 30_000 });
	const text = await alert.innerText();
	expect(text).toContain('municipalities.json');
	expect(text).toContain('municipalities.0.code');
});
