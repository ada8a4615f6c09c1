import { describe, expect, test } from 'vitest';
import {
	FeatureStateJoin,
	flagRows,
	type FeatureId,
	type FeatureStateTarget,
	type StateValue
} from '../../../src/lib/map/kernel/join';

type Call =
	| { op: 'set'; source: string; id: FeatureId; state: Record<string, StateValue> }
	| { op: 'remove'; source: string; id: FeatureId; key?: string };

/** A stand-in for the map: records every call and keeps the state MapLibre would keep. */
function fakeMap() {
	const calls: Call[] = [];
	const state = new Map<string, Record<string, StateValue>>();
	const target: FeatureStateTarget = {
		setFeatureState({ source, id }, values) {
			calls.push({ op: 'set', source, id, state: { ...values } });
			state.set(`${source}/${id}`, { ...state.get(`${source}/${id}`), ...values });
		},
		removeFeatureState({ source, id }, key) {
			calls.push({ op: 'remove', source, id, key });
			const entry = state.get(`${source}/${id}`);
			if (entry && key) delete entry[key];
		}
	};
	return { target, calls, stateOf: (source: string, id: FeatureId) => state.get(`${source}/${id}`) ?? {} };
}

describe('feature-state join', () => {
	test('writes only the rows that change, and nothing when the rows are the same', () => {
		const map = fakeMap();
		const join = new FeatureStateJoin<{ fill: string | null }>(map.target, 'm', { fill: null });
		join.apply(
			new Map([
				['a', { fill: 'red' }],
				['b', { fill: 'blue' }]
			])
		);
		expect(map.calls).toHaveLength(2);
		map.calls.length = 0;
		join.apply(
			new Map([
				['a', { fill: 'red' }],
				['b', { fill: 'green' }]
			])
		);
		expect(map.calls).toEqual([{ op: 'set', source: 'm', id: 'b', state: { fill: 'green' } }]);
		map.calls.length = 0;
		join.apply(
			new Map([
				['a', { fill: 'red' }],
				['b', { fill: 'green' }]
			])
		);
		expect(map.calls).toEqual([]);
	});

	test('a row that goes gets its resting value, so a flag reads false again', () => {
		const map = fakeMap();
		const join = new FeatureStateJoin<{ candidate: boolean }>(map.target, 'm', { candidate: false });
		join.apply(flagRows(['a', 'b'], 'candidate', true));
		join.apply(flagRows(['b'], 'candidate', true));
		expect(map.stateOf('m', 'a')).toEqual({ candidate: false });
		expect(map.stateOf('m', 'b')).toEqual({ candidate: true });
		expect(map.calls.filter((call) => call.id === 'b')).toHaveLength(1);
	});

	test('a key without a resting value is removed when its row goes', () => {
		const map = fakeMap();
		const join = new FeatureStateJoin<{ hidden: boolean }>(map.target, 'p');
		join.apply(new Map([[7, { hidden: true }]]));
		join.apply(new Map());
		expect(map.calls.at(-1)).toEqual({ op: 'remove', source: 'p', id: 7, key: 'hidden' });
		expect(map.stateOf('p', 7)).toEqual({});
	});

	test('joins on the same source keep to their own keys', () => {
		const map = fakeMap();
		const hover = new FeatureStateJoin<{ hover: boolean }>(map.target, 'm', { hover: false });
		const draft = new FeatureStateJoin<{ draft: number }>(map.target, 'm', { draft: 0 });
		draft.apply(new Map([['a', { draft: 2 }]]));
		hover.apply(flagRows(['a'], 'hover', true));
		hover.apply(flagRows([], 'hover', true));
		expect(map.stateOf('m', 'a')).toEqual({ draft: 2, hover: false });
		draft.apply(new Map([['a', { draft: 1 }]]));
		expect(map.calls.at(-1)).toEqual({ op: 'set', source: 'm', id: 'a', state: { draft: 1 } });
	});

	test('a value equal to the resting one is written for a new row (null fill of a 北方領土 village)', () => {
		const map = fakeMap();
		const join = new FeatureStateJoin<{ fill: string | null }>(map.target, 'm', { fill: null });
		join.apply(new Map([['01695', { fill: null }]]));
		expect(map.stateOf('m', '01695')).toEqual({ fill: null });
		expect(join.rows.get('01695')).toEqual({ fill: null });
	});
});
