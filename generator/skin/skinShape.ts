/**
 * The body surface from the lower chest to the soles as one signed distance field (mm, standing,
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
 * - feet (heel, instep, forefoot) on a flat sole, and the malleoli at the ankle;
 * - a top edge at the lower chest, which the skin material fades out (no lid).
 *
 * Every figure is a design value chosen so that the measured circumferences and soft-tissue
 * depths land in the published ranges in `src/anatomy/body.ts` (the generator's tests check them).
 */
import { ankleCentre, FLOOR_Y, kneeCentre, SKIN_FADE_LENGTH, SKIN_TOP_Y, STATURE } from '../../src/anatomy/body'
import type { Vec3 } from '../../src/anatomy/types'
import { MALLEOLUS_CENTRES } from '../bones/lowerLeg'
import type { StructureShape } from '../bones/types'
import { smoothstep } from '../../src/anatomy/scalar'
import { ellipsoid, smin, type Sdf } from '../sdf/primitives'
import { profile, sampleProfile, type Profile } from './profiles'

export { SKIN_FADE_LENGTH, SKIN_TOP_Y }
/** Bottom: the soles, on the floor. */
export const SKIN_BOTTOM_Y = FLOOR_Y
/** Radius of the rounded edge at the top, mm. */
export const SKIN_CUT_ROUNDING = 10
/** Radius of the sole's rounded edge, mm. */
const SOLE_ROUNDING = 6
/** Level-set grid edge, mm. */
export const SKIN_EDGE_LENGTH = 3.5
/** Triangles after simplification. */
export const SKIN_TARGET_TRIANGLES = 33_000

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
  [430, 158, 106, -122, 3.0],
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
  // The malleoli, at the heights of the bones' (the lateral lower and further back than the
  // medial). Placed from the ankle centre instead, they sat 2–3 cm below the bones.
  { c: [ankle[0] + 30, ky + MALLEOLUS_CENTRES.lateral[1], -10], r: [10, 16, 14], amp: 5 },
  { c: [ankle[0] - 27, ky + MALLEOLUS_CENTRES.medial[1], 0], r: [10, 16, 14], amp: 4 },
]

/**
 * The foot, in a frame at the ankle: u lateral, v height above the floor, w forward along the
 * foot (turned out by {@link TOE_OUT_DEG}). Design values: foot length 0.152 H and breadth 0.055 H
 * (Drillis & Contini's segment proportions, the source of the shank length in body.ts), the heel
 * about 7 cm behind the ankle axis, the instep 6–7 cm high near the ankle falling to about 3 cm
 * over the metatarsal heads.
 */
export const FOOT_LENGTH = 0.152 * STATURE
const FOOT_BREADTH = 0.055 * STATURE
const TOE_OUT_DEG = 7
const FOOT_PARTS = [
  // Heel.
  { c: [0, 34, -0.25 * FOOT_LENGTH], r: [31, 36, 36] },
  // Instep and arch, rising into the front of the ankle.
  { c: [3, 30, 0.1 * FOOT_LENGTH], r: [0.42 * FOOT_BREADTH, 40, 0.34 * FOOT_LENGTH] },
  // Forefoot and toes.
  { c: [10, 16, 0.52 * FOOT_LENGTH], r: [FOOT_BREADTH / 2, 18, 0.22 * FOOT_LENGTH] },
] as const
const FOOT: readonly Sdf[] = FOOT_PARTS.map((p) => ellipsoid([p.c[0], p.c[1], p.c[2]], [p.r[0], p.r[1], p.r[2]]))
const toeOut = (TOE_OUT_DEG * Math.PI) / 180

/** The left foot at |x| (so it serves both sides), with a flat sole on the floor. */
function foot(xs: number, y: number, z: number): number {
  const dx = xs - ankle[0]
  const dz = z - ankle[2]
  // Into the foot's frame: turned out (the toes point forward and a little lateral).
  const u = dx * Math.cos(toeOut) - dz * Math.sin(toeOut)
  const w = dx * Math.sin(toeOut) + dz * Math.cos(toeOut)
  const v = y - FLOOR_Y
  let d = FOOT[0]!(u, v, w)
  for (let i = 1; i < FOOT.length; i++) d = smin(d, FOOT[i]!(u, v, w), 40)
  return d
}

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
const CROTCH = ellipsoid([0, -80, 22], [34, 26, 40])

/** The skin's signed distance field (mm, standing frame; negative inside). */
export function skinSdf(): Sdf {
  const row: number[] = []
  return (x, y, z) => {
    const xs = Math.abs(x)
    const t = trunk(xs, y, z, row)
    // Buttocks: a wide blend into the lower back, a tight one below (the gluteal fold).
    const b = BUTTOCK(xs, y, z)
    let d = smin(t, b, 13 + 29 * smoothstep(-100, -30, y))
    // The front of the crotch: a rounded fill between the thighs under the pubic bone, so the
    // groin meets in a soft V instead of a dark pocket.
    d = smin(d, CROTCH(x, y, z), 22)
    // Legs: tight at the front (groin crease) and back (gluteal fold), wide over the hip, and
    // rounder between the legs, so the crotch is a smooth arch and not a notch.
    const l = smin(leg(xs, y, z, row), foot(xs, y, z), 36)
    const lateral = smoothstep(90, 150, xs)
    const medial = 1 - smoothstep(15, 55, xs)
    d = smin(d, l, 10 + 30 * lateral + 16 * medial)
    // The top edge (faded out by the material) and the sole, flat with rounded edges.
    d = roundIntersect(d, y - SKIN_TOP_Y, SKIN_CUT_ROUNDING)
    d = roundIntersect(d, SKIN_BOTTOM_Y - y, SOLE_ROUNDING)
    return d
  }
}

/** The skin as a shape for the mesher and the preview tool. */
export function skinShape(): StructureShape {
  const min: Vec3 = [-260, SKIN_BOTTOM_Y - 12, -230]
  const max: Vec3 = [260, SKIN_TOP_Y + 12, 240]
  return {
    id: 'skin',
    sdf: skinSdf(),
    bounds: { min, max },
    edgeLength: SKIN_EDGE_LENGTH,
    targetTriangles: SKIN_TARGET_TRIANGLES,
    landmarks: {},
  }
}
