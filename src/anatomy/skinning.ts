import type { Mat4 } from './mat4'

/**
 * Linear blend skinning on the CPU, the same sum the GPU does for the skin: each vertex's posed
 * position is Σ wₖ · Mₖ · rest over its joint slots. One implementation for the app (picking and
 * markers on the posed skin) and the generator (measuring the skin in the sitting pose), so a
 * figure the generator checks is a figure the app shows. Matrices and positions share one unit
 * (the rig's millimetres); the skin's inverse bind matrices are identity, so the rig's transforms
 * are the joint matrices.
 */

/** Joint slots per vertex (glTF's JOINTS_0 / WEIGHTS_0). */
export const SKIN_INFLUENCES = 4

/** Which joints move each vertex, and by how much. */
export interface SkinBinding {
  /** {@link SKIN_INFLUENCES} joint indices per vertex, into the transforms. */
  readonly joints: ArrayLike<number>
  /** {@link SKIN_INFLUENCES} weights per vertex, summing to 1; a 0 weight is skipped. */
  readonly weights: ArrayLike<number>
}

/** Anything indexable to write numbers into: number[], Float32Array, Float64Array. */
export type NumberSink = { [index: number]: number }

/**
 * Blend vertex `i`'s xyz from `source` through its joints into `out[o..o+2]`. `h` is the
 * homogeneous coordinate: 1 for a position (the translation applies), 0 for a direction.
 */
function blend(
  source: ArrayLike<number>,
  binding: SkinBinding,
  transforms: readonly Mat4[],
  i: number,
  h: 0 | 1,
  out: NumberSink,
  o: number,
): void {
  const x = source[i * 3]!
  const y = source[i * 3 + 1]!
  const z = source[i * 3 + 2]!
  let ox = 0
  let oy = 0
  let oz = 0
  for (let k = 0; k < SKIN_INFLUENCES; k++) {
    const w = binding.weights[i * SKIN_INFLUENCES + k]!
    if (w === 0) continue
    const m = transforms[binding.joints[i * SKIN_INFLUENCES + k]!]!
    ox += w * (m[0]! * x + m[4]! * y + m[8]! * z + m[12]! * h)
    oy += w * (m[1]! * x + m[5]! * y + m[9]! * z + m[13]! * h)
    oz += w * (m[2]! * x + m[6]! * y + m[10]! * z + m[14]! * h)
  }
  out[o] = ox
  out[o + 1] = oy
  out[o + 2] = oz
}

/** {@link blend} of one vertex into a fresh tuple. */
function blended(
  source: ArrayLike<number>,
  binding: SkinBinding,
  transforms: readonly Mat4[],
  i: number,
  h: 0 | 1,
): [number, number, number] {
  const v: [number, number, number] = [0, 0, 0]
  blend(source, binding, transforms, i, h, v, 0)
  return v
}

/** Posed position of vertex `i` from its rest position (`rest`: xyz per vertex). */
export const skinPosition = (
  rest: ArrayLike<number>,
  binding: SkinBinding,
  transforms: readonly Mat4[],
  i: number,
): [number, number, number] => blended(rest, binding, transforms, i, 1)

/**
 * Posed unit normal of vertex `i` (`normals`: xyz per vertex): the rest normal blended through the
 * joints' rotations, then renormalised (a blend of rotations is not a rotation). A zero blend is
 * returned as is rather than as NaN.
 */
export function skinNormal(
  normals: ArrayLike<number>,
  binding: SkinBinding,
  transforms: readonly Mat4[],
  i: number,
): [number, number, number] {
  const [x, y, z] = blended(normals, binding, transforms, i, 0)
  const len = Math.hypot(x, y, z) || 1
  return [x / len, y / len, z / len]
}

/** Posed positions of every vertex, written into `out` (same layout as `rest`) and returned. */
export function skinPositions<T extends NumberSink>(
  rest: ArrayLike<number>,
  binding: SkinBinding,
  transforms: readonly Mat4[],
  out: T,
): T {
  const n = Math.floor(rest.length / 3)
  for (let i = 0; i < n; i++) blend(rest, binding, transforms, i, 1, out, i * 3)
  return out
}
