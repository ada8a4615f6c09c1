/** Reading hand-edited JSON sources field by field, with messages that name file, line and record. */

export function fail(where: string, message: string): never {
	throw new Error(`${where}: ${message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** One JSON object of the source, read field by field; every failure names `where`. */
export class Fields {
	private constructor(
		private readonly value: Record<string, unknown>,
		readonly where: string
	) {}

	static of(value: unknown, where: string, allowed: readonly string[]): Fields {
		if (!isRecord(value)) fail(where, 'must be an object');
		const stray = Object.keys(value).find((key) => !allowed.includes(key));
		if (stray !== undefined) fail(where, `unknown field "${stray}" (allowed: ${allowed.join(', ')})`);
		return new Fields(value, where);
	}

	has(key: string): boolean {
		return this.value[key] !== undefined && this.value[key] !== null;
	}

	raw(key: string): unknown {
		return this.value[key];
	}

	text(key: string): string {
		const value = this.value[key];
		if (typeof value !== 'string' || value.trim() === '') {
			fail(this.where, `"${key}" must be a non-empty string`);
		}
		return value;
	}

	optionalText(key: string): string | null {
		return this.has(key) ? this.text(key) : null;
	}

	integer(key: string): number {
		const value = this.value[key];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
			fail(this.where, `"${key}" must be a whole number ≥ 0`);
		}
		return value;
	}

	optionalInteger(key: string): number | null {
		return this.has(key) ? this.integer(key) : null;
	}

	flag(key: string): boolean {
		const value = this.value[key] ?? false;
		if (typeof value !== 'boolean') fail(this.where, `"${key}" must be true or false`);
		return value;
	}

	oneOf<T extends string>(key: string, allowed: readonly T[], what = key): T {
		const value = this.value[key];
		if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
			fail(this.where, `unknown ${what} "${String(value)}" (allowed: ${allowed.join(', ')})`);
		}
		return value as T;
	}

	list(key: string, optional = false): unknown[] {
		const value = this.value[key];
		if (value === undefined && optional) return [];
		if (!Array.isArray(value)) fail(this.where, `"${key}" must be a list`);
		return value;
	}

	texts(key: string): string[] {
		const values = this.list(key);
		if (values.length === 0 || values.some((v) => typeof v !== 'string' || v.trim() === '')) {
			fail(this.where, `"${key}" must be a non-empty list of names`);
		}
		return values as string[];
	}

	subsetOf<T extends string>(key: string, allowed: readonly T[]): T[] {
		const values = this.list(key, true);
		for (const value of values) {
			if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
				fail(this.where, `unknown ${key} value "${String(value)}" (allowed: ${allowed.join(', ')})`);
			}
		}
		if (new Set(values).size !== values.length) fail(this.where, `"${key}" lists a value twice`);
		return allowed.filter((a) => values.includes(a));
	}
}

/** Where each `"id": "…"` occurs in the source text, so records can be reported by line. */
export class IdLines {
	private readonly lines = new Map<string, number[]>();
	private readonly seen = new Map<string, number>();

	constructor(
		private readonly file: string,
		text: string
	) {
		const pattern = /"id"\s*:\s*"([^"]*)"/g;
		for (const match of text.matchAll(pattern)) {
			const line = text.slice(0, match.index).split('\n').length;
			this.lines.set(match[1], [...(this.lines.get(match[1]) ?? []), line]);
		}
	}

	/** Locates the next record with this id; a repeated id gets its later line. */
	locate(value: unknown, fallback: string): { id: string | null; line: number; where: string } {
		const id = isRecord(value) && typeof value.id === 'string' ? value.id : null;
		if (id === null) return { id, line: 0, where: `${this.file}: ${fallback}` };
		const nth = this.seen.get(id) ?? 0;
		this.seen.set(id, nth + 1);
		const line = this.lines.get(id)?.[nth] ?? 0;
		return { id, line, where: `${this.file}:${line} (${id})` };
	}
}

export type RecordLocation = ReturnType<IdLines['locate']>;
