/** Plain-text tables for a terminal; CJK characters take two columns. */

const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
	let width = 0;
	for (const character of text) width += WIDE.test(character) ? 2 : 1;
	return width;
}

const pad = (text: string, width: number, alignRight: boolean): string => {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
	return alignRight ? fill + text : text + fill;
};

export interface TableOptions {
	/** Indexes of columns to right-align (numbers). */
	right?: readonly number[];
	indent?: string;
}

export function formatTable(
	headers: readonly string[],
	rows: readonly (readonly string[])[],
	options: TableOptions = {}
): string {
	const right = new Set(options.right ?? []);
	const indent = options.indent ?? '';
	const widths = headers.map((header, column) =>
		Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? '')))
	);
	const line = (cells: readonly string[]) =>
		indent +
		cells
			.map((cell, column) => pad(cell, widths[column], right.has(column)))
			.join('  ')
			.trimEnd();
	const rule = indent + widths.map((width) => '-'.repeat(width)).join('  ');
	return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function formatKeyValues(pairs: readonly (readonly [string, string])[], indent = ''): string {
	const width = Math.max(...pairs.map(([key]) => displayWidth(key)));
	return pairs.map(([key, value]) => `${indent}${pad(key, width, false)}  ${value}`).join('\n');
}
