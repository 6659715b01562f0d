/**
 * Skin weights by rest (standing) position: which rig joints (SKIN_JOINTS) move each vertex of
 * the skin, and by how much. Smooth everywhere (smoothstep blends, no thresholds), at most four
 * joints per vertex, weights summing to 1:
 *
 * - trunk → pelvis below the L5 body, then t12 … l5 by height, each level blending linearly
 *   into its neighbours between their body centres;
 * - leg → femur, blending to the trunk across the hip along a boundary that runs in the groin
 *   crease at the front, under the buttock (gluteal fold) at the back and over the greater
 *   trochanter at the side, so the buttock belongs to the pelvis;
 * - knee → femur ↔ shank over ±40 mm about the knee centre; below → shank;
 * - the midline between the thighs above the crotch (perineum) → pelvis.
 */
import { kneeCentre, SKIN_JOINTS, type SkinJoint } from '../../src/anatomy/body'
import { STANDING_SPINE } from '../../src/anatomy/skeleton'
import { LEVELS } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { smoothstep } from '../../src/anatomy/scalar'

/** Up to four joint indices (into SKIN_JOINTS) and weights for one vertex. */
export interface VertexWeights {
  readonly joints: [number, number, number, number]
  readonly weights: [number, number, number, number]
}

const J = (id: SkinJoint): number => SKIN_JOINTS.indexOf(id)

/** Half-width of the femur ↔ shank blend about the knee centre, mm. */
export const KNEE_BLEND = 40
/** Half-width of the trunk ↔ thigh blend across the hip boundary, mm. */
export const HIP_BLEND = 35

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
 * Height of the trunk ↔ thigh boundary at a point of the left side (|x|, z), mm: the groin
 * crease in front (rising laterally towards the ASIS), the gluteal fold behind, over the greater
 * trochanter at the side. Blended by the direction from the thigh's axis, so it is smooth.
 */
function hipBoundaryY(xs: number, z: number): number {
  const dx = xs - 98
  const dz = z + 8
  const r = Math.hypot(dx, dz) || 1
  const c = dz / r // +1 front, −1 back
  // The hip-flexion crease: from beside the perineum up and out to below the ASIS.
  const front = Math.max(-95, -80 + (xs - 30) * 0.8)
  const back = -105
  const side = -15
  const wf = Math.max(c, 0) ** 2
  const wb = Math.max(-c, 0) ** 2
  return wf * front + wb * back + (1 - wf - wb) * side
}

/** The skin weights of one rest-position vertex (mm, standing). */
export function skinWeightsAt(p: Vec3): VertexWeights {
  const [x, y, z] = p
  const xs = Math.abs(x)
  const side = x >= 0 ? 'l' : 'r'
  // Thigh share: below the hip boundary, except in the midline above the crotch.
  let leg = smoothstep(HIP_BLEND, -HIP_BLEND, y - hipBoundaryY(xs, z))
  leg *= 1 - (1 - smoothstep(0, 45, xs)) * smoothstep(-125, -85, y)
  const knee = kneeCentre(side)[1]
  const shank = smoothstep(knee + KNEE_BLEND, knee - KNEE_BLEND, y)
  const [ta, tw, tb, tv] = trunkWeights(y)
  const femur = J(side === 'l' ? 'femur_l' : 'femur_r')
  const shankJ = J(side === 'l' ? 'shank_l' : 'shank_r')
  const raw: [number, number][] = [
    [ta, (1 - leg) * tw],
    [tb, (1 - leg) * tv],
    [femur, leg * (1 - shank)],
    [shankJ, leg * shank],
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
