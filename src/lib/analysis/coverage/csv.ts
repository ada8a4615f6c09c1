import { toCsv } from '../../csv';
import { COVERAGE_COLUMNS } from './row';
import { coverageRows, type CoverageTable } from './table';

export { toCsv, type CsvCell } from '../../csv';

/** The coverage table as CSV: the COVERAGE_COLUMNS header, 47 prefectures, then the national row. */
export function coverageCsv(table: CoverageTable): string {
	const rows = coverageRows(table).map((row) => COVERAGE_COLUMNS.map((column) => row[column]));
	return toCsv(COVERAGE_COLUMNS, rows);
}
