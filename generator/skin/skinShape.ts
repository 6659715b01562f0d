/**
 * The body surface from the lower ribs to the ankles as one signed distance field (mm, standing,
 * negative inside), shaped around the skeleton. Built from:
 *
 * - the trunk: horizontal cross-sections (front and back half super-ellipses of their own depth)
 *   lofted along a height profile, with a midline groove between the paraspinal bulges, the PSIS
 *   dimples and a rounded lower end at the perineum;
 * - two buttocks (ellipsoids) blended into the trunk above and meeting the thigh in a tight blend
 *   below, which leaves the gluteal fold, with the natal cleft between them;
 * - two legs: horizontal sections about a centre line hip → knee → ankle, with lateral, medial,
 *   front and back half-axes of their own (quadriceps, hamstrings, adductors, the knee, the calf
 *   with the gastrocnemius bulge, the ankle), joined to the trunk with a blend that is tight at
 *   the front (the groin crease) and wide over the hip;
 * - flat cuts at the top (T11/T12 disc, lower ribs) and bottom (ankle joint) with rounded edges.
 *
 * Every figure is a design value chosen so that the measured circumferences and soft-tissue
 * depths land in the published ranges in `src/anatomy/body.ts` (the generator's tests check them).
 */
import { ankleCentre, kneeCentre } from '../../src/anatomy/body'
import type { Vec3 } from '../../src/anatomy/types'
import type { StructureShape } from '../bones/types'
import { smoothstep } from '../../src/anatomy/scalar'
import { ellipsoid, smin, type Sdf } from '../sdf/primitives'
import { profile, sampleProfile, type Profile } from './profiles'

/** Top cut: just above the T12 body (its superior endplate is at y ≈ 321–327 mm). */
export const SKIN_TOP_Y = 338
/** Bottom cut: the ankle-joint centre. */
export const SKIN_BOTTOM_Y = ankleCentre('l')[1]
/** Radius of the rounded edge at both cuts, mm. */
export const SKIN_CUT_ROUNDING = 10
/** Level-set grid edge, mm. */
export const SKIN_EDGE_LENGTH = 3.5
/** Triangles after simplification. */
export const SKIN_TARGET_TRIANGLES = 30_000

/**
 * Trunk cross-sections: [y, half-width, front z, back z, back exponent]. The section is centred
 * on x = 0; its front half is an ellipse, its back half a super-ellipse (flatter back).
 */
const TRUNK: Profile = profile([
  [-110, 95, 35, -95, 2.2],
  [-75, 136, 58, -122, 2.4],
  [-35, 150, 74, -135, 2.6],
  [5, 156, 84, -138, 2.8],
  [45, 156, 88, -134, 2.8],
  [85, 154, 100, -128, 2.8],
  [130, 153, 110, -123, 2.9],
  [180, 149, 114, -122, 3.0],
  [225, 147, 113, -122, 3.0],
  [280, 150, 114, -124, 3.0],
  [330, 154, 113, -125, 3.0],
  [370, 156, 110, -124, 3.0],
])

/** Lowest point of the trunk in the midline (the perineum), mm. */
const PERINEUM_Y = -82

/** Depth of the midline groove between the paraspinal bulges, by height: [y, depth mm]. */
const SPINE_GROOVE: Profile = profile([
  [60, 0],
  [110, 7],
  [160, 10],
  [260, 10],
  [330, 8],
  [370, 8],
])

const knee = kneeCentre('l')
const ankle = ankleCentre('l')

/**
 * Left-leg cross-sections: [y, centre x, centre z, lateral, medial, front, back half-axes]. The
 * right leg is the mirror image. Upper thigh ≈ 57 cm, knee ≈ 38 cm, calf ≈ 37 cm at the upper
 * third of the shank, ankle ≈ 22 cm round.
 */
const LEG: Profile = profile([
  [60, 96, -5, 70, 70, 75, 80],
  [-20, 100, -6, 74, 84, 88, 92],
  [-110, 98, -10, 86, 88, 93, 97],
  [-200, 88, -8, 84, 75, 86, 86],
  [-300, 74, -5, 70, 60, 72, 72],
  [-360, 66, -4, 64, 52, 64, 68],
  [knee[1], knee[0] + 2, -4, 54, 52, 60, 70],
  [knee[1] - 60, knee[0] + 2, -10, 55, 46, 50, 66],
  [knee[1] - 130, knee[0], -17, 57, 46, 44, 82],
  [knee[1] - 210, knee[0], -14, 49, 42, 42, 64],
  [knee[1] - 310, knee[0], -8, 37, 33, 36, 44],
  [ankle[1] + 25, ankle[0], -4, 35, 31, 35, 38],
  [ankle[1] - 40, ankle[0], -4, 35, 31, 35, 38],
])

/**
 * Radial distance from a point to the boundary of a star-shaped section (super-ellipse quadrants
 * with their own half-axes): ρ·(1 − 1/q), where q is the section's norm of the offset. Exact on
 * the boundary and roughly Euclidean near it.
 */
function sectionDistance(dx: number, dz: number, ax: number, bz: number, n: number): number {
  const rho = Math.hypot(dx, dz)
  const u = Math.abs(dx) / ax
  const v = Math.abs(dz) / bz
  const q = n === 2 ? Math.hypot(u, v) : Math.pow(Math.pow(u, n) + Math.pow(v, n), 1 / n)
  if (q < 1e-9) return -Math.min(ax, bz)
  return rho * (1 - 1 / q)
}

const gauss = (d2: number, s: number): number => Math.exp(-d2 / (s * s))

/** The trunk (without buttocks), for |x|. */
function trunk(xs: number, y: number, z: number, row: number[]): number {
  sampleProfile(TRUNK, y, row)
  const [a, zf, zb, nb] = row as [number, number, number, number]
  const front = z >= 0
  let d = sectionDistance(xs, z, a, front ? zf : -zb, front ? 2 : nb)
  // Midline groove over the spinous processes, between the paraspinal bulges.
  const groove = sampleProfile(SPINE_GROOVE, y, row)[0]!
  d += groove * gauss(xs * xs, 24) * smoothstep(-60, -100, z)
  const px = xs - PSIS_DIMPLE[0]
  const py = y - PSIS_DIMPLE[1]
  const pz = z - PSIS_DIMPLE[2]
  d += 4 * gauss(px * px + py * py + pz * pz, 14)
  // Rounded lower end: a bowl whose lowest point is the perineum.
  const bottom = PERINEUM_Y + (xs * xs) / 400 - y
  return smaxRound(d, bottom, 30)
}

/** Smooth maximum with a fillet of about k (polynomial). */
function smaxRound(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

/** Exact rounded intersection of two distance fields (fillet radius r). */
function roundIntersect(a: number, b: number, r: number): number {
  const ux = Math.max(r + a, 0)
  const uy = Math.max(r + b, 0)
  return Math.min(-r, Math.max(a, b)) + Math.hypot(ux, uy)
}

/** A muscle belly or bony prominence: the surface is pushed out by up to `amp` mm near `c`. */
interface Bump {
  readonly c: Vec3
  /** Radii of the Gaussian along x, y, z, mm. */
  readonly r: Vec3
  readonly amp: number
}

const kx = knee[0]
const ky = knee[1]
/** Left-leg surface detail (design values; positions from the knee centre and the leg outline). */
const LEG_BUMPS: readonly Bump[] = [
  // Vastus medialis: the teardrop above and medial to the knee.
  { c: [kx - 34, ky + 75, 22], r: [22, 48, 30], amp: 6 },
  // Vastus lateralis: the long lateral fullness of the mid-thigh.
  { c: [kx + 62, ky + 200, 0], r: [24, 110, 45], amp: 5 },
  // Rectus femoris down the front of the thigh.
  { c: [kx + 22, ky + 230, 75], r: [30, 120, 22], amp: 4 },
  // Patella.
  { c: [kx, ky + 18, 54], r: [24, 26, 14], amp: 5 },
  // Gastrocnemius, medial head (larger and lower) and lateral head.
  { c: [kx - 18, ky - 125, -70], r: [24, 65, 26], amp: 8 },
  { c: [kx + 24, ky - 105, -62], r: [22, 55, 24], amp: 5 },
  // Tibialis anterior beside the shin.
  { c: [kx + 20, ky - 140, 30], r: [16, 90, 14], amp: 3 },
]

function bumps(list: readonly Bump[], x: number, y: number, z: number): number {
  let sum = 0
  for (const b of list) {
    const u = (x - b.c[0]) / b.r[0]
    const v = (y - b.c[1]) / b.r[1]
    const w = (z - b.c[2]) / b.r[2]
    const q = u * u + v * v + w * w
    if (q < 9) sum += b.amp * Math.exp(-q)
  }
  return sum
}

/** The left leg, evaluated at |x| (so it serves both sides). */
function leg(xs: number, y: number, z: number, row: number[]): number {
  sampleProfile(LEG, y, row)
  const [cx, cz, lat, med, fr, bk] = row as [number, number, number, number, number, number]
  const dx = xs - cx
  const dz = z - cz
  return sectionDistance(dx, dz, dx >= 0 ? lat : med, dz >= 0 ? fr : bk, 2) - bumps(LEG_BUMPS, xs, y, z)
}

/** Dimples over the posterior superior iliac spines (skin point behind the PSIS), mm. */
const PSIS_DIMPLE: Vec3 = [40, 92, -123]

const BUTTOCK = ellipsoid([64, -36, -98], [82, 88, 64])

/** The skin's signed distance field (mm, standing frame; negative inside). */
export function skinSdf(): Sdf {
  const row: number[] = []
  return (x, y, z) => {
    const xs = Math.abs(x)
    const t = trunk(xs, y, z, row)
    // Buttocks: a wide blend into the lower back, a tight one below (the gluteal fold).
    const b = BUTTOCK(xs, y, z)
    let d = smin(t, b, 8 + 34 * smoothstep(-100, -30, y))
    // Legs: tight at the front (groin crease) and back (gluteal fold), wide over the hip.
    const l = leg(xs, y, z, row)
    const lateral = smoothstep(90, 150, xs)
    d = smin(d, l, 10 + 30 * lateral)
    // Flat cuts with rounded edges.
    d = roundIntersect(d, y - SKIN_TOP_Y, SKIN_CUT_ROUNDING)
    d = roundIntersect(d, SKIN_BOTTOM_Y - y, SKIN_CUT_ROUNDING)
    return d
  }
}

/** The skin as a shape for the mesher and the preview tool. */
export function skinShape(): StructureShape {
  const min: Vec3 = [-260, SKIN_BOTTOM_Y - 12, -230]
  const max: Vec3 = [260, SKIN_TOP_Y + 12, 200]
  return {
    id: 'skin',
    sdf: skinSdf(),
    bounds: { min, max },
    edgeLength: SKIN_EDGE_LENGTH,
    targetTriangles: SKIN_TARGET_TRIANGLES,
    landmarks: {},
  }
}
