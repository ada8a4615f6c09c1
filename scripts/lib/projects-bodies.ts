/** Turns the source's body groups into coded bodies, applying the corrections table. */
import type { ProjectBody } from '../../src/lib/data/projects-types';
import type { Municipality, Prefecture } from '../../src/lib/data/types';
import { fail } from './json-source';
import type { BodyGroup, CorrectionSource, Located } from './projects-source';
import type { NameResolver } from './resolve';

export interface ProjectContext {
	resolver: NameResolver;
	municipalities: readonly Municipality[];
	prefectures: readonly Prefecture[];
}

/** Applies the corrections table and resolves names to bodies; remembers which corrections ran. */
export class BodyResolver {
	private readonly byCode: Map<string, Municipality>;
	private readonly used = new Set<string>();

	constructor(
		private readonly context: ProjectContext,
		private readonly corrections: readonly CorrectionSource[],
		private readonly file: string
	) {
		this.byCode = new Map(context.municipalities.map((m) => [m.code, m]));
	}

	municipality(code: string): Municipality {
		return this.byCode.get(code) as Municipality;
	}

	/** The bodies of the groups with their role; `parts` collects codes by part label. */
	resolve(
		groups: readonly BodyGroup[],
		role: ProjectBody['role'],
		project: Located,
		parts: Map<string, string[]>
	): ProjectBody[] {
		const bodies: ProjectBody[] = [];
		for (const group of groups) {
			for (const code of this.codesOf(group, project)) {
				const body = this.body(code, role, group.inferred);
				bodies.push(body);
				if (group.part !== null) parts.set(group.part, [...(parts.get(group.part) ?? []), code]);
			}
		}
		return bodies;
	}

	/** Fails unless every correction ran for every project it lists. */
	checkAllUsed() {
		for (const correction of this.corrections) {
			for (const projectId of correction.projects) {
				if (!this.used.has(`${correction.id}\u0000${projectId}`)) {
					fail(
						`${this.file}:${correction.line} (${correction.id})`,
						`"${correction.documentName}" does not occur in ${projectId}`
					);
				}
			}
		}
	}

	private correctionFor(
		prefecture: string,
		documentName: string,
		projectId: string
	): CorrectionSource | undefined {
		return this.corrections.find(
			(c) => c.prefecture === prefecture && c.documentName === documentName && c.projects.includes(projectId)
		);
	}

	private codesOf(group: BodyGroup, project: Located): string[] {
		const where = `${this.file}:${project.line} (${project.id})`;
		if (group.all) {
			const codes = this.context.municipalities.filter((m) => m.prefName === group.pref).map((m) => m.code);
			if (codes.length !== group.all.count) {
				fail(where, `${group.pref} has ${codes.length} municipalities, the source says ${group.all.count}`);
			}
			return codes;
		}
		if (group.names === null) {
			const prefecture = this.context.prefectures.find((p) => p.name === group.pref);
			if (!prefecture) fail(where, `no prefecture "${group.pref}"`);
			return [prefecture.code];
		}
		return group.names.map((name) => this.resolveName(group.pref, name, project));
	}

	/** Resolves one name, through the corrections table when it lists this name in this project. */
	private resolveName(prefecture: string, name: string, project: Located): string {
		const at = { file: this.file, line: project.line };
		const correction = this.correctionFor(prefecture, name, project.id);
		if (correction) {
			if (this.resolvesAsWritten(prefecture, name, project)) {
				fail(
					`${this.file}:${correction.line} (${correction.id})`,
					`"${prefecture}${name}" resolves without the correction`
				);
			}
			this.used.add(`${correction.id}\u0000${project.id}`);
		}
		const spelling = correction?.correctedName ?? name;
		try {
			return this.context.resolver.resolve(prefecture, spelling, at);
		} catch (error) {
			throw new Error(`${(error as Error).message} (project ${project.id})`, { cause: error });
		}
	}

	private resolvesAsWritten(prefecture: string, name: string, project: Located): boolean {
		try {
			this.context.resolver.resolve(prefecture, name, { file: this.file, line: project.line });
			return true;
		} catch {
			return false;
		}
	}

	private body(code: string, role: ProjectBody['role'], inferred: boolean): ProjectBody {
		if (code.length === 2) {
			const prefecture = this.context.prefectures.find((p) => p.code === code) as Prefecture;
			return { level: 'prefecture', code, prefName: prefecture.name, name: prefecture.name, role, inferred };
		}
		const m = this.municipality(code);
		return { level: 'municipality', code, prefName: m.prefName, name: m.name, role, inferred };
	}
}

/** Fails when a project lists one body twice. */
export function checkUniqueBodies(bodies: ProjectBody[], where: string) {
	const codes = bodies.map((b) => b.code);
	const twice = codes.find((code, i) => codes.indexOf(code) !== i);
	if (twice !== undefined) fail(where, `body ${twice} is listed twice`);
}

const COMPOSITION_UNITS = ['市', '区', '町', '村'] as const;

/** 「2市4町2村」 of a set of municipalities; 政令指定都市・中核市 count as 市. */
export function compositionOf(municipalities: readonly Municipality[]): string {
	const unit = (m: Municipality) =>
		m.kind === '特別区' ? '区' : m.kind === '町' ? '町' : m.kind === '村' ? '村' : '市';
	return COMPOSITION_UNITS.map((u) => [u, municipalities.filter((m) => unit(m) === u).length] as const)
		.filter(([, n]) => n > 0)
		.map(([u, n]) => `${n}${u}`)
		.join('');
}
