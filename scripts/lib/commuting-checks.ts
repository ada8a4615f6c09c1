/**
 * The checks of `../shared/data/commuting/check_od.py`, run on one prefecture file of the
 * 2020 census commuting origin–destination table (e-Stat 0003454527): exact size, JSON shape,
 * every origin's destinations summing to its total (aggregate city codes left out), and every
 * designated-city / 特別区部 value equal to the sum of its wards.
 */

/** Size in characters of each prefecture file of the source (commuting/SOURCE.md). */
export const OD_FILE_SIZES: Readonly<Record<string, number>> = {
	'01': 136732, '02': 38517, '03': 34634, '04': 68635, '05': 20748, '06': 32014, '07': 56507,
	'08': 102432, '09': 56384, '10': 60502, '11': 231507, '12': 160306, '13': 235798, '14': 230816,
	'15': 51745, '16': 18797, '17': 21061, '18': 19123, '19': 37355, '20': 81424, '21': 66178,
	'22': 97248, '23': 171853, '24': 49330, '25': 42638, '26': 87692, '27': 233587, '28': 131148,
	'29': 65381, '30': 33189, '31': 14678, '32': 13018, '33': 45348, '34': 52823, '35': 24467,
	'36': 21468, '37': 21430, '38': 22226, '39': 20333, '40': 140372, '41': 26144, '42': 29275,
	'43': 58285, '44': 21152, '45': 21707, '46': 27607, '47': 25447
}; // prettier-ignore

/** Destination codes that are the sum of wards listed beside them: 20 designated cities and 特別区部. */
export const AGGREGATE_CODES: ReadonlySet<string> = new Set(
	(
		'01100 04100 11100 12100 13100 14100 14130 14150 15100 22100 22130 23100 26100 27100 27140 28100 ' +
		'33100 34100 40100 40130 43100'
	).split(' ')
);

export const SPECIAL_WARDS_CODE = '13100';

const aggregatesByPrefecture = new Map<string, string[]>();
for (const aggregate of AGGREGATE_CODES) {
	const prefecture = aggregate.slice(0, 2);
	aggregatesByPrefecture.set(prefecture, [...(aggregatesByPrefecture.get(prefecture) ?? []), aggregate]);
}
const aggregateCache = new Map<string, string | null>();

/** The aggregate a ward code belongs to (the nearest aggregate code below it, within 30). */
export function aggregateOf(code: string): string | null {
	const cached = aggregateCache.get(code);
	if (cached !== undefined) return cached;
	let best: string | null = null;
	if (!AGGREGATE_CODES.has(code)) {
		for (const aggregate of aggregatesByPrefecture.get(code.slice(0, 2)) ?? []) {
			if (aggregate >= code || Number(code) - Number(aggregate) >= 30) continue;
			if (best === null || aggregate > best) best = aggregate;
		}
	}
	aggregateCache.set(code, best);
	return best;
}

export interface OdFile {
	od: Record<string, Record<string, number>>;
	total_employed: Record<string, number>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

function checkOrigin(
	prefecture: string,
	origin: string,
	destinations: Record<string, unknown>,
	total: unknown
) {
	const errors: string[] = [];
	if (!origin.startsWith(prefecture)) errors.push(`origin ${origin} is not in prefecture ${prefecture}`);
	for (const [destination, value] of Object.entries(destinations)) {
		if (!/^\d{5}$/.test(destination) || !Number.isInteger(value) || (value as number) < 0) {
			errors.push(`origin ${origin}: destination ${destination} has ${JSON.stringify(value)}`);
		}
	}
	if (errors.length > 0) return errors;
	const values = destinations as Record<string, number>;
	const sum = Object.entries(values)
		.filter(([destination]) => !AGGREGATE_CODES.has(destination))
		.reduce((acc, [, value]) => acc + value, 0);
	if (total === undefined) errors.push(`origin ${origin} has no total_employed`);
	else if (sum !== total) {
		errors.push(
			`origin ${origin}: destinations sum to ${sum}, total_employed is ${String(total)} (${signed(sum - Number(total))})`
		);
	}
	const wardSums = new Map<string, number>();
	for (const [destination, value] of Object.entries(values)) {
		const aggregate = aggregateOf(destination);
		if (aggregate !== null) wardSums.set(aggregate, (wardSums.get(aggregate) ?? 0) + value);
	}
	for (const aggregate of AGGREGATE_CODES) {
		const wards = wardSums.get(aggregate) ?? 0;
		if (aggregate in values && values[aggregate] !== wards) {
			errors.push(`origin ${origin}: city ${aggregate} = ${values[aggregate]}, its wards sum to ${wards}`);
		}
		if (!(aggregate in values) && wards > 0) {
			errors.push(`origin ${origin}: wards of ${aggregate} present but city ${aggregate} missing`);
		}
	}
	return errors;
}

/**
 * Checks the text of prefecture `prefecture`'s file. Returns the parsed file and the list of
 * problems, each naming the origin where there is one; the file is usable only when none.
 */
export function checkOdText(prefecture: string, text: string): { data: OdFile | null; errors: string[] } {
	const errors: string[] = [];
	const expected = OD_FILE_SIZES[prefecture];
	// Characters as Python counts them: code points, so a surrogate pair counts once.
	const length = text.length - (text.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
	if (expected === undefined) errors.push(`no source size is known for prefecture ${prefecture}`);
	else if (length !== expected) {
		errors.push(`${length} characters, source has ${expected} (${signed(length - expected)})`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return { data: null, errors: [...errors, `not valid JSON: ${(error as Error).message}`] };
	}
	if (!isRecord(raw) || !isRecord(raw.od) || !isRecord(raw.total_employed)) {
		return { data: null, errors: [...errors, 'expected keys od and total_employed'] };
	}
	const { od, total_employed: totals } = raw;
	for (const [origin, destinations] of Object.entries(od)) {
		if (!isRecord(destinations)) {
			errors.push(`origin ${origin}: destinations are not an object`);
			continue;
		}
		errors.push(...checkOrigin(prefecture, origin, destinations, totals[origin]));
	}
	for (const [origin, total] of Object.entries(totals)) {
		if (!(origin in od)) errors.push(`total_employed has ${origin} but od does not`);
		else if (!Number.isInteger(total))
			errors.push(`origin ${origin}: total_employed is ${JSON.stringify(total)}`);
	}
	return { data: errors.length === 0 ? (raw as unknown as OdFile) : null, errors };
}
