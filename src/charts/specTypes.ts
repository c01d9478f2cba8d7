import type { TopLevelSpec } from 'vega-lite';

/** A view inside a layered spec (a unit or a nested layer), derived from Vega-Lite's own top-level type. */
export type LayerChild = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The encoding of a unit view inside a layer, for typing shared channel definitions. */
export type UnitEncoding = NonNullable<Extract<LayerChild, { mark: unknown }>['encoding']>;
