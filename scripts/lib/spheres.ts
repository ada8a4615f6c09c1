import type { MemberBasis, Sphere, SphereKind, SphereMember } from '../../src/lib/data/types';
import { requireField, type CsvRecord } from './csv';
import { isPartialDate } from './dates';
import type { NameResolver } from './resolve';

export interface SphereFile {
	file: string;
	kind: SphereKind;
	records: CsvRecord[];
}

const ROLES: Record<string, SphereMember['role']> = { center: 'centre', member: 'member' };
const BASES: Record<string, MemberBasis> = { '': 'national', prefectural: 'prefectural' };

function optionalDate(record: CsvRecord, column: string, file: string): string | null {
	const value = record.values[column]?.trim() ?? '';
	if (value === '') return null;
	if (!isPartialDate(value)) {
		throw new Error(`${file}:${record.line}: "${column}" is not a date: "${value}"`);
	}
	return value;
}

/** Splits 「名称(注記)」 into the name and its note. */
export function splitSphereName(raw: string): { name: string; note: string | null } {
	const match = /^(.*?)[(（](.*)[)）]$/.exec(raw);
	if (!match) return { name: raw, note: null };
	return { name: match[1].trim(), note: match[2].trim() };
}

function splitSources(raw: string): string[] {
	return raw
		.split(/\s+;\s+/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** A sphere-level column must carry one value on every row of the sphere. */
function sameOnEveryRow(
	sphere: Sphere,
	field: 'declaredOn' | 'visionOn' | 'endedOn',
	value: string | null,
	where: string
) {
	if (sphere[field] !== value) {
		throw new Error(`${where}: ${sphere.id} has ${field} "${sphere[field]}" and "${value}"`);
	}
}

export function buildSpheres(
	files: SphereFile[],
	resolver: NameResolver,
	excludedCodes: ReadonlySet<string>
): Sphere[] {
	const spheres = new Map<string, Sphere>();
	const successors: { sphere: Sphere; where: string }[] = [];

	for (const { file, kind, records } of files) {
		for (const record of records) {
			const where = `${file}:${record.line}`;
			const id = requireField(record, 'sphere_id', file);
			const rawName = requireField(record, 'sphere_name', file);
			const role = ROLES[requireField(record, 'role', file)];
			if (!id || !rawName || !role) throw new Error(`${where}: missing sphere_id, name or role`);
			const basis = BASES[record.values.basis?.trim() ?? ''];
			if (!basis) throw new Error(`${where}: unknown basis "${record.values.basis}"`);

			const code = resolver.resolve(
				requireField(record, 'prefecture', file),
				requireField(record, 'municipality_name', file),
				{ file, line: record.line }
			);
			if (excludedCodes.has(code)) {
				throw new Error(`${where}: ${code} cannot belong to a sphere`);
			}

			const declaredOn = optionalDate(record, 'declared_on', file);
			const visionOn = optionalDate(record, 'vision_on', file);
			const endedOn = optionalDate(record, 'ended_on', file);
			const joinedOn = optionalDate(record, 'agreement_on', file);
			const successorId = record.values.successor_sphere_id?.trim() || null;

			let sphere = spheres.get(id);
			if (!sphere) {
				const { name, note } = splitSphereName(rawName);
				sphere = {
					id,
					kind,
					name,
					note,
					nameUnconfirmed: note?.includes('名称未確認') ?? false,
					membersPartial: note?.includes('のみ確認') ?? false,
					centres: [],
					members: [],
					declaredOn,
					agreementOn: null,
					visionOn,
					endedOn,
					successorId,
					sources: []
				};
				spheres.set(id, sphere);
				if (successorId) successors.push({ sphere, where });
			} else if (sphere.kind !== kind) {
				throw new Error(`${where}: sphere id ${id} is used in two files`);
			}
			sameOnEveryRow(sphere, 'declaredOn', declaredOn, where);
			sameOnEveryRow(sphere, 'visionOn', visionOn, where);
			sameOnEveryRow(sphere, 'endedOn', endedOn, where);

			if (sphere.members.some((m) => m.code === code)) {
				throw new Error(`${where}: ${code} is listed twice in ${id}`);
			}
			sphere.members.push({ code, role, joinedOn, basis });
			if (role === 'centre') {
				sphere.centres.push(code);
				if (joinedOn && (!sphere.agreementOn || joinedOn < sphere.agreementOn)) {
					sphere.agreementOn = joinedOn;
				}
			}
			for (const source of splitSources(requireField(record, 'source', file))) {
				if (!sphere.sources.includes(source)) sphere.sources.push(source);
			}
		}
	}

	for (const sphere of spheres.values()) {
		if (sphere.centres.length === 0) throw new Error(`${sphere.id}: no centre row`);
	}
	for (const { sphere, where } of successors) {
		if (!spheres.has(sphere.successorId as string)) {
			throw new Error(`${where}: successor "${sphere.successorId}" is not a known sphere`);
		}
	}
	return [...spheres.values()];
}
