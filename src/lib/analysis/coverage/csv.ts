import Papa from 'papaparse';
import { COVERAGE_COLUMNS } from './row';
import { coverageRows, type CoverageTable } from './table';

const BYTE_ORDER_MARK = '\uFEFF';
/** Joins a list inside one cell; the reasons themselves contain ";" and ",". */
const LIST_SEPARATOR = ' | ';

export type CsvCell = string | number | boolean | null | undefined | readonly string[];

function cellText(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
	return String(value);
}

/**
 * A CSV file as text: UTF-8 byte order mark (so Excel reads the Japanese), CRLF line ends,
 * fields quoted only where RFC 4180 needs it. Pure: the caller saves or downloads it.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const data = rows.map((row) => row.map(cellText));
	return BYTE_ORDER_MARK + Papa.unparse({ fields: [...header], data }, { newline: '\r\n' });
}

/** The coverage table as CSV: the COVERAGE_COLUMNS header, 47 prefectures, then the national row. */
export function coverageCsv(table: CoverageTable): string {
	const rows = coverageRows(table).map((row) => COVERAGE_COLUMNS.map((column) => row[column]));
	return toCsv(COVERAGE_COLUMNS, rows);
}
