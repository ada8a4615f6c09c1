import type { Candidate } from '$lib/analysis/candidates';
import type { SphereKind } from '$lib/data/types';

/** The three lists of the Researcher view: in no sphere, in several, eligible centres without one. */
export type ListId = 'none' | 'several' | 'centres';
export const LIST_IDS: readonly ListId[] = ['none', 'several', 'centres'];

/** Single-city candidates of each kind leading no sphere on the date. */
export type CentresWithoutSphere = Record<SphereKind, Candidate[]>;
