/**
 * The data the explorer and the presenter draw (municipalities, borders, both kinds of
 * sphere, centres, labels, model projects) and the selection they share.
 */
import type { SphereKind } from '$lib/data/types';
import type { Selection } from '$lib/state/types';
import { decodeMunicipalities, type Bounds } from '../geometry';
import { hatchPattern } from '../hatch';
import type { KernelImage, MapKernel } from '../kernel/kernel';
import { flagRows, type FeatureStateJoin } from '../kernel/join';
import { mapColours } from '../colours';
import { buildProjectGeometry, type ProjectGeometry } from '../projects-geometry';
import { buildBoundsIndex, buildSceneData, type MapInput } from '../scene-data';
import { sourceIds, TEIJU_HATCH_IMAGE } from '../style/ids';

export const ATLAS_IMAGES: readonly KernelImage[] = [
	{
		id: TEIJU_HATCH_IMAGE,
		image: hatchPattern({ size: 14, lineWidth: 2.2, rgba: mapColours.teijuHatchRgba }),
		pixelRatio: 2
	}
];

type Flag = { selected: boolean };

/** What the atlas keeps of the data once it is on the map. */
export class AtlasData {
	readonly codes: readonly string[];
	readonly hoppoCodes: ReadonlySet<string>;
	readonly boundsByCode: ReadonlyMap<string, Bounds>;
	readonly sphereKinds: ReadonlyMap<string, SphereKind>;
	/** Set a moment after the polygons, with the rest of the scene. */
	projects: ProjectGeometry | null = null;
	readonly #selected: Record<'municipalities' | SphereKind, FeatureStateJoin<Flag>>;

	/**
	 * Hands the polygons to MapLibre now, and everything else a macrotask later, so that is
	 * built while the worker tiles the polygons. `drawn` settles when all is handed over.
	 */
	constructor(kernel: MapKernel, input: MapInput, onProjects: () => void) {
		const features = decodeMunicipalities(input.topology);
		kernel.setSource(sourceIds.municipalities, features);
		this.codes = features.features.map((feature) => feature.properties.code);
		this.hoppoCodes = new Set(
			features.features.filter((f) => f.properties.hoppo).map((f) => f.properties.code)
		);
		this.boundsByCode = buildBoundsIndex(features);
		this.sphereKinds = new Map(input.spheres.map((sphere) => [sphere.id, sphere.kind]));
		const resting = { selected: false };
		this.#selected = {
			municipalities: kernel.join<Flag>(sourceIds.municipalities, resting),
			renkei: kernel.join<Flag>(sourceIds.renkei, resting),
			teiju: kernel.join<Flag>(sourceIds.teiju, resting)
		};
		kernel.drawing(
			new Promise((resolve) =>
				setTimeout(() => {
					const scene = buildSceneData(input, features);
					kernel.setSource(sourceIds.borders, scene.borders);
					kernel.setSource(sourceIds.renkei, scene.renkei);
					kernel.setSource(sourceIds.teiju, scene.teiju);
					kernel.setSource(sourceIds.centres, scene.centres);
					kernel.setSource(sourceIds.labels, scene.labels);
					if (input.projects) {
						const points = new Map(
							scene.labels.features.map((f) => [`${f.properties.level}:${f.properties.code}`, f])
						);
						this.projects = buildProjectGeometry(input.projects, (level, code) => {
							const coordinates = points.get(`${level}:${code}`)?.geometry.coordinates;
							return coordinates ? [coordinates[0], coordinates[1]] : undefined;
						});
						kernel.setSource(sourceIds.projects, this.projects.collection);
						onProjects();
					}
					resolve();
				}, 0)
			)
		);
	}

	/** Marks the selected municipality or sphere (spheres that have ended are not drawn). */
	select(selection: Selection | null): void {
		const kind = selection?.kind === 'sphere' ? this.sphereKinds.get(selection.id) : undefined;
		const id = selection === null ? null : selection.kind === 'municipality' ? selection.code : selection.id;
		const target = selection?.kind === 'municipality' ? 'municipalities' : kind;
		for (const [key, join] of Object.entries(this.#selected))
			join.apply(flagRows(key === target && id !== null ? [id] : [], 'selected', true));
	}

	boundsOf(codes: readonly string[]): (Bounds | undefined)[] {
		return codes.map((code) => this.boundsByCode.get(code));
	}
}
