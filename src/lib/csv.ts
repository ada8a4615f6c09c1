/**
 * The one CSV writer of the app and the CLI: UTF-8 byte order mark (so Excel reads the
 * Japanese), CRLF line ends, fields quoted only where RFC 4180 needs it, and text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * defused with a leading apostrophe. Numbers are written as they are, so -3 stays a number.
 */
import Papa from 'papaparse';

const BYTE_ORDER_MARK = '\uFEFF';
/** Joins a list inside one cell; the reasons themselves contain ";" and ",". */
const LIST_SEPARATOR = ' | ';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined | readonly string[];

function defused(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return defused(value.join(LIST_SEPARATOR));
	return typeof value === 'string' ? defused(value) : String(value);
}

/** A CSV file as text. Pure: the caller saves or downloads it. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const data = rows.map((row) => row.map(cellText));
	return BYTE_ORDER_MARK + Papa.unparse({ fields: header.map(defused), data }, { newline: '\r\n' });
}
