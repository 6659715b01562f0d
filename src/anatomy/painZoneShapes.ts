import type { PainZone, ZoneShape } from './painTypes'
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
import { cross, dot, length, normalize, sub } from './vec'

/**
 * One pain zone as a function of a skin point: its shape (trunk band, limb band or patch, from
 * the body's landmarks), the soft edge around it, the facing weight and the genital mask. Points
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
      const start = landmarkOf(landmarks, thigh ? 'femoral_head_centre_l' : 'knee_centre_l')
      const end = landmarkOf(landmarks, thigh ? 'knee_centre_l' : 'ankle_centre_l')
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
        const k = a1 === a0 ? 0 : clamp((t - a0) / (a1 - a0), 0, 1)
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
export type ZoneFn = (p: Vec3, n: Vec3) => number

/** Resolve a zone's landmarks once; the result evaluates left-side points (see {@link zoneIntensity}). */
export function compileZone(zone: PainZone, landmarks: BodyLandmarks): ZoneFn {
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
