/** The research map: choropleths by prefecture or municipality on a date, lists and compare outlines. */
import type { MultiPolygon } from 'geojson';
import { activeSpheres } from '$lib/analysis/as-of';
import type { JapanTopology, Sphere } from '$lib/data/types';
import { decodeBorderLines, decodeMunicipalities, decodePrefectures, type Bounds } from '../geometry';
import { flagRows, type FeatureStateJoin } from '../kernel/join';
import type { FeatureHit } from '../kernel/kernel';
import type { SceneDefinition } from '../kernel/scene';
import { bordersCollection, buildBoundsIndex } from '../scene-data';
import { buildSphereShapes } from '../sphere-geometry';
import { layerIds, sourceIds } from '../style/ids';
import { researchStyle } from '../style/research';

export type ResearchMapMode = 'pref' | 'muni';

/** What to fit the view to: municipalities and prefectures by code. */
export interface FitTarget {
	municipalities?: readonly string[];
	prefectures?: readonly string[];
}

export interface ResearchProps {
	/** The spheres drawn are those active on this date. */
	asOf: string;
	spheres: readonly Sphere[];
	mode: ResearchMapMode;
	prefectureFills: ReadonlyMap<string, string>;
	municipalityFills: ReadonlyMap<string, string>;
	highlighted: readonly string[];
	selectedPrefecture: string | null;
	compare: { a: MultiPolygon | null; b: MultiPolygon | null };
	/** A new object (even with the same codes) fits again; empty: the national view. */
	fit: FitTarget | null;
}

export interface ResearchTarget extends FeatureHit {
	/** A municipality code ("muni") or a prefecture code ("pref"). */
	mode: ResearchMapMode;
}

export interface ResearchEvents {
	click(target: ResearchTarget): void;
	hover(target: ResearchTarget | null): void;
}

const PADDING = { top: 24, bottom: 24, left: 24, right: 24 };

type Fill = { fill: string | null };

function fillRows(fills: ReadonlyMap<string, string>): Map<string, Fill> {
	return new Map([...fills].map(([code, fill]) => [code, { fill }]));
}

export function researchScene(): SceneDefinition<
	ResearchProps,
	JapanTopology,
	ResearchEvents,
	FitTarget | null
> {
	let topology: JapanTopology | null = null;
	let mode: ResearchMapMode = 'pref';
	let bounds: { municipalities: Map<string, Bounds>; prefectures: Map<string, Bounds> } | null = null;
	let joins: {
		municipalityFill: FeatureStateJoin<Fill>;
		prefectureFill: FeatureStateJoin<Fill>;
		highlight: FeatureStateJoin<{ highlight: boolean }>;
		selected: FeatureStateJoin<{ selected: boolean }>;
	} | null = null;

	const fit: NonNullable<
		SceneDefinition<ResearchProps, JapanTopology, ResearchEvents, FitTarget | null>['fit']
	> = (kernel, _props, target, padding, animate) => {
		if (bounds === null || target === null) return false;
		const { municipalities, prefectures } = bounds;
		return kernel.fit(
			[
				...(target.municipalities ?? []).map((code) => municipalities.get(code)),
				...(target.prefectures ?? []).map((code) => prefectures.get(code))
			],
			padding ?? PADDING,
			animate
		);
	};

	return {
		options: () => ({
			style: researchStyle(),
			camera: null,
			nationalPadding: () => ({ top: 16, bottom: 16, left: 16, right: 16 }),
			fit: { maxZoom: 10, durationMs: 500 },
			// The drawn frame stays readable for the PNG export.
			preserveDrawingBuffer: true
		}),

		load(kernel, data, events) {
			return new Promise((resolve) =>
				kernel.whenStyleLoaded(() => {
					topology = data;
					const municipalities = decodeMunicipalities(data);
					const prefectures = decodePrefectures(data);
					kernel.setSource(sourceIds.municipalities, municipalities);
					kernel.setSource(sourceIds.prefectures, prefectures);
					kernel.setSource(sourceIds.borders, bordersCollection(decodeBorderLines(data)));
					bounds = {
						municipalities: buildBoundsIndex(municipalities),
						prefectures: buildBoundsIndex(prefectures)
					};
					joins = {
						municipalityFill: kernel.join(sourceIds.municipalities, { fill: null }),
						prefectureFill: kernel.join(sourceIds.prefectures, { fill: null }),
						highlight: kernel.join(sourceIds.municipalities, { highlight: false }),
						selected: kernel.join(sourceIds.prefectures, { selected: false })
					};
					for (const [layer, layerMode] of [
						[layerIds.municipalityFill, 'muni'],
						[layerIds.prefectureFill, 'pref']
					] as const) {
						const report = (hit: FeatureHit | null, send: (target: ResearchTarget) => void) => {
							if (hit && layerMode === mode) send({ ...hit, mode: layerMode });
						};
						kernel.onLayer(layer, {
							click: (hit) => report(hit, events.click),
							hover: (hit) => (hit ? report(hit, events.hover) : events.hover(null))
						});
					}
					kernel.drawing(Promise.resolve());
					resolve();
				})
			);
		},

		update(kernel, next, previous) {
			if (!joins || !topology) return;
			if (next.mode !== previous?.mode) {
				mode = next.mode;
				kernel.setVisible(layerIds.municipalityFill, mode === 'muni');
				kernel.setVisible(layerIds.prefectureFill, mode === 'pref');
			}
			if (next.asOf !== previous?.asOf || next.spheres !== previous.spheres) {
				const shapes = buildSphereShapes(
					topology,
					activeSpheres(next.spheres, next.asOf),
					next.asOf,
					() => ''
				);
				kernel.setSource(sourceIds.datedSpheres, shapes);
			}
			if (next.prefectureFills !== previous?.prefectureFills)
				joins.prefectureFill.apply(fillRows(next.prefectureFills));
			if (next.municipalityFills !== previous?.municipalityFills)
				joins.municipalityFill.apply(fillRows(next.municipalityFills));
			if (next.highlighted !== previous?.highlighted)
				joins.highlight.apply(flagRows(next.highlighted, 'highlight', true));
			joins.selected.apply(
				flagRows(next.selectedPrefecture ? [next.selectedPrefecture] : [], 'selected', true)
			);
			if (next.compare.a !== previous?.compare.a || next.compare.b !== previous?.compare.b) {
				const features = (['a', 'b'] as const).flatMap((side) => {
					const geometry = next.compare[side];
					return geometry ? [{ type: 'Feature' as const, properties: { side }, geometry }] : [];
				});
				kernel.setSource(sourceIds.compare, { type: 'FeatureCollection', features });
			}
			if (next.fit !== null && next.fit !== previous?.fit && !fit(kernel, next, next.fit, null, true))
				kernel.showNation(PADDING);
		},

		readyKey: ({ asOf }) => asOf,
		fit
	};
}
