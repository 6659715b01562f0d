import {
  DISC_DIMENSIONS,
  FEMUR_RANGES,
  SKELETON_RANGES,
  VERTEBRAE,
  VERTEBRA_RANGES,
  type PublishedRange,
  type Vec3,
} from '../../src/anatomy'
import { angleBetween, cross, distance, dot, normalize, scale, sub } from '../../src/anatomy/vec'
import { FEMUR_GEOMETRY } from '../bones/femur'
import { extentAlong, rayHit, sliceCentroid } from './geometry'
import { measureHipDetail } from './measureHipDetail'
import { measureLowerLeg } from './measureLowerLeg'
import { measureRibs } from './measureRibs'
import { measureSacrum } from './measureSacrum'
import { measureVertebraDetail } from './measureVertebraDetail'
import type { LoadedSkeleton, LoadedStructure } from './loadModel'
import { need, row, type Measurement } from './rows'

export type { Measurement } from './rows'

const DISC_RANGE = (id: string): PublishedRange => DISC_DIMENSIONS.find((d) => `disc_${d.id}` === id)!.range

/** Measure one femur in its own frame: length, head, offset, trochanters, condyles. */
export function measureFemur(sk: LoadedSkeleton, side: 'l' | 'r'): Measurement[] {
  const f = need(sk.structures.get(`femur_${side}`), `femur_${side}`)
  const lm = (id: string) => need(sk.landmarks.get(`${id}_${side}`), `${id}_${side}`).local
  const head = lm('femoral_head_centre')
  const knee = lm('knee_centre')
  const down = normalize(sub(knee, head))
  const [lo, hi] = extentAlong(f.local, down, head)
  const length = hi - lo
  // Head: median distance from the centre of vertices on the far (medial) side of the head.
  const lateral = normalize(sub(lm('greater_trochanter_tip'), head))
  const dists: number[] = []
  for (let i = 0; i < f.local.length; i += 3) {
    const p: Vec3 = [f.local[i]!, f.local[i + 1]!, f.local[i + 2]!]
    const d = sub(p, head)
    const r = Math.hypot(...d)
    if (r < 30 && dot(d, lateral) < -0.5 * r) dists.push(r)
  }
  dists.sort((a, b) => a - b)
  const headDiameter = 2 * (dists[Math.floor(dists.length / 2)] ?? 0)
  // Shaft axis through slice centroids at 35% and 65% of the length below the head top.
  const c1 = sliceCentroid(f.local, down, lo + 0.35 * length)
  const c2 = sliceCentroid(f.local, down, lo + 0.65 * length)
  const axis = normalize(sub(c2, c1))
  const rel = sub(head, c1)
  const offset = Math.hypot(...sub(rel, scale(axis, dot(rel, axis))))
  const gtBelow = dot(sub(lm('greater_trochanter_tip'), head), down)
  const ltBelow = dot(sub(lm('lesser_trochanter'), head), down)
  const condylarWidth = distance(lm('medial_epicondyle'), lm('lateral_epicondyle'))
  const neck = neckSection(f, head, side)
  const bowRadius = shaftBowRadius(f, down, lo, length)
  const ltVersion = lesserTrochanterVersion(
    f,
    lm('lesser_trochanter'),
    down,
    lm('medial_epicondyle'),
    lm('lateral_epicondyle'),
  )
  const S = side.toUpperCase()
  return [
    row(`femur ${S}: maximum length`, length, FEMUR_RANGES.length),
    row(`femur ${S}: head diameter`, headDiameter, FEMUR_RANGES.headDiameter),
    row(`femur ${S}: femoral offset`, offset, FEMUR_RANGES.offset),
    row(`femur ${S}: GT tip below head centre`, gtBelow, FEMUR_RANGES.trochanterTipBelowHead),
    row(`femur ${S}: LT apex below head centre`, ltBelow, FEMUR_RANGES.lesserTrochanterBelowHead),
    row(`femur ${S}: epicondylar width`, condylarWidth, FEMUR_RANGES.condylarWidth),
    row(`femur ${S}: narrowest neck, superior–inferior`, neck.height, FEMUR_RANGES.neckHeight),
    row(`femur ${S}: narrowest neck, front to back`, neck.depth, FEMUR_RANGES.neckDepth),
    row(`femur ${S}: neck-to-head ratio`, neck.height / headDiameter, FEMUR_RANGES.neckToHead),
    row(`femur ${S}: shaft bow radius of curvature`, bowRadius, FEMUR_RANGES.shaftBowRadius),
    row(`femur ${S}: lesser-trochanter version`, ltVersion, FEMUR_RANGES.lesserTrochanterVersion),
  ]
}

/** Distance across a closed mesh through `p` along ±`dir` (two ray casts from inside). */
function across(s: LoadedStructure, p: Vec3, dir: Vec3): number {
  return rayHit(s.local, s.indices, p, dir) + rayHit(s.local, s.indices, p, scale(dir, -1))
}

/**
 * The femoral neck's narrowest cross-section: along the neck axis (the generator's design axis,
 * mirrored for the right), every millimetre from 12 to 45 mm from the head centre, the bone's
 * extent superior–inferior and front to back by ray casts from the axis; the section with the
 * least superior–inferior extent is the narrowest.
 */
function neckSection(f: LoadedStructure, head: Vec3, side: 'l' | 'r'): { height: number; depth: number } {
  const d = FEMUR_GEOMETRY.neckDirection
  const w = normalize([side === 'l' ? -d[0] : d[0], -d[1], -d[2]]) // head → shaft
  const v = normalize(sub([0, 1, 0], scale(w, w[1]))) // superior, across the neck
  const u = normalize(cross(v, w)) // front to back
  let best = { height: Infinity, depth: Infinity }
  for (let s = 12; s <= 45; s++) {
    const p: Vec3 = [head[0] + w[0] * s, head[1] + w[1] * s, head[2] + w[2] * s]
    const height = across(f, p, v)
    if (height < best.height) best = { height, depth: across(f, p, u) }
  }
  return best
}

/**
 * Radius of curvature of the shaft's anterior bow, from three slice centroids (25, 50 and 75 % of
 * the length below the top of the head): the circle through them, seen from the side.
 */
function shaftBowRadius(f: LoadedStructure, down: Vec3, top: number, length: number): number {
  const [a, b, c] = [0.25, 0.5, 0.75].map((t) => sliceCentroid(f.local, down, top + t * length, 3)) as [
    Vec3,
    Vec3,
    Vec3,
  ]
  // Sagittal plane: (along the axis, front–back z).
  const p = (q: Vec3): [number, number] => [dot(q, down), q[2]]
  const [[x1, y1], [x2, y2], [x3, y3]] = [p(a), p(b), p(c)]
  const ab = Math.hypot(x2 - x1, y2 - y1)
  const bc = Math.hypot(x3 - x2, y3 - y2)
  const ca = Math.hypot(x1 - x3, y1 - y3)
  const area2 = Math.abs((x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1))
  return (ab * bc * ca) / (2 * area2)
}

/**
 * Lesser-trochanter version: the angle, seen from above, between the medial direction (along the
 * epicondylar axis) and the line from the shaft's centre to the LT apex at its level; negative
 * when the LT points back (posteromedially), as it does.
 */
function lesserTrochanterVersion(f: LoadedStructure, lt: Vec3, down: Vec3, medialEpi: Vec3, lateralEpi: Vec3): number {
  const centre = sliceCentroid(f.local, down, dot(lt, down), 1.5)
  const out = sub(lt, centre)
  const medial = normalize(sub(medialEpi, lateralEpi))
  const m = out[0] * medial[0] + out[2] * medial[2]
  return (Math.atan2(out[2], m) * 180) / Math.PI
}

/** Pelvic widths and the hip centre relative to the ASIS (Bell's ratios). */
export function measurePelvis(sk: LoadedSkeleton): Measurement[] {
  const w = (id: string) => need(sk.landmarks.get(id), id).world
  const W = distance(w('asis_l'), w('asis_r'))
  const midAsis = scale(
    [w('asis_l')[0] + w('asis_r')[0], w('asis_l')[1] + w('asis_r')[1], w('asis_l')[2] + w('asis_r')[2]],
    0.5,
  )
  const hip = w('acetabulum_centre_l')
  return [
    row('pelvis: inter-ASIS distance', W, SKELETON_RANGES.interAsis),
    row('pelvis: inter-hip-centre distance', distance(hip, w('acetabulum_centre_r')), SKELETON_RANGES.interHip),
    row(
      'pelvis: hip centre posterior of mid-ASIS / W',
      (midAsis[2] - hip[2]) / W,
      SKELETON_RANGES.hipPosteriorOfAsisRatio,
    ),
    row(
      'pelvis: hip centre inferior of mid-ASIS / W',
      (midAsis[1] - hip[1]) / W,
      SKELETON_RANGES.hipInferiorOfAsisRatio,
    ),
    row(
      'pelvis: hip centre lateral of midline / W',
      Math.abs(hip[0] - midAsis[0]) / W,
      SKELETON_RANGES.hipLateralOfMidlineRatio,
    ),
    ...measureHipDetail(sk),
  ]
}

/** Distance through a closed mesh along ±dir from an inside point: the solid's thickness there. */
function through(s: LoadedStructure, dir: Vec3, from: Vec3 = [0, 0, 0]): number {
  const back: Vec3 = [-dir[0], -dir[1], -dir[2]]
  return rayHit(s.local, s.indices, from, dir) + rayHit(s.local, s.indices, from, back)
}

/** Vertebral bodies, transverse spans, disc heights, lordosis and pelvic incidence. */
export function measureSpine(sk: LoadedSkeleton): Measurement[] {
  const out: Measurement[] = []
  const spans: number[] = []
  for (const v of VERTEBRAE) {
    const s = need(sk.structures.get(v.level), v.level)
    const L = v.level.toUpperCase()
    const height = through(s, [0, 1, 0])
    // Width and depth as osteometry takes them: across the endplate (2 mm under its centre), not at the waist.
    const nearEndplate: Vec3 = [0, height / 2 - 2, 0]
    out.push(row(`${L}: body height (middle)`, height, VERTEBRA_RANGES.bodyHeight))
    out.push(row(`${L}: body width`, through(s, [1, 0, 0], nearEndplate), VERTEBRA_RANGES.bodyWidth))
    out.push(row(`${L}: body depth (midline)`, through(s, [0, 0, 1], nearEndplate), VERTEBRA_RANGES.bodyDepth))
    const [xl, xh] = extentAlong(s.local, [1, 0, 0])
    spans.push(xh - xl)
    out.push(
      row(`${L}: transverse-process span`, xh - xl, {
        min: v.level === 't12' ? 45 : 60,
        max: 105,
        unit: 'mm',
        source: { ref: 'lumbar transverse span 70–100 mm, longest at L3 (osteology); T12 short' },
      }),
    )
  }
  const l3 = spans[3]!
  out.push(
    row('L3 transverse span minus the longest other level', l3 - Math.max(...spans.filter((_, i) => i !== 3)), {
      min: 0,
      max: 40,
      unit: 'mm',
      source: { ref: 'issue 3: transverse processes longest at L3' },
    }),
  )
  for (const d of DISC_DIMENSIONS) {
    const s = need(sk.structures.get(`disc_${d.id}`), `disc_${d.id}`)
    out.push(
      row(
        `${d.id.replace('_', '/').toUpperCase()} disc: middle height`,
        through(s, [0, 1, 0]),
        DISC_RANGE(`disc_${d.id}`),
      ),
    )
  }
  const w = (id: string) => need(sk.landmarks.get(id), id).world
  // Sagittal angles from the endplate landmarks (all within 2 mm of their meshes).
  const t12 = sub(w('t12_endplate_superior_anterior'), w('t12_endplate_superior_posterior'))
  const s1 = sub(w('sacral_promontory'), w('s1_endplate_posterior'))
  const sagittal = (v: Vec3): Vec3 => [0, v[1], v[2]]
  out.push(row('lumbar lordosis T12–S1', angleBetween(sagittal(t12), sagittal(s1)), VERTEBRA_RANGES.lordosis))
  const s1Mid = scale(
    [
      w('sacral_promontory')[0] + w('s1_endplate_posterior')[0],
      w('sacral_promontory')[1] + w('s1_endplate_posterior')[1],
      w('sacral_promontory')[2] + w('s1_endplate_posterior')[2],
    ],
    0.5,
  )
  const hipMid = scale(
    [
      w('acetabulum_centre_l')[0] + w('acetabulum_centre_r')[0],
      w('acetabulum_centre_l')[1] + w('acetabulum_centre_r')[1],
      w('acetabulum_centre_l')[2] + w('acetabulum_centre_r')[2],
    ],
    0.5,
  )
  // Perpendicular to the S1 endplate, pointing into the sacrum (down and back).
  const perp = normalize(cross([1, 0, 0], sagittal(s1)))
  const inward: Vec3 = perp[1] < 0 ? perp : scale(perp, -1)
  out.push(row('pelvic incidence', angleBetween(inward, sagittal(sub(hipMid, s1Mid))), VERTEBRA_RANGES.pelvicIncidence))
  return out
}

/** Every measurement, for the generator's printed table and the contract tests. */
export function measureSkeleton(sk: LoadedSkeleton): Measurement[] {
  return [
    ...measureFemur(sk, 'l'),
    ...measureFemur(sk, 'r'),
    ...measureLowerLeg(sk, 'l'),
    ...measureLowerLeg(sk, 'r'),
    ...measurePelvis(sk),
    ...measureSacrum(sk),
    ...measureSpine(sk),
    ...measureRibs(sk),
    ...measureVertebraDetail(sk),
  ]
}

/** A plain-text table: measured value, published range, ok or OUT. */
export function formatReport(rows: readonly Measurement[]): string {
  const fmt = (v: number) => (Math.abs(v) < 1 ? v.toFixed(3) : v.toFixed(1))
  const lines = rows.map(
    (r) =>
      `${r.ok ? 'ok ' : 'OUT'}  ${r.name.padEnd(46)} ${fmt(r.value).padStart(7)} ${r.range.unit.padEnd(3)}  [${fmt(r.range.min)} – ${fmt(r.range.max)}]  ${r.range.source.ref}`,
  )
  return ['     dimension                                      measured      published range', ...lines].join('\n')
}
