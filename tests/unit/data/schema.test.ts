import { describe, expect, it } from 'vitest';
import {
	checkGeodataConsistency,
	GeodataError,
	ManifestSchema,
	MunicipalityTableSchema,
	SphereTableSchema,
	TopologySchema,
	validateGeodataFile
} from '../../../src/lib/data/schema';
import { readCommittedGeodata } from '../read-geodata';

const committed = () => structuredClone(readCommittedGeodata());

describe('geodata runtime validation', () => {
	it('accepts the committed files', () => {
		const { manifest, table, spheres, topology } = committed();
		expect(() => validateGeodataFile(ManifestSchema, manifest, 'manifest.json')).not.toThrow();
		expect(() => validateGeodataFile(MunicipalityTableSchema, table, 'municipalities.json')).not.toThrow();
		expect(() =>
			validateGeodataFile(SphereTableSchema, { schemaVersion: 1, spheres }, 'spheres.json')
		).not.toThrow();
		expect(() => validateGeodataFile(TopologySchema, topology, 'japan.topo.json')).not.toThrow();
	});

	it('rejects a version mismatch, naming the file', () => {
		const { table } = committed();
		expect(() =>
			validateGeodataFile(MunicipalityTableSchema, { ...table, schemaVersion: 2 }, 'municipalities.json')
		).toThrow(new GeodataError('municipalities.json', 'schemaVersion: schema version 1'));
	});

	it('rejects a missing field with its path', () => {
		const { table } = committed();
		delete (table.municipalities[5] as Partial<(typeof table.municipalities)[0]>).pop2020;
		expect(() => validateGeodataFile(MunicipalityTableSchema, table, 'municipalities.json')).toThrow(
			/^municipalities\.json: municipalities\.5\.pop2020: /
		);
	});

	it('rejects duplicate codes and duplicate sphere members', () => {
		const { table, spheres } = committed();
		table.municipalities[1].code = table.municipalities[0].code;
		expect(() => validateGeodataFile(MunicipalityTableSchema, table, 'municipalities.json')).toThrow(
			'municipality codes must be unique'
		);
		spheres[0].members.push({ ...spheres[0].members[1] });
		expect(() =>
			validateGeodataFile(SphereTableSchema, { schemaVersion: 1, spheres }, 'spheres.json')
		).toThrow('member codes within a sphere must be unique');
	});

	it('rejects a file that is not a topology at all', () => {
		expect(() =>
			validateGeodataFile(TopologySchema, { type: 'FeatureCollection' }, 'japan.topo.json')
		).toThrow(/^japan\.topo\.json: type: /);
	});

	it('reports cross-file mismatches', () => {
		expect(() => checkGeodataConsistency(new Set(['01100']), new Set(), [])).toThrow(
			'japan.topo.json: no polygon for municipality 01100'
		);
		expect(() => checkGeodataConsistency(new Set(['01100']), new Set(['01100']), [['x', '99999']])).toThrow(
			'spheres.json: sphere x names unknown municipality 99999'
		);
	});
});
