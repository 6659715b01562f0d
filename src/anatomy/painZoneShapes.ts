import { catmullRom, outsideEllipse, outsideTaperedPolyline } from './painCurves'
import type { LimbNode, PainZone, SurfaceFacing, ZoneShape } from './painTypes'
import {
  FACING_DIRECTION,
  facingWeight,
  landmarkOf,
  levelOf,
  MM_PER_CM,
  pointOf,
  type BodyLandmarks,
} from './painReferences'
import { clamp, smoothstep } from './scalar'
import type { Vec3 } from './types'
import { cross, deg, dot, length, normalize, rad, sub } from './vec'

/**
 * One pain zone as a function of a skin point: its shape (surface strip, oval or limb strip; the
 * older trunk band, limb band and round patch), from the body's landmarks, the soft edge around
 * it, the facing weight, the midline gap and the genital mask. Points
 * and landmarks are in the left-side frame (`painReferences.ts`); `painZones.ts` combines zones
 * into patterns and handles the sides.
 */

const CM = MM_PER_CM

/** 1 inside a shape, fading to 0 at `edgeCm` outside it (`outsideCm` = distance outside, 0 if inside). */
const falloff = (outsideCm: number, edgeCm: number): number => 1 - smoothstep(0, edgeCm, outsideCm)

/**
 * The genital and perineal region, which no zone paints (pain-patterns.md §B.5: show such
 * referral only as text): returns 0 there, 1 elsewhere, with soft edges. The box lies within 2 cm
 * of the midline (fading out by 3 cm, so the femoral triangle on the upper inner thigh keeps its
 * paint), from 2 cm above the pubic tubercle to 12 cm below the symphysis, in front of the coccyx
 * tip.
 */
function noPaintMask(landmarks: BodyLandmarks): (p: Vec3) => number {
  const top = landmarkOf(landmarks, 'pubic_tubercle_l')[1] + 2 * CM
  const bottom = landmarkOf(landmarks, 'pubic_symphysis')[1] - 12 * CM
  const back = landmarkOf(landmarks, 'coccyx_tip')[2]
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

/** Width over which a zone fades in beyond its midline gap, cm. */
export const MIDLINE_FADE_CM = 1

/** Pieces per span when a centre curve is smoothed through its nodes (a few mm apart on the body). */
const CURVE_STEPS = 6

/**
 * A limb segment's axis and the directions around it. Thigh: femoral head centre → knee centre;
 * leg: knee centre → ankle centre. Angles are measured from `anterior` (the +Z direction made
 * perpendicular to the axis) towards `lateral` (+X on the left).
 */
interface LimbFrame {
  readonly start: Vec3
  readonly u: Vec3
  readonly len: number
  readonly anterior: Vec3
  readonly lateral: Vec3
}

function limbFrame(segment: 'thigh' | 'leg', landmarks: BodyLandmarks): LimbFrame {
  const thigh = segment === 'thigh'
  const start = landmarkOf(landmarks, thigh ? 'femoral_head_centre_l' : 'knee_centre_l')
  const end = landmarkOf(landmarks, thigh ? 'knee_centre_l' : 'ankle_centre_l')
  const axis = sub(end, start)
  const u = normalize(axis)
  const zOnAxis = u[2]
  const anterior = normalize([-zOnAxis * u[0], -zOnAxis * u[1], 1 - zOnAxis * u[2]])
  return { start, u, len: length(axis), anterior, lateral: normalize(cross(anterior, u)) }
}

/** A point in a limb frame: mm along the axis from its start, mm from the axis, degrees around it. */
interface LimbCoords {
  readonly alongMm: number
  readonly radiusMm: number
  readonly angleDeg: number
}

function limbCoords(f: LimbFrame, p: Vec3): LimbCoords {
  const rel = sub(p, f.start)
  const s = dot(rel, f.u)
  const radial: Vec3 = [rel[0] - f.u[0] * s, rel[1] - f.u[1] * s, rel[2] - f.u[2] * s]
  return {
    alongMm: s,
    radiusMm: length(radial),
    angleDeg: deg(Math.atan2(dot(radial, f.lateral), dot(radial, f.anterior))),
  }
}

/**
 * The plane a surface shape is measured in: two unit directions across the facing (the first
 * horizontal, the second up).
 */
function planeAcross(facing: SurfaceFacing): readonly [Vec3, Vec3] {
  const d = FACING_DIRECTION[facing]
  const across: Vec3 = d[2] !== 0 ? [1, 0, 0] : [0, 0, 1]
  return [across, [0, 1, 0]]
}

/** How a zone fades in beyond a midline gap: 0 within `gapCm` of the midline, 1 from a centimetre further out. */
const midlineGate = (gapCm: number | undefined, xMm: number): number =>
  gapCm === undefined ? 1 : smoothstep(gapCm * CM, (gapCm + MIDLINE_FADE_CM) * CM, Math.abs(xMm))

/**
 * A limb strip's centre curve in unrolled-limb coordinates: x = angle around the limb (radians,
 * unwrapped so the curve has no jump), y = cm along the limb from the femoral head (thigh length,
 * then along the leg), half-width in cm.
 */
function limbStripCurve(path: readonly LimbNode[], thighCm: number, legCm: number) {
  let prev: number | undefined
  const nodes = path.map((n): [number, number, number] => {
    // Each node's angle is taken within half a turn of the one before it.
    const a = prev === undefined ? n.aroundDeg : prev + wrapDeg(n.aroundDeg - prev)
    prev = a
    const alongCm = n.segment === 'thigh' ? n.along * thighCm : thighCm + n.along * legCm
    return [rad(a), alongCm, n.halfWidthCm]
  })
  return catmullRom(nodes, CURVE_STEPS)
}

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
      const f = limbFrame(shape.segment, landmarks)
      const [a0, a1] = shape.along
      const { centre, halfWidth } = shape.aroundDeg
      const centreEnd = shape.aroundDeg.centreEnd ?? centre
      return (p) => {
        const { alongMm, radiusMm, angleDeg } = limbCoords(f, p)
        const t = alongMm / f.len
        const k = a1 === a0 ? 0 : clamp((t - a0) / (a1 - a0), 0, 1)
        const c = centre + (centreEnd - centre) * k
        const offDeg = Math.max(0, Math.abs(wrapDeg(angleDeg - c)) - halfWidth)
        // Angles become arc length at the point's own radius, so the edge is the same width in cm
        // on a thick thigh as on a thin ankle.
        const arcCm = rad(offDeg) * (radiusMm / CM)
        const alongCm = (Math.max(0, a0 - t, t - a1) * f.len) / CM
        return falloff(Math.hypot(arcCm, alongCm), edgeCm)
      }
    }
    case 'strip': {
      const [e1, e2] = planeAcross(shape.facing)
      const line = catmullRom(
        shape.path.map((node): [number, number, number] => {
          const c = pointOf(node.at, landmarks)
          return [dot(c, e1) / CM, dot(c, e2) / CM, node.halfWidthCm]
        }),
        CURVE_STEPS,
      )
      // A box around the band and its edge: most of the skin is rejected before the curve.
      const reach = Math.max(...line.halfWidth) + edgeCm
      const [x0, x1] = [Math.min(...line.x) - reach, Math.max(...line.x) + reach]
      const [y0, y1] = [Math.min(...line.y) - reach, Math.max(...line.y) + reach]
      const gap = shape.midlineGapCm
      return (p, n) => {
        const u = dot(p, e1) / CM
        const v = dot(p, e2) / CM
        if (u < x0 || u > x1 || v < y0 || v > y1) return 0
        const out = outsideTaperedPolyline(line, u, v)
        return falloff(Math.max(0, out), edgeCm) * facingWeight(shape.facing, n) * midlineGate(gap, p[0])
      }
    }
    case 'oval': {
      const [e1, e2] = planeAcross(shape.facing)
      const c = pointOf(shape.centre, landmarks)
      const t = pointOf(shape.towards, landmarks)
      const ax = dot(t, e1) - dot(c, e1)
      const ay = dot(t, e2) - dot(c, e2)
      const len = Math.hypot(ax, ay)
      if (!(len > 0)) throw new Error('pain zones: an oval points towards its own centre')
      const [cx, cy] = [ax / len, ay / len]
      return (p, n) => {
        const du = (dot(p, e1) - dot(c, e1)) / CM
        const dv = (dot(p, e2) - dot(c, e2)) / CM
        const along = du * cx + dv * cy
        const across = dv * cx - du * cy
        const out = outsideEllipse(along, across, shape.alongCm, shape.acrossCm)
        return out >= edgeCm ? 0 : falloff(Math.max(0, out), edgeCm) * facingWeight(shape.facing, n)
      }
    }
    case 'limbStrip': {
      const thigh = limbFrame('thigh', landmarks)
      const leg = limbFrame('leg', landmarks)
      const thighCm = thigh.len / CM
      const line = limbStripCurve(shape.path, thighCm, leg.len / CM)
      const reach = Math.max(...line.halfWidth) + edgeCm
      const [s0, s1] = [Math.min(...line.y) - reach, Math.max(...line.y) + reach]
      let mean = 0
      for (const a of line.x) mean += a / line.x.length
      return (p) => {
        // A point belongs to the leg once it is past the knee along the leg's axis.
        const onLeg = dot(sub(p, leg.start), leg.u) > 0
        const f = onLeg ? leg : thigh
        const q = limbCoords(f, p)
        const alongCm = (onLeg ? thighCm : 0) + q.alongMm / CM
        if (alongCm < s0 || alongCm > s1) return 0
        // The point's angle is taken within half a turn of the curve's mean angle.
        const a = mean + rad(wrapDeg(q.angleDeg - deg(mean)))
        const out = outsideTaperedPolyline(line, a, alongCm, q.radiusMm / CM, 1)
        return falloff(Math.max(0, out), edgeCm)
      }
    }
  }
}

/** An angle wrapped into (−180, 180]. */
function wrapDeg(a: number): number {
  const w = ((((a + 180) % 360) + 360) % 360) - 180
  return w === -180 ? 180 : w
}

/** The genital mask of each landmark set, made once for all its zones. */
const MASKS = new WeakMap<BodyLandmarks, (p: Vec3) => number>()

/** A zone compiled against one set of landmarks: (left-side point, normal) → intensity in [0, 1]. */
export type ZoneFn = (p: Vec3, n: Vec3) => number

/** Resolve a zone's landmarks once; the result evaluates left-side points (see {@link zoneIntensity}). */
export function compileZone(zone: PainZone, landmarks: BodyLandmarks): ZoneFn {
  const shape = compileShape(zone.shape, zone.edgeCm, landmarks)
  let mask = MASKS.get(landmarks)
  if (!mask) MASKS.set(landmarks, (mask = noPaintMask(landmarks)))
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
 * - strip: distance, across the facing, from a Catmull–Rom centre curve through the nodes, less
 *   the half-width there (linear between nodes), times the midline gate when it has a gap;
 * - oval: distance across the facing outside an ellipse whose long axis points at `towards`;
 * - limb strip: the limb unrolled flat (cm along the thigh, then the leg; arc length around it at
 *   the point's own radius), distance from the centre curve less its half-width;
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
