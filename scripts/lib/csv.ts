import Papa from 'papaparse';

/** One CSV record with the 1-based line number it came from (header = line 1). */
export interface CsvRecord {
	line: number;
	values: Record<string, string>;
}

/**
 * Parses a header-row CSV into records; a malformed file fails with its name and line.
 * Line endings are normalised first: a file appended to by another tool can mix CRLF and LF,
 * and Papa Parse guesses one newline for the whole file.
 */
export function parseCsv(text: string, fileName: string): CsvRecord[] {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const parsed = Papa.parse<Record<string, string>>(normalised, {
		header: true,
		skipEmptyLines: true
	});
	if (parsed.errors.length > 0) {
		const first = parsed.errors[0];
		const line = first.row === undefined ? '?' : String(first.row + 2);
		throw new Error(`${fileName}:${line}: ${first.message}`);
	}
	return parsed.data.map((values, index) => ({ line: index + 2, values }));
}

/** Reads a column that must be present; names the file, line and column otherwise. */
export function requireField(record: CsvRecord, column: string, fileName: string): string {
	const value = record.values[column];
	if (value === undefined) {
		throw new Error(`${fileName}:${record.line}: missing column "${column}"`);
	}
	return value.trim();
}
