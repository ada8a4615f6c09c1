/**
 * Serialises `{ ...header, [key]: rows }` with one row per line, so that a data change
 * shows up in git as a changed line and the bytes are the same on every run.
 */
export function jsonRowsPerLine(header: Record<string, unknown>, key: string, rows: unknown[]): string {
	const head = JSON.stringify(header).slice(0, -1);
	const separator = head.length > 1 ? ',' : '';
	const body = rows.map((row) => JSON.stringify(row)).join(',\n');
	return `${head}${separator}${JSON.stringify(key)}:[\n${body}\n]}\n`;
}
