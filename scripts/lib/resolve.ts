import { KE_VARIANTS, type NameAlias } from './aliases';

export interface NamedCode {
	code: string;
	prefecture: string;
	name: string;
}

/** Where a name came from, for error messages. */
export interface NameSource {
	file: string;
	line: number;
}

const foldKe = (name: string) => name.replace(KE_VARIANTS, 'ケ');
const key = (prefecture: string, name: string) => `${prefecture}\u0000${foldKe(name)}`;

/**
 * Resolves prefecture + municipality name to a 5-digit code. It accepts the exact name,
 * a 「ヶ/ケ」 spelling variant, or an entry of the explicit alias table, and fails loudly
 * when a name is unknown or matches more than one code.
 */
export class NameResolver {
	private readonly byName = new Map<string, string[]>();
	private readonly aliases = new Map<string, string>();

	constructor(entries: readonly NamedCode[], aliases: readonly NameAlias[]) {
		for (const entry of entries) {
			const k = key(entry.prefecture, entry.name);
			const codes = this.byName.get(k) ?? [];
			codes.push(entry.code);
			this.byName.set(k, codes);
		}
		for (const alias of aliases) {
			this.aliases.set(key(alias.prefecture, alias.alias), alias.canonical);
		}
	}

	resolve(prefecture: string, name: string, source: NameSource): string {
		const where = `${source.file}:${source.line}`;
		let codes = this.byName.get(key(prefecture, name));
		if (!codes) {
			const canonical = this.aliases.get(key(prefecture, name));
			if (canonical !== undefined) codes = this.byName.get(key(prefecture, canonical));
		}
		if (!codes || codes.length === 0) {
			throw new Error(`${where}: no municipality "${name}" in ${prefecture || '(no prefecture)'}`);
		}
		if (codes.length > 1) {
			throw new Error(`${where}: "${prefecture}${name}" is ambiguous (codes ${codes.join(', ')})`);
		}
		return codes[0];
	}
}
