import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles, type LoadedSkeleton, type LoadedStructure } from '../../generator/measure/loadModel'
import { invertRigid, transformPoint, type Mat4 } from '../../src/anatomy/mat4'
import { STRANDS } from '../../src/anatomy/muscles'
import { polylineLength, strandPath, strandRadius } from '../../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, lerpPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * The muscle strands against the generated bone meshes: attachments sit on their painted regions,
 * and no posed centreline passes through bone. Bones are queried in their own standing frame (the
 * sample point is taken back by the inverse pose transform), which is the same test as moving every
 * vertex by the pose transform, without rebuilding the acceleration grids per pose.
 */

/** Cell size (mm) of the triangle grids. */
const CELL = 4
/** Samples farther than this from a bone's bounding box cannot touch it. */
const REACH = 20
/** Centreline spacing and the stretch at each end that lies on the attachment surface. */
const STEP = 2
const END_SKIP = 6

/** A bone mesh bucketed for fast queries: 3D cells for distance, 2D columns along each axis for ray parity. */
interface BoneGrid {
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

function buildGrid(s: LoadedStructure): BoneGrid {
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

function boxDistance(g: BoneGrid, p: Vec3): number {
  let s = 0
  for (let k = 0; k < 3; k++) {
    const d = Math.max(g.lo[k]! - p[k]!, 0, p[k]! - g.hi[k]!)
    s += d * d
  }
  return Math.sqrt(s)
}

/** Crossings of the ray from p along +axis with the mesh, counted in p's column only. */
function crossings(g: BoneGrid, p: Vec3, axis: number): number {
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
function inside(g: BoneGrid, p: Vec3): boolean {
  if (boxDistance(g, p) > 0) return false
  let votes = 0
  for (let axis = 0; axis < 3; axis++) votes += crossings(g, p, axis) % 2
  return votes >= 2
}

/** Exact point–triangle distance (closest point by the triangle's Voronoi regions). */
function triangleDistance(p: Vec3, P: Float64Array, a: number, b: number, c: number): number {
  const ab = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!] as const
  const ac = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!] as const
  const ap = [p[0] - P[a]!, p[1] - P[a + 1]!, p[2] - P[a + 2]!] as const
  const dot = (x: readonly number[], y: readonly number[]) => x[0]! * y[0]! + x[1]! * y[1]! + x[2]! * y[2]!
  const at = (s: number, t: number) =>
    Math.hypot(ap[0] - s * ab[0] - t * ac[0], ap[1] - s * ab[1] - t * ac[1], ap[2] - s * ab[2] - t * ac[2])
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return at(0, 0)
  const bp = [p[0] - P[b]!, p[1] - P[b + 1]!, p[2] - P[b + 2]!]
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return at(1, 0)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0)
  const cp = [p[0] - P[c]!, p[1] - P[c + 1]!, p[2] - P[c + 2]!]
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return at(0, 1)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return at(1 - w, w)
  }
  const denom = 1 / (va + vb + vc)
  return at(vb * denom, vc * denom)
}

/** Distance from p to the mesh, or `cap` if nothing is nearer (only cells within `cap` are searched). */
function meshDistance(g: BoneGrid, p: Vec3, cap: number): number {
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
          best = Math.min(best, triangleDistance(p, g.pos, g.idx[t]! * 3, g.idx[t + 1]! * 3, g.idx[t + 2]! * 3))
        }
      }
    }
  }
  return best
}

/** Centreline samples every ~STEP mm, skipping END_SKIP mm at each end, with their fraction along the path. */
function samples(path: readonly Vec3[]): { p: Vec3; u: number }[] {
  const length = polylineLength(path)
  const out: { p: Vec3; u: number }[] = []
  let travelled = 0
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!
    const b = path[i]!
    const seg = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
    const n = Math.max(1, Math.ceil(seg / STEP))
    for (let k = i === 1 ? 0 : 1; k <= n; k++) {
      const d = travelled + (seg * k) / n
      if (d < END_SKIP || d > length - END_SKIP) continue
      const f = k / n
      out.push({ p: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f], u: d / length })
    }
    travelled += seg
  }
  return out
}

const POSES: Record<string, Pose> = {
  standing: STANDING,
  sitting: SITTING,
  stretch_l: stretchPose('l'),
  stretch_r: stretchPose('r'),
  stretch_both: stretchPose('both'),
  flex0: hipFlexionPose(0),
  flex30: hipFlexionPose(30),
  flex60: hipFlexionPose(60),
  flex90: hipFlexionPose(90),
  // The app animates through these: check halfway too.
  half_sitting: lerpPose(STANDING, SITTING, 0.5),
  half_stretch: lerpPose(STANDING, stretchPose('both'), 0.5),
}

let skeleton: LoadedSkeleton
let grids: BoneGrid[]

beforeAll(async () => {
  skeleton = await loadModelFiles('public/models')
  grids = [...skeleton.structures.values()].map(buildGrid)
})

describe('muscle attachments on the models', () => {
  /** Distance from p to the nearest vertex carrying region `region` on structure `bone`. */
  function distanceToRegion(bone: string, region: string, p: Vec3): number {
    const s = skeleton.structures.get(bone)
    if (!s) throw new Error(`no structure ${bone}`)
    const code = s.regionIds.indexOf(region) + 1
    if (code === 0 || !s.regions) throw new Error(`${bone} has no region ${region}`)
    let best = Infinity
    for (let i = 0; i < s.regions.length; i++) {
      if (s.regions[i] !== code) continue
      best = Math.min(best, Math.hypot(s.world[i * 3]! - p[0], s.world[i * 3 + 1]! - p[1], s.world[i * 3 + 2]! - p[2]))
    }
    return best
  }

  it('puts every origin and insertion within 3 mm of its attachment region', () => {
    for (const s of STRANDS) {
      const origin = s.points[0]!
      const insertion = s.points[s.points.length - 1]!
      expect(distanceToRegion(origin.bone, s.originRegion, origin.p), `${s.id} origin`).toBeLessThan(3)
      expect(distanceToRegion(insertion.bone, s.insertionRegion, insertion.p), `${s.id} insertion`).toBeLessThan(3)
    }
  })

  it('puts the wrap sphere on the femoral head centre', () => {
    for (const side of ['l', 'r'] as const) {
      const head = skeleton.landmarks.get(`femoral_head_centre_${side}`)!.world
      for (const s of STRANDS.filter((x) => x.side === side)) {
        expect(
          Math.hypot(...([0, 1, 2].map((k) => s.wrap!.centre[k]! - head[k]!) as [number, number, number])),
        ).toBeLessThan(1)
      }
    }
  })
})

describe('muscle clearance', () => {
  it('keeps every posed centreline out of bone, at least half its local radius clear', () => {
    const standingLength = new Map(STRANDS.map((s) => [s.id, polylineLength(strandPath(s, poseTransforms(STANDING)))]))
    const failures: string[] = []
    let checked = 0
    let tightest = { margin: Infinity, where: '' }
    for (const [poseName, pose] of Object.entries(POSES)) {
      const transforms = poseTransforms(pose)
      const back = new Map<string, Mat4>(grids.map((g) => [g.id, invertRigid(transforms[g.id]!)]))
      for (const s of STRANDS) {
        const path = strandPath(s, transforms)
        const length = polylineLength(path)
        for (const { p, u } of samples(path)) {
          const need = 0.5 * strandRadius(s, u, length, standingLength.get(s.id)!)
          for (const g of grids) {
            const q = transformPoint(back.get(g.id)!, p)
            if (boxDistance(g, q) > REACH) continue
            checked++
            const where = `${poseName} ${s.id} u=${u.toFixed(2)} at ${p.map((v) => v.toFixed(0)).join(',')} vs ${g.id}`
            if (inside(g, q)) {
              failures.push(`${where}: inside bone`)
              continue
            }
            const d = meshDistance(g, q, need + 1)
            if (d - need < tightest.margin) tightest = { margin: d - need, where }
            if (d < need) failures.push(`${where}: ${d.toFixed(1)} mm clear, needs ${need.toFixed(1)}`)
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000) // the samples really reached the bones
    expect(failures.slice(0, 20)).toEqual([])
    expect(tightest.margin).toBeGreaterThan(0)
  })

  it('detects a strand forced through bone (the check can fail)', () => {
    // A straight line from the L3 body's origin to the insertion cuts through the pelvis.
    const s = STRANDS.find((x) => x.id === 'psoas_major_l:l3_body')!
    const straight = [s.points[0]!.p, s.points[s.points.length - 1]!.p]
    const hits = samples(straight).filter(({ p }) => grids.some((g) => inside(g, p)))
    expect(hits.length).toBeGreaterThan(3)
  })
})
