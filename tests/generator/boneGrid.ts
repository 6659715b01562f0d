import type { LoadedStructure } from '../../generator/measure/loadModel'
import { pointTriangleDistance, triangleAt } from '../../src/anatomy/triangles'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * Bone meshes bucketed for the clearance test's many point queries: distance to the mesh (3D
 * cells) and inside-or-out by a majority of three axis rays (2D columns), which is sturdier than
 * one ray when a sample grazes an edge.
 */

/** Cell size (mm) of the triangle grids. */
export const CELL = 4
/** Samples farther than this from a bone's bounding box cannot touch it. */
export const REACH = 20

/** A bone mesh bucketed for fast queries: 3D cells for distance, 2D columns along each axis for ray parity. */
export interface BoneGrid {
  readonly id: string
  readonly pos: Float64Array
  readonly idx: Uint32Array
  readonly lo: Vec3
  readonly hi: Vec3
  readonly dims: readonly [number, number, number]
  readonly cells: Map<number, number[]>
  /** Per ray axis (0 = X …): triangles by the cell of their projection onto the other two axes. */
  readonly columns: readonly Map<number, number[]>[]
  /** Visit stamps so a triangle in several cells is measured once per query. */
  readonly stamp: Int32Array
  visit: number
}

export function buildGrid(s: LoadedStructure): BoneGrid {
  const pos = s.world
  const idx = s.indices
  const lo: [number, number, number] = [Infinity, Infinity, Infinity]
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < pos.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, pos[i + k]!)
      hi[k] = Math.max(hi[k]!, pos[i + k]!)
    }
  }
  const dims = [0, 1, 2].map((k) => Math.floor((hi[k]! - lo[k]!) / CELL) + 1) as [number, number, number]
  const cells = new Map<number, number[]>()
  const columns = [new Map<number, number[]>(), new Map<number, number[]>(), new Map<number, number[]>()]
  const push = (m: Map<number, number[]>, key: number, t: number) => {
    const list = m.get(key)
    if (list) list.push(t)
    else m.set(key, [t])
  }
  for (let t = 0; t < idx.length; t += 3) {
    const c0 = [0, 0, 0]
    const c1 = [0, 0, 0]
    for (let k = 0; k < 3; k++) {
      const a = pos[idx[t]! * 3 + k]!
      const b = pos[idx[t + 1]! * 3 + k]!
      const c = pos[idx[t + 2]! * 3 + k]!
      c0[k] = Math.floor((Math.min(a, b, c) - lo[k]!) / CELL)
      c1[k] = Math.floor((Math.max(a, b, c) - lo[k]!) / CELL)
    }
    for (let x = c0[0]!; x <= c1[0]!; x++) {
      for (let y = c0[1]!; y <= c1[1]!; y++) {
        for (let z = c0[2]!; z <= c1[2]!; z++) push(cells, (x * dims[1] + y) * dims[2] + z, t)
      }
    }
    for (let axis = 0; axis < 3; axis++) {
      const u = (axis + 1) % 3
      const v = (axis + 2) % 3
      for (let i = c0[u]!; i <= c1[u]!; i++)
        for (let j = c0[v]!; j <= c1[v]!; j++) push(columns[axis]!, i * 4096 + j, t)
    }
  }
  return { id: s.id, pos, idx, lo, hi, dims, cells, columns, stamp: new Int32Array(idx.length / 3), visit: 0 }
}

export function boxDistance(g: BoneGrid, p: Vec3): number {
  let s = 0
  for (let k = 0; k < 3; k++) {
    const d = Math.max(g.lo[k]! - p[k]!, 0, p[k]! - g.hi[k]!)
    s += d * d
  }
  return Math.sqrt(s)
}

/** Crossings of the ray from p along +axis with the mesh, counted in p's column only. */
export function crossings(g: BoneGrid, p: Vec3, axis: number): number {
  const u = (axis + 1) % 3
  const v = (axis + 2) % 3
  const list = g.columns[axis]!.get(
    Math.floor((p[u]! - g.lo[u]!) / CELL) * 4096 + Math.floor((p[v]! - g.lo[v]!) / CELL),
  )
  if (!list) return 0
  const P = g.pos
  let n = 0
  for (const t of list) {
    const a = g.idx[t]! * 3
    const b = g.idx[t + 1]! * 3
    const c = g.idx[t + 2]! * 3
    // Barycentric weights of p's projection in the triangle's projection (signed areas).
    const au = P[a + u]! - p[u]!
    const av = P[a + v]! - p[v]!
    const bu = P[b + u]! - p[u]!
    const bv = P[b + v]! - p[v]!
    const cu = P[c + u]! - p[u]!
    const cv = P[c + v]! - p[v]!
    const wa = bu * cv - bv * cu
    const wb = cu * av - cv * au
    const wc = au * bv - av * bu
    if (!((wa > 0 && wb > 0 && wc > 0) || (wa < 0 && wb < 0 && wc < 0))) continue
    const hit = (wa * P[a + axis]! + wb * P[b + axis]! + wc * P[c + axis]!) / (wa + wb + wc)
    if (hit > p[axis]!) n++
  }
  return n
}

/** Inside a closed mesh: odd crossings, by a majority of three axis rays (robust to a ray grazing an edge). */
export function inside(g: BoneGrid, p: Vec3): boolean {
  if (boxDistance(g, p) > 0) return false
  let votes = 0
  for (let axis = 0; axis < 3; axis++) votes += crossings(g, p, axis) % 2
  return votes >= 2
}

/** Distance from p to the mesh, or `cap` if nothing is nearer (only cells within `cap` are searched). */
export function meshDistance(g: BoneGrid, p: Vec3, cap: number): number {
  if (boxDistance(g, p) >= cap) return cap
  const c0 = [0, 1, 2].map((k) => Math.max(0, Math.floor((p[k]! - cap - g.lo[k]!) / CELL)))
  const c1 = [0, 1, 2].map((k) => Math.min(g.dims[k]! - 1, Math.floor((p[k]! + cap - g.lo[k]!) / CELL)))
  const visit = ++g.visit
  let best = cap
  for (let x = c0[0]!; x <= c1[0]!; x++) {
    for (let y = c0[1]!; y <= c1[1]!; y++) {
      for (let z = c0[2]!; z <= c1[2]!; z++) {
        const list = g.cells.get((x * g.dims[1] + y) * g.dims[2] + z)
        if (!list) continue
        for (const t of list) {
          if (g.stamp[t / 3] === visit) continue
          g.stamp[t / 3] = visit
          best = Math.min(best, pointTriangleDistance(p, ...triangleAt(g.pos, g.idx, t)))
        }
      }
    }
  }
  return best
}
