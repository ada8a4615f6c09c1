import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGeodata, DEFAULT_SOURCE_DIR } from '../../scripts/build-geodata';
import { aggregateOf, checkOdText, OD_FILE_SIZES } from '../../scripts/lib/commuting-checks';
import { buildUeaTable, partnersByCode } from '../../scripts/lib/commuting';
import { parseCsv } from '../../scripts/lib/csv';

/** A file of the right size for prefecture 31, padded with spaces after the JSON. */
function padded(json: string): string {
	return json + ' '.repeat(OD_FILE_SIZES['31'] - json.length);
}

describe('check_od.py checks, in TypeScript', () => {
	const good = {
		od: { '31201': { '31201': 7, '13100': 3, '13101': 2, '13102': 1, '99999': 1 } },
		total_employed: { '31201': 11 }
	};

	it('accepts a consistent file', () => {
		expect(checkOdText('31', padded(JSON.stringify(good))).errors).toEqual([]);
	});

	it('names the origin whose destinations do not sum to its total', () => {
		const bad = structuredClone(good);
		bad.od['31201']['31201'] = 8;
		expect(checkOdText('31', padded(JSON.stringify(bad))).errors).toEqual([
			'origin 31201: destinations sum to 12, total_employed is 11 (+1)'
		]);
	});

	it('catches a city that is not the sum of its wards, a wrong size and broken JSON', () => {
		const bad = structuredClone(good);
		bad.od['31201']['13100'] = 4;
		expect(checkOdText('31', padded(JSON.stringify(bad))).errors).toEqual([
			'origin 31201: city 13100 = 4, its wards sum to 3'
		]);
		expect(checkOdText('31', JSON.stringify(good)).errors[0]).toMatch(/characters, source has 14678/);
		expect(checkOdText('31', padded('{"od":')).errors.at(-1)).toMatch(/^not valid JSON/);
	});

	it('finds the designated city of a ward, and none for a city or a town', () => {
		expect(aggregateOf('34101')).toBe('34100');
		expect(aggregateOf('14131')).toBe('14130');
		expect(aggregateOf('34100')).toBeNull();
		expect(aggregateOf('34202')).toBeNull();
	});
});

describe('UEA and partners', () => {
	const codes = new Set(['31201', '31302', '13101', '13102']);
	it('expands 特別区部 to its wards and checks the membership against the zones', () => {
		const zones = parseCsv(
			'zone_id,zone_type,zone_name,centre_codes,suburb_codes,n_members,did_population_as_given\n' +
				'MEA_13100,MEA,特別区部,13100,31302,2,1\n',
			'z.csv'
		);
		const membership = parseCsv(
			'code,zone_id,zone_type,role,zone_name\n13100,MEA_13100,MEA,centre,x\n31302,MEA_13100,MEA,suburb,x\n',
			'm.csv'
		);
		expect(buildUeaTable(zones, membership, codes).zones[0]).toMatchObject({
			centres: ['13101', '13102'],
			suburbs: ['31302']
		});
		const wrong = parseCsv(
			'code,zone_id,zone_type,role,zone_name\n13100,MEA_13100,MEA,centre,x\n31302,MEA_13100,MEA,centre,x\n',
			'm.csv'
		);
		expect(() => buildUeaTable(zones, wrong, codes)).toThrow('31302 as centre of MEA_13100 disagrees');
	});

	it('pairs only neighbouring cities, and co-centres of listed spheres', () => {
		const partners = partnersByCode(
			new Map([
				['a', ['b', 't']],
				['b', ['a']],
				['t', ['a']]
			]),
			new Set(['a', 'b', 'c']),
			[{ centres: ['a', 'c'] } as never]
		);
		expect([...partners.get('a')!].sort()).toEqual(['b', 'c']);
		expect(partners.has('t')).toBe(false);
	});
});

describe.runIf(existsSync(join(DEFAULT_SOURCE_DIR, 'commuting/raw')))(
	'npm run geodata on a corrupt OD file',
	() => {
		const dir = mkdtempSync(join(tmpdir(), 'od-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('stops with the file and the origin when one value is altered', () => {
			const fixture = fileURLToPath(new URL('../fixtures/geodata-src', import.meta.url));
			cpSync(fixture, dir, { recursive: true });
			const name = 'market-research102_commute_od_31.json';
			const text = readFileSync(join(DEFAULT_SOURCE_DIR, 'commuting/raw', name), 'utf8');
			// 若桜町's flow to 鳥取市, one digit changed: same length, different value.
			const start = text.indexOf('"31325":{');
			const valueStart = text.indexOf('"31201":', start) + '"31201":'.length;
			const at = valueStart + (/^\d+/.exec(text.slice(valueStart))?.[0].length ?? 1) - 1;
			const digit = Number(text[at]);
			const altered = text.slice(0, at) + String((digit + 1) % 10) + text.slice(at + 1);
			mkdirSync(join(dir, 'commuting/raw'), { recursive: true });
			writeFileSync(join(dir, 'commuting/raw', name), altered);
			expect(() => buildGeodata(dir)).toThrow(
				/^commuting\/raw\/market-research102_commute_od_31\.json: origin 31325: destinations sum to \d+, total_employed is \d+ \([+-]\d+\)$/
			);
		});
	}
);
