import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommutingData } from '../../src/lib/data/commuting-load';

const read = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8')) as unknown;
const committed: Record<string, unknown> = { commuting: read('commuting.json'), uea: read('uea.json') };

const fetchWith =
	(patch: (name: string, body: unknown) => unknown = (_, body) => body): typeof fetch =>
	async (input) => {
		const name = String(input).includes('uea') ? 'uea' : 'commuting';
		return new Response(JSON.stringify(patch(name, committed[name])), { status: 200 });
	};

describe('loadCommutingData', () => {
	it('loads and checks the committed commuting table and UEA list', async () => {
		const data = await loadCommutingData(fetchWith());
		expect(data.commuting.prefectures).toHaveLength(47);
		expect(data.uea.zones).toHaveLength(211);
	});

	it('names the file and the problem when an origin row is malformed', async () => {
		const broken = fetchWith((name, body) =>
			name === 'commuting' ? { ...(body as object), origins: [['31201', 'x']] } : body
		);
		await expect(loadCommutingData(broken)).rejects.toThrow(
			/commuting\.json: unexpected content \(.*each origin must be \[code, total, code, persons, …\]\)/
		);
	});
});
