import { STRUCTURES } from './bones'
import { multiply, rotationX, type Mat4 } from './mat4'
import type { Pose } from './poses'
import { kneeCentre, kneeFlexionCentre } from './body'
import { PATELLA_KNEE_SHARE, TROCHLEA_CENTRE_FROM_KNEE } from './lowerLeg'
import type { Vec3 } from './types'
import { hipCentre, STANDING_SPINE } from './skeleton'
import { DISCS, LEVELS, type DiscId, type Level } from './spine'

export { transformPoint } from './mat4'

/**
 * The posture rig: a pose (angles) → one rigid transform per structure, taking a point from its
 * standing world position (the frame the model files are built in, mm) to where it is in the pose:
 * `posed_world = D · standing_world`. Every node keeps its file transform; the runtime pre-multiplies
 * by D. Pure maths, so the app, the report and the tests compute the same thing.
 *
 * Chain: pelvis (about the hip axis) → femurs (about their hip centres) → shanks (about the knees'
 * flexion axes, `kneeFlexionCentre`: the skin's shank joints, the tibia, fibula and foot) and
 * patellae (about the femoral groove, by {@link PATELLA_KNEE_SHARE} of the knee's bend) and
 * → sacrum → L5 → … → T12 → 12th ribs,
 * each lumbar segment turning about its disc's standing centre; the floating ribs move with T12. The pivots are standing positions
 * because D acts on standing coordinates: D_child = D_parent · R(pivot_standing).
 */
export function poseTransforms(pose: Pose): Readonly<Record<string, Mat4>> {
  const out: Record<string, Mat4> = {}
  // Posterior tilt (positive) turns the top of the pelvis back: −X rotation about the hip axis,
  // which passes through the origin (midway between the hip centres).
  const pelvis = rotationX(-pose.pelvisTiltDeg)
  for (const id of ['hip_bone_l', 'hip_bone_r', 'sacrum', 'coccyx']) out[id] = pelvis

  out.pelvis = pelvis
  for (const side of ['l', 'r'] as const) {
    // Flexion brings the knee (−Y) forward (+Z): a −X rotation about the hip centre.
    const femur = multiply(pelvis, rotationX(-pose.hipFlexionDeg[side], hipCentre(side)))
    out[`femur_${side}`] = femur
    // Knee flexion brings the foot back (−Z): a +X rotation about the knee's flexion axis (through
    // the femoral condyles, above and behind the notch). The skin's shank joint and the bones below
    // the knee share it (rigid with each other: the ankle has no joint here).
    const knee = kneeCentre(side)
    const shank = multiply(femur, rotationX(pose.kneeFlexionDeg[side], kneeFlexionCentre(side)))
    out[`shank_${side}`] = shank
    for (const bone of ['tibia', 'fibula', 'foot']) out[`${bone}_${side}`] = shank
    // The kneecap glides round the femur's groove: it turns about the groove's centre (the femur
    // frame's offset, mirrored for the right) by a share of the knee's bend.
    const [tx, ty, tz] = TROCHLEA_CENTRE_FROM_KNEE
    const trochlea: Vec3 = [knee[0] + (side === 'l' ? tx : -tx), knee[1] + ty, knee[2] + tz]
    out[`patella_${side}`] = multiply(femur, rotationX(PATELLA_KNEE_SHARE * pose.kneeFlexionDeg[side], trochlea))
  }

  // Lumbar chain from the sacrum up. DISCS[i] lies below LEVELS[i] (t12_l1 below T12 … l5_s1 below L5).
  let below: Mat4 = pelvis
  for (let i = LEVELS.length - 1; i >= 0; i--) {
    const level: Level = LEVELS[i]!
    const disc: DiscId = DISCS[i]!
    const pivot = STANDING_SPINE.discs[disc].origin
    const flex = pose.lumbarFlexionDeg[disc]
    // The disc deforms between its two bodies; as a rigid part it takes half its segment's turn.
    out[`disc_${disc}`] = multiply(below, rotationX(flex / 2, pivot))
    const vertebra = multiply(below, rotationX(flex, pivot))
    out[level] = vertebra
    below = vertebra
  }
  // The 12th ribs float: they join only the T12 body, so they move with it.
  out.rib_12_l = out.t12!
  out.rib_12_r = out.t12!

  // `pelvis` and `shank_l/r` are skin joints (SKIN_JOINTS), not structures with meshes.
  for (const s of STRUCTURES) {
    if (!out[s.id]) throw new Error(`rig: no transform for structure ${s.id}`)
  }
  return out
}
