import type { Mat4 } from './mat4'

/**
 * Dual-quaternion blend skinning on the CPU, the same sum the GPU does for the skin (the skin
 * material's shader blends the quaternions this file makes): each joint's rigid transform becomes
 * a unit dual quaternion, a vertex blends its joints' quaternions by its weights (each turned to
 * the hemisphere of the heaviest one), normalises, and applies the result. Unlike a blend of
 * matrices, a blend of two turns is a turn by the angle in between, so a hip bent 90° sweeps the
 * skin round the joint instead of pulling it through the middle (the linear blend's collapse,
 * which tore the groin and the back of the knee when sitting). One implementation for the app
 * (picking and markers on the posed skin) and the generator (measuring the posed skin), so a
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

/** Numbers in one dual quaternion: the rotation (x, y, z, w), then the dual part (x, y, z, w). */
export const DUAL_QUATERNION_SIZE = 8

/**
 * The unit dual quaternion of a rigid transform (column-major 4×4; the rotation part must be a
 * rotation), written into `out[o..o+7]`: real part q = the rotation, dual part ½·t·q.
 */
export function dualQuaternionOf(m: ArrayLike<number>, out: NumberSink, o = 0): void {
  const m00 = m[0]!
  const m11 = m[5]!
  const m22 = m[10]!
  const trace = m00 + m11 + m22
  let x: number
  let y: number
  let z: number
  let w: number
  // The usual four cases, taking the square root of the largest term so it never nears zero.
  if (trace > 0) {
    const s = 2 * Math.sqrt(trace + 1)
    w = s / 4
    x = (m[6]! - m[9]!) / s
    y = (m[8]! - m[2]!) / s
    z = (m[1]! - m[4]!) / s
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22)
    w = (m[6]! - m[9]!) / s
    x = s / 4
    y = (m[4]! + m[1]!) / s
    z = (m[8]! + m[2]!) / s
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22)
    w = (m[8]! - m[2]!) / s
    x = (m[4]! + m[1]!) / s
    y = s / 4
    z = (m[9]! + m[6]!) / s
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11)
    w = (m[1]! - m[4]!) / s
    x = (m[8]! + m[2]!) / s
    y = (m[9]! + m[6]!) / s
    z = s / 4
  }
  const len = Math.hypot(x, y, z, w)
  x /= len
  y /= len
  z /= len
  w /= len
  const tx = m[12]!
  const ty = m[13]!
  const tz = m[14]!
  out[o] = x
  out[o + 1] = y
  out[o + 2] = z
  out[o + 3] = w
  out[o + 4] = 0.5 * (tx * w + ty * z - tz * y)
  out[o + 5] = 0.5 * (-tx * z + ty * w + tz * x)
  out[o + 6] = 0.5 * (tx * y - ty * x + tz * w)
  out[o + 7] = -0.5 * (tx * x + ty * y + tz * z)
}

/** Dual quaternions of every transform, {@link DUAL_QUATERNION_SIZE} numbers each. */
export function dualQuaternionsOf(transforms: readonly Mat4[]): Float64Array {
  const out = new Float64Array(transforms.length * DUAL_QUATERNION_SIZE)
  transforms.forEach((m, j) => dualQuaternionOf(m, out, j * DUAL_QUATERNION_SIZE))
  return out
}

const _b = new Float64Array(DUAL_QUATERNION_SIZE)

/**
 * Blend vertex `i`'s xyz from `source` through its joints' dual quaternions `dq` into
 * `out[o..o+2]`. `h` is the homogeneous coordinate: 1 for a position (the translation applies),
 * 0 for a direction (turned only).
 */
function blend(
  source: ArrayLike<number>,
  binding: SkinBinding,
  dq: ArrayLike<number>,
  i: number,
  h: 0 | 1,
  out: NumberSink,
  o: number,
): void {
  _b.fill(0)
  let first = -1
  for (let k = 0; k < SKIN_INFLUENCES; k++) {
    let w = binding.weights[i * SKIN_INFLUENCES + k]!
    if (w === 0) continue
    const j = binding.joints[i * SKIN_INFLUENCES + k]! * DUAL_QUATERNION_SIZE
    if (first < 0) first = j
    // q and −q are the same turn: take the one nearest the first joint's, so the blend is short.
    else if (
      dq[j]! * dq[first]! + dq[j + 1]! * dq[first + 1]! + dq[j + 2]! * dq[first + 2]! + dq[j + 3]! * dq[first + 3]! <
      0
    )
      w = -w
    for (let c = 0; c < DUAL_QUATERNION_SIZE; c++) _b[c]! += w * dq[j + c]!
  }
  const len = Math.hypot(_b[0]!, _b[1]!, _b[2]!, _b[3]!) || 1
  const qx = _b[0]! / len
  const qy = _b[1]! / len
  const qz = _b[2]! / len
  const qw = _b[3]! / len
  const x = source[i * 3]!
  const y = source[i * 3 + 1]!
  const z = source[i * 3 + 2]!
  // v + 2·q×(q×v + w·v): the turn of v by the unit quaternion (qx, qy, qz, qw).
  const cx = qy * z - qz * y + qw * x
  const cy = qz * x - qx * z + qw * y
  const cz = qx * y - qy * x + qw * z
  let ox = x + 2 * (qy * cz - qz * cy)
  let oy = y + 2 * (qz * cx - qx * cz)
  let oz = z + 2 * (qx * cy - qy * cx)
  if (h === 1) {
    // Translation 2·(w·d − dw·q + q×d), with the dual part d scaled like the real part.
    const dx = _b[4]! / len
    const dy = _b[5]! / len
    const dz = _b[6]! / len
    const dw = _b[7]! / len
    ox += 2 * (qw * dx - dw * qx + qy * dz - qz * dy)
    oy += 2 * (qw * dy - dw * qy + qz * dx - qx * dz)
    oz += 2 * (qw * dz - dw * qz + qx * dy - qy * dx)
  }
  out[o] = ox
  out[o + 1] = oy
  out[o + 2] = oz
}

/** Dual quaternions of just the joints vertex `i` uses, laid out by joint index (the rest left 0). */
function vertexQuaternions(binding: SkinBinding, transforms: readonly Mat4[], i: number): Float64Array {
  const dq = new Float64Array(transforms.length * DUAL_QUATERNION_SIZE)
  for (let k = 0; k < SKIN_INFLUENCES; k++) {
    if (binding.weights[i * SKIN_INFLUENCES + k] === 0) continue
    const j = binding.joints[i * SKIN_INFLUENCES + k]!
    dualQuaternionOf(transforms[j]!, dq, j * DUAL_QUATERNION_SIZE)
  }
  return dq
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
  blend(source, binding, vertexQuaternions(binding, transforms, i), i, h, v, 0)
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
  const dq = dualQuaternionsOf(transforms)
  for (let i = 0; i < n; i++) blend(rest, binding, dq, i, 1, out, i * 3)
  return out
}
