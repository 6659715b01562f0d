import type { Vec3 } from '../../src/anatomy/types'

/**
 * Distance along a ray to the nearest triangle of a mesh (Möller–Trumbore), or Infinity.
 * Positions are xyz triples, indices three per triangle.
 */
export function rayHit(positions: ArrayLike<number>, indices: ArrayLike<number>, origin: Vec3, dir: Vec3): number {
  let best = Infinity
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const e1x = positions[b]! - positions[a]!
    const e1y = positions[b + 1]! - positions[a + 1]!
    const e1z = positions[b + 2]! - positions[a + 2]!
    const e2x = positions[c]! - positions[a]!
    const e2y = positions[c + 1]! - positions[a + 1]!
    const e2z = positions[c + 2]! - positions[a + 2]!
    const px = dir[1] * e2z - dir[2] * e2y
    const py = dir[2] * e2x - dir[0] * e2z
    const pz = dir[0] * e2y - dir[1] * e2x
    const det = e1x * px + e1y * py + e1z * pz
    if (Math.abs(det) < 1e-12) continue
    const inv = 1 / det
    const tx = origin[0] - positions[a]!
    const ty = origin[1] - positions[a + 1]!
    const tz = origin[2] - positions[a + 2]!
    const u = (tx * px + ty * py + tz * pz) * inv
    if (u < 0 || u > 1) continue
    const qx = ty * e1z - tz * e1y
    const qy = tz * e1x - tx * e1z
    const qz = tx * e1y - ty * e1x
    const v = (dir[0] * qx + dir[1] * qy + dir[2] * qz) * inv
    if (v < 0 || u + v > 1) continue
    const d = (e2x * qx + e2y * qy + e2z * qz) * inv
    if (d > 1e-9 && d < best) best = d
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
    const tri = [indices[t]! * 3, indices[t + 1]! * 3, indices[t + 2]! * 3].map(
      (o) => [positions[o]!, positions[o + 1]!, positions[o + 2]!] as Vec3,
    ) as [Vec3, Vec3, Vec3]
    best = Math.min(best, pointTriangleDistance(p, ...tri))
  }
  return best
}

function pointTriangleDistance(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  // Closest point by Voronoi regions of the triangle (standard construction).
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return len(ap)
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return len(bp)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return len(sub(ap, scale(ab, d1 / (d1 - d3))))
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return len(cp)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return len(sub(ap, scale(ac, d2 / (d2 - d6))))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return len(sub(bp, scale(sub(c, b), w)))
  }
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return len(sub(ap, add(scale(ab, v), scale(ac, w))))
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])

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
    const [a, b, c] = v.map((i) => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!] as Vec3) as [
      Vec3,
      Vec3,
      Vec3,
    ]
    const cr = cross(sub(b, a), sub(c, a))
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2] || len(cr) < 1e-10) degenerate++
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

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
