/**
 * Spellings in the source lists that differ from the census table, mapped to the census
 * spelling. Each entry is keyed by prefecture, so an alias never crosses a prefecture.
 */
export interface NameAlias {
	prefecture: string;
	alias: string;
	canonical: string;
	reason: string;
}

export const NAME_ALIASES: readonly NameAlias[] = [
	{
		prefecture: '高知県',
		alias: '梼原町',
		canonical: '檮原町',
		reason: '梼 is the common simplified form of 檮; the census and N03 write 檮原町 (39405).'
	}
];

/** Small-ke variants: 「ヶ」「ケ」「ヵ」「ケ」 are used interchangeably in place names. */
export const KE_VARIANTS = /[ヶケヵ]/g;
