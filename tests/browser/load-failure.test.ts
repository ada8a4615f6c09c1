import { afterAll, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage } from './chromium';

let opened: OpenedPage | undefined;

afterAll(async () => {
	await opened?.close();
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
