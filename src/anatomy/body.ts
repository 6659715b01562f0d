import { FEMUR_ADDUCTION_DEG, hipCentre } from './skeleton'
import type { Side, Source, Vec3 } from './types'

/**
 * Body figures beyond the modelled bones: the stature our skeleton implies and the leg below the
 * knee, which the skin (and the pain patterns of the leg) need but no bone model carries. Same
 * frame as `skeleton.ts` (mm, origin midway between the hip centres, +X patient left, +Y up, +Z
 * forward), standing pose.
 */

/** Maximum femoral length of our femur model (generator/bones/femur.ts, Kanz et al. M 449.7 mm). */
export const FEMUR_MAX_LENGTH = 450

export const STATURE_SOURCE: Source = {
  ref: 'Trotter & Gleser 1958 (white males): stature = 2.38 × femur length + 61.41 cm',
  note: 'femur 45.0 cm → 168.5 cm',
}
/** Stature implied by our femur, mm (Trotter & Gleser regression). */
export const STATURE = Math.round((2.38 * (FEMUR_MAX_LENGTH / 10) + 61.41) * 10)

export const SEGMENT_SOURCE: Source = {
  ref: 'pain-patterns.md §A.4: Drillis & Contini 1966 via Winter, Biomechanics Fig. 4.1',
  note: 'hip 0.530 H, knee 0.285 H, ankle 0.039 H (floor to joint centre)',
}
/** Knee-joint centre → ankle-joint centre, mm (0.285 H − 0.039 H). */
export const SHANK_LENGTH = Math.round((0.285 - 0.039) * STATURE)
/** Ankle-joint centre above the floor, mm (0.039 H). */
export const ANKLE_HEIGHT = Math.round(0.039 * STATURE)

/**
 * Head centre → knee centre along the femur's mechanical axis, mm. The generator's femur puts its
 * `knee_centre` landmark here (a contract test checks the file against this figure).
 */
export const FEMUR_MECHANICAL_LENGTH = 411.6

/** Unit vector along the standing mechanical axis, hip → knee (adducted: the knee is medial). */
function mechanicalAxis(side: Side): Vec3 {
  const a = (FEMUR_ADDUCTION_DEG * Math.PI) / 180
  return [side === 'l' ? -Math.sin(a) : Math.sin(a), -Math.cos(a), 0]
}

/** Centre of the knee joint in the standing pose (end of the femur's mechanical axis). */
export function kneeCentre(side: Side): Vec3 {
  const h = hipCentre(side)
  const a = mechanicalAxis(side)
  return [h[0] + a[0] * FEMUR_MECHANICAL_LENGTH, h[1] + a[1] * FEMUR_MECHANICAL_LENGTH, h[2]]
}

/** Centre of the ankle joint in the standing pose: straight below the knee centre. */
export function ankleCentre(side: Side): Vec3 {
  const k = kneeCentre(side)
  return [k[0], k[1] - SHANK_LENGTH, k[2]]
}

/** Floor level in the standing frame, mm. */
export const FLOOR_Y = ankleCentre('l')[1] - ANKLE_HEIGHT

/**
 * Joints of the skin's glTF skin, in this order. Each is a node at the origin in the standing pose
 * (inverse bind matrices are identity); the runtime sets each joint's matrix to the rig transform
 * of the same id (`poseTransforms(pose)[id]`), so the skin follows the bones.
 */
export const SKIN_JOINTS = [
  'pelvis',
  't12',
  'l1',
  'l2',
  'l3',
  'l4',
  'l5',
  'femur_l',
  'femur_r',
  'shank_l',
  'shank_r',
] as const
export type SkinJoint = (typeof SKIN_JOINTS)[number]
