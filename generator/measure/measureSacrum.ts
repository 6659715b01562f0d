import { SACRUM_RANGES, type Vec3 } from '../../src/anatomy'
import { rayTriangle } from '../../src/anatomy/triangles'
import { TriangleGrid } from '../skin/triangleGrid'
import type { LoadedSkeleton, LoadedStructure } from './loadModel'
import { need, row, type Measurement } from './rows'

/** How close a sacrum vertex must be to the ilium to count as part of the joint, mm. */
const JOINT_REACH = 6

/**
 * The sacroiliac joint space: for every sacrum vertex on the lateral surface (|x| > 36 mm) within
 * JOINT_REACH of the hip bone on its side, that distance (the auricular surfaces face each other
 * across the joint). Returns the median and the 10th and 75th percentiles, mm: the upper quarter
 * is the joint's rim, where the two surfaces part on their way out of the window.
 */
export function sacroiliacGap(
  sacrum: LoadedStructure,
  hip: LoadedStructure,
  side: 'l' | 'r',
): [number, number, number] {
  const grid = new TriangleGrid(hip.world, hip.indices, 6)
  const gaps: number[] = []
  const p = sacrum.world
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!
    if ((side === 'l') !== x > 0 || Math.abs(x) <= 36) continue
    const d = grid.distance([x, p[i + 1]!, p[i + 2]!], JOINT_REACH)
    if (d < JOINT_REACH) gaps.push(d)
  }
  gaps.sort((a, b) => a - b)
  const at = (q: number): number => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? Infinity
  return [at(0.5), at(0.1), at(0.75)]
}

/** The sacrum's length and hollow, from the mesh. */
export interface SacralCurve {
  /** Promontory to apex, straight (mm). */
  readonly length: number
  /** Greatest depth of the midline front surface behind the promontory–apex chord (mm). */
  readonly hollow: number
  /** The apex: the midline point of the sacrum furthest from the promontory (mm). */
  readonly apex: Vec3
}

/**
 * The sacral curve measured on the mesh, in the midline: the chord runs from the promontory to
 * the apex, and rays cast backwards at right angles to it, every 2 % of its length from 10 % to
 * 90 %, find the front surface; the hollow is the deepest of them. The rays run 0.3 mm off the
 * midline, so none runs along the mirrored mesh's midline edges.
 */
export function sacralCurve(sacrum: LoadedStructure, promontory: Vec3): SacralCurve {
  const p = sacrum.world
  let apex: Vec3 = promontory
  let length = 0
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i]!) > 6) continue
    const d = Math.hypot(p[i + 1]! - promontory[1], p[i + 2]! - promontory[2])
    if (d > length) {
      length = d
      apex = [0, p[i + 1]!, p[i + 2]!]
    }
  }
  const u: Vec3 = [0, (apex[1] - promontory[1]) / length, (apex[2] - promontory[2]) / length]
  // At right angles to the chord in the sagittal plane, pointing back (−z).
  const back: Vec3 = -u[1] < 0 ? [0, u[2], -u[1]] : [0, -u[2], u[1]]
  const ahead = 20 // start this far in front of the chord, in case the surface bulges across it
  let hollow = -Infinity
  for (let f = 0.1; f <= 0.9 + 1e-9; f += 0.02) {
    const o: Vec3 = [
      0.3,
      promontory[1] + u[1] * f * length - back[1] * ahead,
      promontory[2] + u[2] * f * length - back[2] * ahead,
    ]
    let first = Infinity
    for (let t = 0; t < sacrum.indices.length; t += 3) {
      const hit = rayTriangle(p, sacrum.indices[t]!, sacrum.indices[t + 1]!, sacrum.indices[t + 2]!, o, back)
      if (hit > 0 && hit < first) first = hit
    }
    if (first < Infinity) hollow = Math.max(hollow, first - ahead)
  }
  return { length, hollow, apex }
}

/** The sacroiliac joints beside their published range: the gap and how even it is. */
export function measureSacrum(sk: LoadedSkeleton): Measurement[] {
  const sacrum = sk.structures.get('sacrum')
  if (!sacrum) throw new Error('missing sacrum')
  const rows: Measurement[] = []
  for (const side of ['l', 'r'] as const) {
    const hip = sk.structures.get(`hip_bone_${side}`)
    if (!hip) throw new Error(`missing hip_bone_${side}`)
    const [median, p10, p75] = sacroiliacGap(sacrum, hip, side)
    const S = side.toUpperCase()
    rows.push(row(`SI joint ${S}: gap, median`, median, SACRUM_RANGES.siGap))
    rows.push(row(`SI joint ${S}: gap, 10th percentile`, p10, SACRUM_RANGES.siGapEven))
    rows.push(row(`SI joint ${S}: gap, 75th percentile`, p75, SACRUM_RANGES.siGapEven))
  }
  const w = (id: string): Vec3 => need(sk.landmarks.get(id), `landmark ${id}`).world
  const promontory = w('sacral_promontory')
  const curve = sacralCurve(sacrum, promontory)
  rows.push(row('sacrum: length, promontory to apex', curve.length, SACRUM_RANGES.length))
  rows.push(row('sacrum: hollow of the front', curve.hollow, SACRUM_RANGES.hollow))
  const asisZ = (w('asis_l')[2] + w('asis_r')[2]) / 2
  rows.push(row('sacral promontory behind the ASIS plane', asisZ - promontory[2], SACRUM_RANGES.promontoryBehindAsis))
  rows.push(row('pelvic inlet: true conjugate', trueConjugate(sk, promontory), SACRUM_RANGES.trueConjugate))
  // Pelvic tilt: the line from the hip axis to the middle of the S1 endplate, from the vertical.
  const s1: Vec3 = [
    0,
    (promontory[1] + w('s1_endplate_posterior')[1]) / 2,
    (promontory[2] + w('s1_endplate_posterior')[2]) / 2,
  ]
  const hipY = (w('acetabulum_centre_l')[1] + w('acetabulum_centre_r')[1]) / 2
  const hipZ = (w('acetabulum_centre_l')[2] + w('acetabulum_centre_r')[2]) / 2
  const tilt = (Math.atan2(hipZ - s1[2], s1[1] - hipY) * 180) / Math.PI
  rows.push(row('pelvic tilt, standing', tilt, SACRUM_RANGES.pelvicTilt))
  return rows
}

/**
 * The anatomical (true) conjugate: from the promontory to the top of the symphysis, the highest
 * point of either pubic body within 6 mm of the midline.
 */
function trueConjugate(sk: LoadedSkeleton, promontory: Vec3): number {
  let top: Vec3 | null = null
  for (const side of ['l', 'r'] as const) {
    const p = need(sk.structures.get(`hip_bone_${side}`), `hip_bone_${side}`).world
    for (let i = 0; i < p.length; i += 3)
      if (Math.abs(p[i]!) < 6 && p[i + 2]! > 0 && (!top || p[i + 1]! > top[1])) top = [p[i]!, p[i + 1]!, p[i + 2]!]
  }
  if (!top) throw new Error('no pubic body near the midline')
  return Math.hypot(top[0] - promontory[0], top[1] - promontory[1], top[2] - promontory[2])
}
