import type { Vec3 } from './types'
import { add, distance, dot, scale, sub } from './vec'

/**
 * Triangle queries on indexed meshes (flat xyz positions, three indices per triangle), without
 * three.js: the generator measures its meshes with them in Node and the app picks the posed skin
 * with them in the browser, so both answer the same way.
 */

/** The corners of triangle `t` (the index of its first corner in `indices`, a multiple of 3). */
export function triangleAt(positions: ArrayLike<number>, indices: ArrayLike<number>, t: number): [Vec3, Vec3, Vec3] {
  const corner = (k: number): Vec3 => {
    const o = indices[t + k]! * 3
    return [positions[o]!, positions[o + 1]!, positions[o + 2]!]
  }
  return [corner(0), corner(1), corner(2)]
}

/**
 * The point of triangle abc nearest `p`, found by the Voronoi region of the triangle that `p`
 * falls in (corner, edge or face; Ericson, Real-Time Collision Detection §5.1.5). Exact, and
 * well-behaved for points far off the plane, where projecting and clipping would not be.
 */
export function closestPointOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return a
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return b
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return add(a, scale(ab, d1 / (d1 - d3)))
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return c
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return add(a, scale(ac, d2 / (d2 - d6)))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))))
  const denom = 1 / (va + vb + vc)
  return add(a, add(scale(ab, vb * denom), scale(ac, vc * denom)))
}

/** Exact distance from `p` to triangle abc (to its nearest point, {@link closestPointOnTriangle}). */
export const pointTriangleDistance = (p: Vec3, a: Vec3, b: Vec3, c: Vec3): number =>
  distance(p, closestPointOnTriangle(p, a, b, c))

/** Below this |det| the ray counts as parallel to the triangle's plane (mm³-scale meshes). */
const PARALLEL_DET = 1e-12

/**
 * Where the line `origin + t·dir` crosses triangle (ia, ib, ic) — vertex indices into the flat
 * `positions` — by Möller–Trumbore: returns t (negative behind the origin; callers decide which
 * side counts), or Infinity when the line misses the triangle or runs parallel to its plane.
 * When `bary` is given it receives the barycentric weights of the corners at the crossing.
 */
export function rayTriangle(
  positions: ArrayLike<number>,
  ia: number,
  ib: number,
  ic: number,
  origin: Vec3,
  dir: Vec3,
  bary?: [number, number, number],
): number {
  const a = ia * 3
  const b = ib * 3
  const c = ic * 3
  const ax = positions[a]!
  const ay = positions[a + 1]!
  const az = positions[a + 2]!
  const e1x = positions[b]! - ax
  const e1y = positions[b + 1]! - ay
  const e1z = positions[b + 2]! - az
  const e2x = positions[c]! - ax
  const e2y = positions[c + 1]! - ay
  const e2z = positions[c + 2]! - az
  const px = dir[1] * e2z - dir[2] * e2y
  const py = dir[2] * e2x - dir[0] * e2z
  const pz = dir[0] * e2y - dir[1] * e2x
  const det = e1x * px + e1y * py + e1z * pz
  if (Math.abs(det) < PARALLEL_DET) return Infinity
  const inv = 1 / det
  const tx = origin[0] - ax
  const ty = origin[1] - ay
  const tz = origin[2] - az
  const u = (tx * px + ty * py + tz * pz) * inv
  if (u < 0 || u > 1) return Infinity
  const qx = ty * e1z - tz * e1y
  const qy = tz * e1x - tx * e1z
  const qz = tx * e1y - ty * e1x
  const v = (dir[0] * qx + dir[1] * qy + dir[2] * qz) * inv
  if (v < 0 || u + v > 1) return Infinity
  if (bary) {
    bary[0] = 1 - u - v
    bary[1] = u
    bary[2] = v
  }
  return (e2x * qx + e2y * qy + e2z * qz) * inv
}
