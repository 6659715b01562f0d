import type { Vec3 } from './types'

/**
 * Minimal 4×4 rigid-transform maths for the posture rig, without three.js (the rig also runs in
 * Node for the report and the tests). Matrices are column-major like glTF and three.js
 * (`Matrix4.fromArray`): element (row r, column c) is at index `c * 4 + r`, translation at 12–14.
 */
export type Mat4 = readonly number[]

/** The identity transform. */
export const IDENTITY: Mat4 = Object.freeze([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])

/** A fresh identity matrix. */
export const identity = (): number[] => [...IDENTITY]

/** Product a · b (apply b first, then a). */
export function multiply(a: Mat4, b: Mat4): number[] {
  const out = new Array<number>(16)
  for (let c = 0; c < 4; c++) {
    const b0 = b[c * 4]!
    const b1 = b[c * 4 + 1]!
    const b2 = b[c * 4 + 2]!
    const b3 = b[c * 4 + 3]!
    for (let r = 0; r < 4; r++) {
      out[c * 4 + r] = a[r]! * b0 + a[4 + r]! * b1 + a[8 + r]! * b2 + a[12 + r]! * b3
    }
  }
  return out
}

/** Translation by t. */
export const translation = (t: Vec3): number[] => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, t[0], t[1], t[2], 1]

/**
 * Rotation by `deg` degrees about the +X axis through `pivot` (right-handed: +Y turns towards +Z,
 * i.e. the top of a segment goes forward).
 */
export function rotationX(deg: number, pivot: Vec3 = [0, 0, 0]): number[] {
  const a = (deg * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  // R · (p − pivot) + pivot: the translation part is pivot − R · pivot.
  const [, py, pz] = pivot
  return [1, 0, 0, 0, 0, c, s, 0, 0, -s, c, 0, 0, py - (c * py - s * pz), pz - (s * py + c * pz), 1]
}

/** Rotation by `deg` degrees about the +Z axis through `pivot` (right-handed: +X turns towards +Y). */
export function rotationZ(deg: number, pivot: Vec3 = [0, 0, 0]): number[] {
  const a = (deg * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  const [px, py] = pivot
  return [c, s, 0, 0, -s, c, 0, 0, 0, 0, 1, 0, px - (c * px - s * py), py - (s * px + c * py), 0, 1]
}

/** Apply a transform to a point. */
export const transformPoint = (m: Mat4, p: Vec3): Vec3 => [
  m[0]! * p[0] + m[4]! * p[1] + m[8]! * p[2] + m[12]!,
  m[1]! * p[0] + m[5]! * p[1] + m[9]! * p[2] + m[13]!,
  m[2]! * p[0] + m[6]! * p[1] + m[10]! * p[2] + m[14]!,
]

/**
 * Inverse of a rigid transform (rotation + translation): transpose the rotation and rotate the
 * negated translation. Cheaper and exact where a general inverse would not be needed.
 */
export function invertRigid(m: Mat4): number[] {
  const tx = m[12]!
  const ty = m[13]!
  const tz = m[14]!
  return [
    m[0]!,
    m[4]!,
    m[8]!,
    0,
    m[1]!,
    m[5]!,
    m[9]!,
    0,
    m[2]!,
    m[6]!,
    m[10]!,
    0,
    -(m[0]! * tx + m[1]! * ty + m[2]! * tz),
    -(m[4]! * tx + m[5]! * ty + m[6]! * tz),
    -(m[8]! * tx + m[9]! * ty + m[10]! * tz),
    1,
  ]
}

/** Millimetres in a metre: the rig and the data work in mm, three.js and glTF nodes in metres. */
export const MM_PER_M = 1000

/**
 * A copy of `m` with its translation multiplied by `k` (rotation untouched): `k = MM_PER_M` turns
 * a joint matrix in metres into the rig's millimetres, `k = 1 / MM_PER_M` the other way. The one
 * place where units change between the rig and a scene graph.
 */
export function scaleTranslation(m: ArrayLike<number>, k: number, out: number[] = new Array<number>(16)): number[] {
  for (let i = 0; i < 16; i++) out[i] = m[i]!
  out[12] = m[12]! * k
  out[13] = m[13]! * k
  out[14] = m[14]! * k
  return out
}
