import type { Facing, LevelRef, PainPattern, PainSide, PainZone, PointRef, ZoneShape } from './painTypes'
import type { Side, Vec3 } from './types'
import { cross, dot, length, mirrorX, normalize, sub } from './vec'

/**
 * Pure evaluation of the referred-pain zones (`painPatterns.ts`) at points on a body surface. No
 * three.js: the app passes typed arrays of skin positions and normals, tests pass synthetic points.
 *
 * Evaluate on the standing (bind-pose) skin: zones are described from standing landmark
 * positions, and the skinned mesh carries the per-vertex values into any pose.
 *
 * Every zone is written for the patient's LEFT side (+X lateral). A right-side point is mirrored
 * (x → −x) onto the left, and the right-side landmarks are mirrored with it, so an asymmetric
 * skeleton still gets its own right-side geometry.
 */

/**
 * Standing positions (mm, pelvis frame) of the landmarks the zones name: the bone landmarks plus
 * `ankle_centre_l` / `ankle_centre_r` (from the skin file's landmark table, or `ankleCentre()`).
 */
export type BodyLandmarks = ReadonlyMap<string, Vec3>

/** Per-vertex intensities of one pattern (or a combination), each value in [0, 1]. */
export interface PatternFields {
  readonly essential: Float32Array
  readonly spillover: Float32Array
}

/** Intensities of one pattern at one point, each in [0, 1]. */
export interface PatternIntensity {
  readonly essential: number
  readonly spillover: number
}

const CM = 10

/** Hermite smoothstep: 0 at or below `e0`, 1 at or above `e1`, smooth between. */
export function smoothstep(e0: number, e1: number, x: number): number {
  if (e1 === e0) return x < e0 ? 0 : 1
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}

/** 1 inside a shape, fading to 0 at `edgeCm` outside it (`outsideCm` = distance outside, 0 if inside). */
const falloff = (outsideCm: number, edgeCm: number): number => 1 - smoothstep(0, edgeCm, outsideCm)

const FACING_DIRECTION: Readonly<Record<Exclude<Facing, 'any'>, Vec3>> = {
  posterior: [0, 0, -1],
  anterior: [0, 0, 1],
  lateral: [1, 0, 0],
  medial: [-1, 0, 0],
}

/**
 * Unit direction of a facing on the given side (lateral is +X on the left, −X on the right), or
 * `undefined` for `any`. The app uses it to drop trigger-point markers onto the skin.
 */
export function facingVector(facing: Facing, side: Side = 'l'): Vec3 | undefined {
  if (facing === 'any') return undefined
  const d = FACING_DIRECTION[facing]
  return side === 'l' ? d : mirrorX(d)
}

/**
 * How well a surface normal matches a zone's facing: 1 when the skin faces within about 65° of the
 * direction, 0 once it faces more than about 100° away, smooth between. Without it a band defined
 * by heights alone would also light the front of the body.
 */
export function facingWeight(facing: Facing, normal: Vec3): number {
  if (facing === 'any') return 1
  const len = length(normal)
  // A degenerate normal carries no direction: do not let it hide the zone.
  if (!(len > 0)) return 1
  return smoothstep(-0.2, 0.4, dot(normal, FACING_DIRECTION[facing]) / len)
}

function landmark(landmarks: BodyLandmarks, id: string): Vec3 {
  const p = landmarks.get(id)
  if (!p) throw new Error(`pain zones: landmark "${id}" is missing from the body landmarks`)
  return p
}

/** Standing height (Y, mm) of a level reference. */
export function levelOf(ref: LevelRef, landmarks: BodyLandmarks): number {
  return landmark(landmarks, ref.landmark)[1] + (ref.offsetCm ?? 0) * CM
}

/** Position (mm, left-side frame) of a point reference. */
export function pointOf(ref: PointRef, landmarks: BodyLandmarks): Vec3 {
  const p = landmark(landmarks, ref.landmark)
  const o = ref.offsetCm ?? [0, 0, 0]
  return [p[0] + o[0] * CM, p[1] + o[1] * CM, p[2] + o[2] * CM]
}

/**
 * The left-side view of the right side: every `_l` id answers with the mirrored `_r` landmark
 * (when the body has one), midline ids are unchanged. Evaluating a mirrored right-side point
 * against this view uses the right side's own geometry.
 */
export function mirroredLandmarks(landmarks: BodyLandmarks): BodyLandmarks {
  const out = new Map<string, Vec3>()
  for (const [id, p] of landmarks) {
    if (id.endsWith('_r')) continue
    const right = id.endsWith('_l') ? landmarks.get(`${id.slice(0, -2)}_r`) : undefined
    out.set(id, right ? mirrorX(right) : p)
  }
  return out
}

/**
 * The genital and perineal region, which no zone paints (pain-patterns.md §B.5: show such
 * referral only as text): returns 0 there, 1 elsewhere, with soft edges. The box lies within 2 cm
 * of the midline (fading out by 3 cm, so the femoral triangle on the upper inner thigh keeps its
 * paint), from 2 cm above the pubic tubercle to 12 cm below the symphysis, in front of the coccyx
 * tip.
 */
function noPaintMask(landmarks: BodyLandmarks): (p: Vec3) => number {
  const top = landmark(landmarks, 'pubic_tubercle_l')[1] + 2 * CM
  const bottom = landmark(landmarks, 'pubic_symphysis')[1] - 12 * CM
  const back = landmark(landmarks, 'coccyx_tip')[2]
  const fade = 1.5 * CM
  return (p) => {
    const inX = 1 - smoothstep(2 * CM, 3 * CM, Math.abs(p[0]))
    if (inX === 0) return 1
    const inY = smoothstep(bottom - fade, bottom, p[1]) * (1 - smoothstep(top, top + fade, p[1]))
    const inZ = smoothstep(back, back + fade, p[2])
    return 1 - inX * inY * inZ
  }
}

/** A zone shape with its landmarks resolved: (left-side point, normal) → shape membership in [0, 1]. */
type ShapeFn = (p: Vec3, n: Vec3) => number

function compileShape(shape: ZoneShape, edgeCm: number, landmarks: BodyLandmarks): ShapeFn {
  switch (shape.type) {
    case 'trunkBand': {
      const a = levelOf(shape.top, landmarks)
      const b = levelOf(shape.bottom, landmarks)
      const hi = Math.max(a, b)
      const lo = Math.min(a, b)
      const [from, to] = shape.lateralCm
      return (p, n) => {
        const dy = Math.max(0, p[1] - hi, lo - p[1]) / CM
        const lateral = Math.abs(p[0]) / CM
        const dx = Math.max(0, from - lateral, lateral - to)
        return falloff(Math.hypot(dx, dy), edgeCm) * facingWeight(shape.facing, n)
      }
    }
    case 'patch': {
      const c = pointOf(shape.centre, landmarks)
      // With a facing, the distance is measured across that direction only (a cylinder along
      // it): the patch then covers the same skin however deep the fat over the landmark is, and
      // the facing weight keeps it to the side of the body that faces that way.
      const axis = shape.facing === 'any' ? undefined : FACING_DIRECTION[shape.facing]
      return (p, n) => {
        const d: Vec3 = [p[0] - c[0], p[1] - c[1], p[2] - c[2]]
        const along = axis ? dot(d, axis) : 0
        const dist = Math.sqrt(Math.max(0, dot(d, d) - along * along)) / CM
        return falloff(Math.max(0, dist - shape.radiusCm), edgeCm) * facingWeight(shape.facing, n)
      }
    }
    case 'limbBand': {
      const thigh = shape.segment === 'thigh'
      const start = landmark(landmarks, thigh ? 'femoral_head_centre_l' : 'knee_centre_l')
      const end = landmark(landmarks, thigh ? 'knee_centre_l' : 'ankle_centre_l')
      const axis = sub(end, start)
      const len = length(axis)
      const u = normalize(axis)
      // Reference directions perpendicular to the axis: anterior (+Z) and lateral (+X on the left).
      const zOnAxis = u[2]
      const anterior = normalize([-zOnAxis * u[0], -zOnAxis * u[1], 1 - zOnAxis * u[2]])
      const lateral = normalize(cross(anterior, u))
      const [a0, a1] = shape.along
      const { centre, halfWidth } = shape.aroundDeg
      const centreEnd = shape.aroundDeg.centreEnd ?? centre
      return (p) => {
        const rel = sub(p, start)
        const s = dot(rel, u)
        const t = s / len
        const radial: Vec3 = [rel[0] - u[0] * s, rel[1] - u[1] * s, rel[2] - u[2] * s]
        const r = length(radial)
        const angle = (Math.atan2(dot(radial, lateral), dot(radial, anterior)) * 180) / Math.PI
        const k = a1 === a0 ? 0 : Math.min(1, Math.max(0, (t - a0) / (a1 - a0)))
        const c = centre + (centreEnd - centre) * k
        const offDeg = Math.max(0, Math.abs(wrapDeg(angle - c)) - halfWidth)
        // Angles become arc length at the point's own radius, so the edge is the same width in cm
        // on a thick thigh as on a thin ankle.
        const arcCm = ((offDeg * Math.PI) / 180) * (r / CM)
        const alongCm = (Math.max(0, a0 - t, t - a1) * len) / CM
        return falloff(Math.hypot(arcCm, alongCm), edgeCm)
      }
    }
  }
}

/** An angle wrapped into (−180, 180]. */
function wrapDeg(a: number): number {
  const w = ((((a + 180) % 360) + 360) % 360) - 180
  return w === -180 ? 180 : w
}

/** A zone compiled against one set of landmarks: (left-side point, normal) → intensity in [0, 1]. */
type ZoneFn = (p: Vec3, n: Vec3) => number

function compileZone(zone: PainZone, landmarks: BodyLandmarks): ZoneFn {
  const shape = compileShape(zone.shape, zone.edgeCm, landmarks)
  const mask = noPaintMask(landmarks)
  return (p, n) => {
    const v = shape(p, n)
    return v === 0 ? 0 : zone.weight * v * mask(p)
  }
}

/**
 * Intensity of one zone at a LEFT-side point, in [0, 1]: the zone's weight inside its shape,
 * fading to 0 over `edgeCm` outside it (smoothstep), times how well the surface `normal` matches
 * the zone's facing, and 0 in the genital region.
 *
 * - trunk band: height between the two levels, distance from the midline |x| within `lateralCm`;
 * - limb band: `along` = projection on the segment axis as a fraction of its length,
 *   `aroundDeg` = angle of the point around the axis (0 anterior, 90 lateral, 180 posterior,
 *   −90 medial), the angular edge converted to arc length at the point's radius;
 * - patch: distance from the centre point, measured across the facing direction (so the depth
 *   of the skin over the landmark does not matter); a true sphere for facing `any`.
 *
 * @param point skin position, mm, standing pelvis frame
 * @param normal outward surface normal (need not be unit length)
 */
export function zoneIntensity(zone: PainZone, point: Vec3, normal: Vec3, landmarks: BodyLandmarks): number {
  return compileZone(zone, landmarks)(point, normal)
}

/** One side's compiled zones, evaluating left-side points. */
interface SideEvaluator {
  readonly essential: readonly ZoneFn[]
  readonly spillover: readonly ZoneFn[]
}

function compileSide(pattern: PainPattern, landmarks: BodyLandmarks, withBothSidesOnly: boolean): SideEvaluator {
  const zones = pattern.zones.filter((z) => withBothSidesOnly || !z.bothSidesOnly)
  return {
    essential: zones.filter((z) => z.kind === 'essential').map((z) => compileZone(z, landmarks)),
    spillover: zones.filter((z) => z.kind === 'spillover').map((z) => compileZone(z, landmarks)),
  }
}

const maxOf = (fns: readonly ZoneFn[], p: Vec3, n: Vec3): number => {
  let m = 0
  for (const f of fns) {
    const v = f(p, n)
    if (v > m) m = v
  }
  return m
}

/** (point, normal) → intensities of a pattern shown on `side`, landmarks already resolved. */
export type PatternEvaluator = (point: Vec3, normal: Vec3) => PatternIntensity

/**
 * Compile a pattern for one side choice; call the result once per point. Rules:
 * - `'l'`: left-side zones at the point; no point with x ≤ 0 ever lights;
 * - `'r'`: the mirror image (point, normal and right-side landmarks mirrored onto the left);
 * - `'both'`: every point is folded onto its own side (no midline fade, so the two halves meet
 *   without a seam), and the `bothSidesOnly` zones are included.
 * Each kind takes the maximum over its zones.
 */
export function patternEvaluator(pattern: PainPattern, side: PainSide, landmarks: BodyLandmarks): PatternEvaluator {
  const both = side === 'both'
  const left = side === 'r' ? undefined : compileSide(pattern, landmarks, both)
  const right = side === 'l' ? undefined : compileSide(pattern, mirroredLandmarks(landmarks), both)
  const zero: PatternIntensity = { essential: 0, spillover: 0 }
  return (point, normal) => {
    const onLeft = point[0] >= 0
    const ev = both ? (onLeft ? left : right) : side === 'l' ? left : right
    if (!ev) return zero
    const p = ev === left ? point : mirrorX(point)
    const n = ev === left ? normal : mirrorX(normal)
    // Referral is ipsilateral: a one-sided pattern stops at the midline. The cut is hard, but on a
    // mesh the colour interpolates across the triangles that straddle x = 0, which softens it; a
    // wider fade would also dim the inner knees, which come within a few mm of the midline.
    if (!both && !(p[0] > 0)) return zero
    return { essential: maxOf(ev.essential, p, n), spillover: maxOf(ev.spillover, p, n) }
  }
}

/**
 * Intensities of a pattern at one skin point: the maximum over its essential zones and over its
 * spillover zones, for the side(s) shown (rules in `patternEvaluator`).
 */
export function patternIntensity(
  pattern: PainPattern,
  side: PainSide,
  point: Vec3,
  normal: Vec3,
  landmarks: BodyLandmarks,
): PatternIntensity {
  return patternEvaluator(pattern, side, landmarks)(point, normal)
}

/**
 * Per-vertex intensities of a pattern on a mesh.
 *
 * @param positions xyz per vertex, mm, standing pelvis frame
 * @param normals xyz per vertex (outward)
 */
export function patternFields(
  pattern: PainPattern,
  side: PainSide,
  positions: Float32Array,
  normals: Float32Array,
  landmarks: BodyLandmarks,
): PatternFields {
  const count = Math.floor(positions.length / 3)
  if (normals.length < count * 3) throw new Error('pain zones: fewer normals than positions')
  const evaluate = patternEvaluator(pattern, side, landmarks)
  const essential = new Float32Array(count)
  const spillover = new Float32Array(count)
  for (let i = 0; i < count; i++) {
    const j = i * 3
    const v = evaluate(
      [positions[j]!, positions[j + 1]!, positions[j + 2]!],
      [normals[j]!, normals[j + 1]!, normals[j + 2]!],
    )
    essential[i] = v.essential
    spillover[i] = v.spillover
  }
  return { essential, spillover }
}

/**
 * Several patterns shown at once, per vertex: the maximum of each kind over the patterns. Max,
 * not a probabilistic union (1 − Π(1 − w)): two overlapping spillover zones stay spillover rather
 * than adding up to an essential-looking value, and 1 keeps meaning "essential area of at least
 * one of the muscles shown". An empty list gives empty fields.
 */
export function combineFields(fields: readonly PatternFields[]): PatternFields {
  const count = fields[0]?.essential.length ?? 0
  const essential = new Float32Array(count)
  const spillover = new Float32Array(count)
  for (const f of fields) {
    if (f.essential.length !== count || f.spillover.length !== count) {
      throw new Error('pain zones: fields to combine have different vertex counts')
    }
    for (let i = 0; i < count; i++) {
      if (f.essential[i]! > essential[i]!) essential[i] = f.essential[i]!
      if (f.spillover[i]! > spillover[i]!) spillover[i] = f.spillover[i]!
    }
  }
  return { essential, spillover }
}
