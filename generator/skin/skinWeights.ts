/**
 * Skin weights by rest (standing) position: which rig joints (SKIN_JOINTS) move each vertex of
 * the skin, and by how much. Smooth everywhere (smoothstep blends, no thresholds), at most four
 * joints per vertex, weights summing to 1:
 *
 * - trunk → pelvis below the L5 body, then t12 … l5 by height, each level blending linearly
 *   into its neighbours between their body centres;
 * - leg → femur, fanned about the hip by the angle round its flexion axis (see `jointShare`):
 *   the thigh below, the trunk above, the groin and the buttock shared between them;
 * - knee → femur ↔ shank, fanned the same way about the knee's flexion axis;
 * - within 80 mm of the midline the thigh share is split between the two legs (half each on it).
 */
import { kneeFlexionCentre, SKIN_JOINTS, type SkinJoint } from '../../src/anatomy/body'
import { hipCentre, STANDING_SPINE } from '../../src/anatomy/skeleton'
import { LEVELS } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { clamp, smoothstep } from '../../src/anatomy/scalar'

/** Up to four joint indices (into SKIN_JOINTS) and weights for one vertex. */
export interface VertexWeights {
  readonly joints: [number, number, number, number]
  readonly weights: [number, number, number, number]
}

const J = (id: SkinJoint): number => SKIN_JOINTS.indexOf(id)

/**
 * Trunk levels from the bottom: pelvis (its weight centre at the level of the PSIS/ASIS, y ≈ 80),
 * then each vertebra at its standing body centre.
 */
const TRUNK_LEVELS: readonly { joint: number; y: number }[] = [
  { joint: J('pelvis'), y: 80 },
  ...[...LEVELS].reverse().map((l) => ({ joint: J(l), y: STANDING_SPINE.vertebrae[l].origin[1] })),
]

/** Trunk weights by height: a linear hat function between neighbouring level centres. */
function trunkWeights(y: number): [number, number, number, number] {
  const first = TRUNK_LEVELS[0]!
  const last = TRUNK_LEVELS[TRUNK_LEVELS.length - 1]!
  if (y <= first.y) return [first.joint, 1, first.joint, 0]
  if (y >= last.y) return [last.joint, 1, last.joint, 0]
  for (let i = 0; i < TRUNK_LEVELS.length - 1; i++) {
    const a = TRUNK_LEVELS[i]!
    const b = TRUNK_LEVELS[i + 1]!
    if (y <= b.y) {
      const t = smoothstep(a.y, b.y, y)
      return [a.joint, 1 - t, b.joint, t]
    }
  }
  return [last.joint, 1, last.joint, 0]
}

/**
 * Angle of a point about a joint's flexion axis (the x axis through `centre`), in the sagittal
 * plane, in degrees: 0 straight below the joint, +90 in front, −90 behind, ±180 above; and the
 * point's distance from that axis.
 */
function sagittal(y: number, z: number, centre: Vec3): { deg: number; r: number } {
  const dy = y - centre[1]
  const dz = z - centre[2]
  return { deg: (Math.atan2(dz, -dy) * 180) / Math.PI, r: Math.hypot(dy, dz) }
}

/**
 * A ramp from 1 at `a` to 0 at `b` (degrees, a < b or a > b) that is straight in the middle and
 * eases in and out over the first and last share `e` of it (a fifth unless told): its steepest
 * slope is 1 / (1 − e) / |b − a| (1.25 / |b − a| for a fifth), where a smoothstep's is
 * 1.5 / |b − a|, and that slope is what decides how far a bend squeezes the skin.
 */
function ramp(a: number, b: number, x: number, e = 0.2): number {
  const t = clamp((x - a) / (b - a), 0, 1)
  // Integral of a trapezoid: slope rising over [0, e], flat, falling over [1 − e, 1]; area 1.
  const k = 1 / (1 - e)
  let v: number
  if (t < e) v = (k * t * t) / (2 * e)
  else if (t > 1 - e) v = 1 - (k * (1 - t) * (1 - t)) / (2 * e)
  else v = k * (t - e / 2)
  return 1 - v
}

/**
 * A limb's share of a vertex about one joint, by the vertex's angle about the joint's flexion
 * axis: 1 (the limb) from straight below the joint out to `front[0]` in front and `back[0]`
 * behind, falling to 0 (the segment above) at `front[1]` and `back[1]`. Weights that depend only
 * on that angle carry each ray from the axis to one ray: a bend then fans the skin round the
 * joint, stretching one side by at most 1 + 1.25·θ/span and squeezing the other by 1 − 1.25·θ/span,
 * and never folds it through itself (which a boundary at a fixed height did: the gluteal fold and
 * the back of the knee tore when sitting). Close to the axis the angle means little and moves the
 * skin little, so there the share follows the height instead (`nearY`: the limb below it); and
 * beyond `reach` mm above or below the joint it follows the height too, so the fan does not leak
 * a few per cent of the joint's bend down the whole limb. `ease` is the ramps' (see `ramp`).
 */
function jointShare(
  y: number,
  z: number,
  centre: Vec3,
  front: readonly [number, number],
  back: readonly [number, number],
  nearY: number,
  reach: readonly [number, number],
  near: readonly [number, number],
  ease = 0.2,
): number {
  const { deg, r } = sagittal(y, z, centre)
  const byAngle = deg >= 0 ? ramp(front[0], front[1], deg, ease) : ramp(-back[0], -back[1], deg, ease)
  const byHeight = smoothstep(nearY + 30, nearY - 30, y)
  const angular = smoothstep(near[0], near[1], r) * (1 - smoothstep(reach[0], reach[1], Math.abs(y - centre[1])))
  return byHeight + (byAngle - byHeight) * angular
}

/**
 * The hip's spans (degrees from straight below the hip centre, in front and behind). The front
 * of the thigh, out to 20° in front, goes wholly with the thigh, so sitting keeps the thigh's
 * skin (and the pain painted on it) on the thigh; from there to the lower abdomen at 155° the
 * groin is squeezed, short of a fold at 90° of flexion (1 − 1.25·90/135 = 0.17). Behind, the
 * buttock's stretch stays under 3× (1 + 1.25·90/125 = 1.9); the top of the buttock beyond 125°
 * stays with the trunk.
 */
export const HIP_FRONT: readonly [number, number] = [20, 155]
export const HIP_BACK: readonly [number, number] = [0, 125]
/**
 * The knee's, about its flexion axis (the axis the rig turns the shank about, 13.6 mm above and
 * 18 mm behind the knee centre: fanned about the knee centre instead, the sides of the knee were
 * stretched up to 3.8× at the couch stretch's 125° and the heads of the tibia and fibula poked out
 * behind). Its ramps ease over a tenth at each end (`KNEE_EASE`), not a fifth, so their steepest
 * slope is 1.11 / span. In front the stretch over the kneecap stays under 3×
 * (1 + 1.11·125/130 = 2.1; measured 2.5×). Behind, the squeeze must not fold at 125°: by the
 * ramp, 1 − 1.11·125/178 = 0.22, and the dual-quaternion blend of two turns 125° apart turns
 * about 11 % faster than the weight in the middle of the ramp, which leaves 0.13. Measured in the
 * couch stretch with the ramps easing over a fifth (a margin of 0.03): a span of 170° behind
 * crossed 66 triangles and flipped 46 (the calf folding into the thigh), 174° flipped 7, and 178°
 * flipped none or 1 depending on the mesh's small changes.
 */
export const KNEE_FRONT: readonly [number, number] = [0, 130]
export const KNEE_BACK: readonly [number, number] = [0, 178]
/** How much of each end of the knee's ramps eases in and out (see `ramp`). */
export const KNEE_EASE = 0.1
/** How far above and below each joint (mm) the fan reaches before the height alone decides. */
export const HIP_REACH: readonly [number, number] = [150, 300]
export const KNEE_REACH: readonly [number, number] = [100, 220]
/**
 * Distance from each joint's axis (mm, in the sagittal plane) over which the share turns from the
 * height's (right by the axis, where the angle means little and a bend moves the skin little) to
 * the angle's. Within that distance the height's boundary folds the skin as the joint bends, so it
 * is kept to the first few centimetres: the skin behind the knee lies only 35–40 mm behind the
 * knee centre (about 20 mm behind the flexion axis), and the skin over the side of the hip lies close to the hip's axis (which runs out
 * sideways through the trochanters). From 15–55 mm (the figure before) the back of the knee
 * folded through itself when sitting and the side of the hip flipped at 90° of flexion.
 */
export const HIP_NEAR: readonly [number, number] = [5, 25]
export const KNEE_NEAR: readonly [number, number] = [5, 25]

/**
 * Half-width of the band about the midline where the two thighs share the skin, mm. Across it the
 * share runs straight (the `ramp`, steepest slope 1.25 / 160 mm), not as a smoothstep: with one
 * thigh forward and one back (the half-kneeling stretch) the two legs' rotations differ by about
 * 100°, and the band's steepest slope sets how far that difference stretches the skin across the
 * front of the crotch. Measured in the one-sided stretch: a 55 mm smoothstep (the figure before)
 * stretched 8 triangles past 3× and flipped 14; a 55 mm ramp, 0 and 27; 70 mm, 0 and 3; 80 mm,
 * 0 and 0 (worst stretch 2.5×).
 */
export const MIDLINE_SHARE = 80
/**
 * Height (mm) down to which the thighs share the midline skin fully: below the lowest skin that
 * crosses the midline (the crotch, about −114 mm), so the share is continuous across x = 0;
 * it fades out over the next `SHARE_FADE` mm of the inner thighs.
 */
export const SHARE_BOTTOM = -120
/**
 * How far (mm) below `SHARE_BOTTOM` the midline share fades out down the inner thighs. Over 40 mm
 * (the figure before) the inner thigh was stretched up to 3.6× between one leg forward and one
 * back (the half-kneeling stretch); over 100 mm, 3.1–3.2× on 8 triangles. Longer fades flip more.
 */
export const SHARE_FADE = 100

/** The skin weights of one rest-position vertex (mm, standing). */
export function skinWeightsAt(p: Vec3): VertexWeights {
  const [x, y, z] = p
  const side = x >= 0 ? 'l' : 'r'
  // Thigh share: fanned about the hip (the hip centres differ only in x, so one angle serves
  // both legs). Near the midline it is shared by the two legs, half each on it, so the perineum
  // and the natal cleft are pulled by both thighs and no seam runs down the middle.
  const leg = jointShare(y, z, hipCentre(side), HIP_FRONT, HIP_BACK, -15, HIP_REACH, HIP_NEAR)
  const left = ramp(MIDLINE_SHARE, -MIDLINE_SHARE, x) // 0 at x = −80 mm, ½ on the midline, 1 at +80
  // Only above the inner thighs: below the crotch each thigh is its own.
  const shared = smoothstep(SHARE_BOTTOM - SHARE_FADE, SHARE_BOTTOM, y)
  const own = 1 - shared * (1 - (side === 'l' ? left : 1 - left))
  const knee = kneeFlexionCentre(side)
  const shank = jointShare(y, z, knee, KNEE_FRONT, KNEE_BACK, knee[1], KNEE_REACH, KNEE_NEAR, KNEE_EASE)
  const [ta, tw, tb, tv] = trunkWeights(y)
  const femur = J(side === 'l' ? 'femur_l' : 'femur_r')
  const otherFemur = J(side === 'l' ? 'femur_r' : 'femur_l')
  const shankJ = J(side === 'l' ? 'shank_l' : 'shank_r')
  const raw: [number, number][] = [
    [ta, (1 - leg) * tw],
    [tb, (1 - leg) * tv],
    [femur, leg * own * (1 - shank)],
    [shankJ, leg * own * shank],
    [otherFemur, leg * (1 - own)],
  ]
  // Merge duplicates, order by weight (largest first), normalise.
  const merged = new Map<number, number>()
  for (const [j, w] of raw) merged.set(j, (merged.get(j) ?? 0) + w)
  const sorted = [...merged.entries()].filter(([, w]) => w > 1e-4).sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const sum = sorted.reduce((s, [, w]) => s + w, 0)
  const joints: [number, number, number, number] = [0, 0, 0, 0]
  const weights: [number, number, number, number] = [0, 0, 0, 0]
  sorted.slice(0, 4).forEach(([j, w], i) => {
    joints[i] = j
    weights[i] = w / sum
  })
  return { joints, weights }
}
