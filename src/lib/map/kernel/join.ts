/**
 * The one place that writes feature-state. A join owns some feature-state keys of one
 * source: it is given keyed rows (feature id → the values of its keys) and writes only
 * what differs from the rows it applied last. A feature whose row goes, or a key a row no
 * longer names, gets the key's resting value when it has one (so a flag reads `false`
 * again), and is otherwise removed from the feature's state.
 */

export type FeatureId = string | number;
export type StateValue = string | number | boolean | null;
export type StateRow = Readonly<Record<string, StateValue>>;

/** The two MapLibre methods a join needs: a map, or a fake one in tests. */
export interface FeatureStateTarget {
	setFeatureState(feature: { source: string; id: FeatureId }, state: Record<string, StateValue>): void;
	removeFeatureState(feature: { source: string; id: FeatureId }, key?: string): void;
}

export type Rows<Row extends StateRow> = ReadonlyMap<FeatureId, Row>;

export class FeatureStateJoin<Row extends StateRow> {
	#applied: Rows<Row> = new Map();

	/**
	 * @param resting the value a key returns to when its row goes; keys left out are
	 * removed instead.
	 */
	constructor(
		private readonly target: FeatureStateTarget,
		private readonly source: string,
		private readonly resting: Partial<Row> = {}
	) {}

	/** The rows applied last. */
	get rows(): Rows<Row> {
		return this.#applied;
	}

	/** Brings the source's feature-state (for this join's keys) in line with `rows`. */
	apply(rows: Rows<Row>): void {
		const previous = this.#applied;
		this.#applied = rows;
		for (const [id, before] of previous) {
			if (!rows.has(id)) this.#write(id, before, undefined);
		}
		for (const [id, row] of rows) this.#write(id, previous.get(id), row);
	}

	#write(id: FeatureId, before: Row | undefined, after: Row | undefined): void {
		if (before === after) return;
		const changed: Record<string, StateValue> = {};
		let any = false;
		for (const key in after) {
			if (before?.[key] !== after[key]) {
				changed[key] = after[key];
				any = true;
			}
		}
		for (const key in before) {
			if (after !== undefined && key in after) continue;
			const rest = this.resting[key];
			if (rest === undefined) this.target.removeFeatureState({ source: this.source, id }, key);
			else if (before[key] !== rest) {
				changed[key] = rest;
				any = true;
			}
		}
		if (any) this.target.setFeatureState({ source: this.source, id }, changed);
	}
}

/** Rows setting one key to the same value for every id given. */
export function flagRows<Key extends string, Value extends StateValue>(
	ids: Iterable<FeatureId>,
	key: Key,
	value: Value
): Map<FeatureId, Record<Key, Value>> {
	const row = { [key]: value } as Record<Key, Value>;
	const rows = new Map<FeatureId, Record<Key, Value>>();
	for (const id of ids) rows.set(id, row);
	return rows;
}
