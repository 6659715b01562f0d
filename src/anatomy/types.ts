/**
 * Core domain types. Everything in `src/anatomy/` is plain data and pure math: it imports nothing
 * from three.js or React, so the Node generator, the browser app and unit tests share it.
 */

/**
 * A point or direction in millimetres, in the glTF frame: +X is the patient's left, +Y superior,
 * +Z anterior. (The files store metres; the data here is in millimetres because every published
 * figure is.)
 */
export type Vec3 = readonly [number, number, number]

/** The patient's side. `l` = left (+X), `r` = right (−X). */
export type Side = 'l' | 'r'

/** What a node in a model file is; also the layer it is toggled with. */
export type NodeKind = 'bone' | 'disc' | 'muscle' | 'skin' | 'landmark'

/** A citation for a fact: a short key from `../shared/reference` plus what it says. */
export interface Source {
  /** Short reference, e.g. "Clouthier 2023 (87 patients)". */
  readonly ref: string
  /** Optional note on how the figure was used. */
  readonly note?: string
}

/** A measured quantity with its published range, used by the generator's dimension report and tests. */
export interface PublishedRange {
  readonly min: number
  readonly max: number
  readonly unit: 'mm' | 'deg' | 'ratio'
  readonly source: Source
}
