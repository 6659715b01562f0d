import { pointTriangleDistance, rayTriangle, triangleAt } from '../../src/anatomy/triangles'
import type { Vec3 } from '../../src/anatomy/types'
import { cross, length, sub } from '../../src/anatomy/vec'

/** Hits nearer than this (mm) are the surface the ray starts on, not another one. */
const MIN_HIT = 1e-9

/**
 * Distance along a ray to the nearest triangle of a mesh in front of its origin (beyond
 * {@link MIN_HIT}), or Infinity. Positions are xyz triples, indices three per triangle.
 */
export function rayHit(positions: ArrayLike<number>, indices: ArrayLike<number>, origin: Vec3, dir: Vec3): number {
  let best = Infinity
  for (let t = 0; t < indices.length; t += 3) {
    const d = rayTriangle(positions, indices[t]!, indices[t + 1]!, indices[t + 2]!, origin, dir)
    if (d > MIN_HIT && d < best) best = d
  }
  return best
}

/** Whether a point is inside a closed mesh (odd number of crossings along a fixed skew ray). */
export function insideMesh(positions: ArrayLike<number>, indices: ArrayLike<number>, p: Vec3): boolean {
  const dir: Vec3 = [0.5773, 0.5774, 0.5775]
  let count = 0
  let origin = p
  for (let guard = 0; guard < 1000; guard++) {
    const d = rayHit(positions, indices, origin, dir)
    if (!Number.isFinite(d)) break
    count++
    origin = [origin[0] + dir[0] * (d + 1e-6), origin[1] + dir[1] * (d + 1e-6), origin[2] + dir[2] * (d + 1e-6)]
  }
  return count % 2 === 1
}

/** Distance from a point to the nearest triangle of a mesh (exact point–triangle distance). */
export function distanceToMesh(positions: ArrayLike<number>, indices: ArrayLike<number>, p: Vec3): number {
  let best = Infinity
  for (let t = 0; t < indices.length; t += 3) {
    best = Math.min(best, pointTriangleDistance(p, ...triangleAt(positions, indices, t)))
  }
  return best
}

/** Extent of vertices along a unit direction: [min, max] of the projections. */
export function extentAlong(positions: ArrayLike<number>, dir: Vec3, origin: Vec3 = [0, 0, 0]): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i < positions.length; i += 3) {
    const t =
      (positions[i]! - origin[0]) * dir[0] +
      (positions[i + 1]! - origin[1]) * dir[1] +
      (positions[i + 2]! - origin[2]) * dir[2]
    if (t < lo) lo = t
    if (t > hi) hi = t
  }
  return [lo, hi]
}

/** Centroid of the vertices whose projection on `dir` lies within `half` of `t`. */
export function sliceCentroid(positions: ArrayLike<number>, dir: Vec3, t: number, half = 2): Vec3 {
  let sx = 0
  let sy = 0
  let sz = 0
  let n = 0
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!
    const y = positions[i + 1]!
    const z = positions[i + 2]!
    if (Math.abs(x * dir[0] + y * dir[1] + z * dir[2] - t) > half) continue
    sx += x
    sy += y
    sz += z
    n++
  }
  return [sx / n, sy / n, sz / n]
}

/** Edge statistics of an indexed mesh: closed 2-manifold means every directed edge appears once and its twin once. */
export function manifoldReport(
  indices: ArrayLike<number>,
  positions: ArrayLike<number>,
): {
  edges: number
  boundaryEdges: number
  nonManifoldEdges: number
  degenerateTriangles: number
  eulerCharacteristic: number
} {
  const directed = new Map<string, number>()
  let degenerate = 0
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t]!, indices[t + 1]!, indices[t + 2]!]
    const [a, b, c] = triangleAt(positions, indices, t)
    const cr = cross(sub(b, a), sub(c, a))
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2] || length(cr) < 1e-10) degenerate++
    for (let k = 0; k < 3; k++) {
      const key = `${v[k]},${v[(k + 1) % 3]}`
      directed.set(key, (directed.get(key) ?? 0) + 1)
    }
  }
  let boundary = 0
  let nonManifold = 0
  const undirected = new Set<string>()
  for (const [key, count] of directed) {
    const [a, b] = key.split(',')
    if (count > 1) nonManifold++
    if (!directed.has(`${b},${a}`)) boundary++
    undirected.add(Number(a) < Number(b) ? key : `${b},${a}`)
  }
  const verts = new Set<number>()
  for (let i = 0; i < indices.length; i++) verts.add(indices[i]!)
  return {
    edges: undirected.size,
    boundaryEdges: boundary,
    nonManifoldEdges: nonManifold,
    degenerateTriangles: degenerate,
    eulerCharacteristic: verts.size - undirected.size + indices.length / 3,
  }
}

/**
 * Share of vertices whose normal (as the file carries it) points more than `maxDeg` away from the
 * mesh's own area-weighted vertex normal. The bones' normals come from their fields' gradients; a
 * kink in a field puts single vertices' normals askew, which shows as bright or dark speckled
 * triangles on a smooth surface.
 */
export function offNormalShare(
  indices: ArrayLike<number>,
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  maxDeg = 30,
): number {
  const acc = new Float64Array(positions.length)
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = triangleAt(positions, indices, t)
    const n = cross(sub(b, a), sub(c, a))
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]! * 3
      acc[v] = acc[v]! + n[0]
      acc[v + 1] = acc[v + 1]! + n[1]
      acc[v + 2] = acc[v + 2]! + n[2]
    }
  }
  const cos = Math.cos((maxDeg * Math.PI) / 180)
  let off = 0
  const count = positions.length / 3
  for (let v = 0; v < count; v++) {
    const i = v * 3
    const l = Math.hypot(acc[i]!, acc[i + 1]!, acc[i + 2]!)
    const d = (acc[i]! * normals[i]! + acc[i + 1]! * normals[i + 1]! + acc[i + 2]! * normals[i + 2]!) / (l || 1)
    if (d < cos) off++
  }
  return off / count
}
