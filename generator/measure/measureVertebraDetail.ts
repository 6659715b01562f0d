/**
 * Measurements of the vertebrae's posterior arch and of the column spacing, read back from the
 * written files: spinous process thickness, droop and tip height, canal width and depth, the
 * flatness of the transverse processes, and the T12–L1 body centre spacing. Every figure is taken
 * in the vertebra's own frame (origin at the body centre, +Y along its axis, +Z anterior).
 */
import { LEVELS, VERTEBRAE, VERTEBRA_DETAIL_RANGES as R, type Level } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { distance } from '../../src/anatomy/vec'
import { rayHit } from './geometry'
import type { LoadedSkeleton, LoadedStructure } from './loadModel'
import { need, row, type Measurement } from './rows'

/** Chord through the mesh at `p` along ±dir (p must be inside the solid, or in a hole it bounds). */
const chord = (s: LoadedStructure, p: Vec3, dir: Vec3): number =>
  rayHit(s.local, s.indices, p, dir) + rayHit(s.local, s.indices, p, [-dir[0], -dir[1], -dir[2]])

/** Vertical extent [min, max] of the vertices in a thin box |x| < hx, |z − z0| < hz. */
function verticalExtent(s: LoadedStructure, z0: number, hx: number, hz: number): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  const p = s.local
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i]!) < hx && Math.abs(p[i + 2]! - z0) < hz) {
      lo = Math.min(lo, p[i + 1]!)
      hi = Math.max(hi, p[i + 1]!)
    }
  }
  return [lo, hi]
}

/** Extents (y and z) of the vertices in a slab |x − x0| < hx: a section across a transverse process. */
function sectionExtent(s: LoadedStructure, x0: number, hx: number): { height: number; thickness: number } {
  let y0 = Infinity
  let y1 = -Infinity
  let z0 = Infinity
  let z1 = -Infinity
  const p = s.local
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i]! - x0) < hx) {
      y0 = Math.min(y0, p[i + 1]!)
      y1 = Math.max(y1, p[i + 1]!)
      z0 = Math.min(z0, p[i + 2]!)
      z1 = Math.max(z1, p[i + 2]!)
    }
  }
  return { height: y1 - y0, thickness: z1 - z0 }
}

/** The detail rows of one vertebra. */
function measureLevel(sk: LoadedSkeleton, level: Level): Measurement[] {
  const s = need(sk.structures.get(level), level)
  const t12 = level === 't12'
  const L = level.toUpperCase()
  const tip = need(sk.landmarks.get(`${level}_spinous_tip`), `${level}_spinous_tip`).local
  // Spinous process: its mid-line height 6 and 22 mm in front of the tip gives its slope; its
  // thickness is the left–right chord through the middle of the section 8 mm in front of the tip.
  const mid = (z: number) => {
    const [lo, hi] = verticalExtent(s, z, 2.5, 1.2)
    return { y: (lo + hi) / 2, h: hi - lo }
  }
  const near = mid(tip[2] + 6)
  const far = mid(tip[2] + 22)
  const droop = (Math.atan2(far.y - near.y, 16) * 180) / Math.PI
  const thick = chord(s, [0, mid(tip[2] + 8).y, tip[2] + 8], [1, 0, 0])
  // Canal: depth along the midline from the body's back to the laminae;
  // width left–right at its widest over the front half (between the pedicles).
  // The height is the highest, from the pedicles' level down, at which the laminae roof the
  // midline (above it the ray would leave through the interlaminar gap).
  const h = VERTEBRAE[LEVELS.indexOf(level)]!.bodyHeight
  let yc = 0.2 * h
  let wall = 0
  let depth = Infinity
  for (; yc > -0.3 * h; yc -= 1) {
    wall = rayHit(s.local, s.indices, [0, yc, 0], [0, 0, -1])
    depth = rayHit(s.local, s.indices, [0, yc, -wall - 0.5], [0, 0, -1]) + 0.5
    if (depth < 30) break
  }
  // the widest chord over the front half: the interpedicular width, as on a radiograph
  let width = 0
  for (let f = 0.05; f <= 0.5; f += 0.05) width = Math.max(width, chord(s, [0, yc, -wall - f * depth], [1, 0, 0]))
  // Transverse process: the section 10 mm (T12: 4 mm) medial of the left tip.
  const tp = need(sk.landmarks.get(`${level}_transverse_tip_l`), `${level}_transverse_tip_l`).local
  const sec = sectionExtent(s, tp[0] - (t12 ? 4 : 10), 1)
  return [
    row(`${L}: spinous thickness (mediolateral)`, thick, t12 ? R.spinousThicknessT12 : R.spinousThickness),
    row(`${L}: spinous angle below horizontal`, droop, t12 ? R.spinousDroopT12 : R.spinousDroop),
    row(`${L}: spinous height at the tip end`, near.h, t12 ? R.spinousTipHeightT12 : R.spinousTipHeight),
    row(`${L}: canal width`, width, R.canalWidth),
    row(`${L}: canal depth (midline)`, depth, R.canalDepth),
    row(`${L}: canal width / depth`, width / depth, t12 ? R.canalWidthToDepthT12 : R.canalWidthToDepth),
    row(
      `${L}: transverse height / thickness`,
      sec.height / sec.thickness,
      t12 ? R.transverseFlatnessT12 : R.transverseFlatness,
    ),
  ]
}

/**
 * The posterior-arch detail of every vertebra and the T12–L1 body centre spacing, each beside its
 * range in `VERTEBRA_DETAIL_RANGES`.
 */
export function measureVertebraDetail(sk: LoadedSkeleton): Measurement[] {
  const rows = LEVELS.flatMap((l) => measureLevel(sk, l))
  const c = (id: string) => need(sk.landmarks.get(id), id).world
  rows.push(row('T12–L1 body centre spacing', distance(c('t12_body_centre'), c('l1_body_centre')), R.t12l1Spacing))
  return rows
}
