import { DISCS, type DiscId } from './spine'
import type { Side, Source } from './types'

/**
 * A posture, as data: how far each joint has moved from the standing pose the models are built
 * in. Angles in degrees. The rig (`rig.ts`) turns a pose into bone transforms.
 */
export interface Pose {
  /** Pelvic tilt from standing; positive = posterior tilt (the top of the pelvis goes back, as in sitting). */
  readonly pelvisTiltDeg: number
  /** Flexion of each lumbar motion segment from standing (lordosis lost), keyed by its disc; positive = flexion. */
  readonly lumbarFlexionDeg: Readonly<Record<DiscId, number>>
  /** Hip flexion relative to the pelvis, per side; negative = extension. */
  readonly hipFlexionDeg: Readonly<Record<Side, number>>
  /** Knee flexion per side (0 = straight); moves only the skin below the knee (no shank bones are modelled). */
  readonly kneeFlexionDeg: Readonly<Record<Side, number>>
}

/**
 * The named poses: standing, sitting, and the poses of the exercises (`exercises.ts`).
 * `stretch` is the half-kneeling hip-flexor stretch (the Stretch button).
 */
export const POSE_NAMES = ['standing', 'sitting', 'stretch', 'couchStretch', 'hipFlexion', 'release'] as const
export type PoseName = (typeof POSE_NAMES)[number]

/** Each pose in plain words, as a caption says it. */
export const POSE_LABELS: Readonly<Record<PoseName, string>> = {
  standing: 'Standing',
  sitting: 'Sitting',
  stretch: 'Kneeling hip stretch',
  couchStretch: 'Couch stretch',
  hipFlexion: 'Knee lift',
  release: 'Lying on the back, knees bent (shown upright)',
}

const zeroLumbar = Object.fromEntries(DISCS.map((d) => [d, 0])) as Record<DiscId, number>

/**
 * Share of the sitting lordosis loss taken by each segment: most at the bottom, where most of the
 * lordosis is (L4–S1 carries about 71% of it, anatomy-facts.md §2).
 */
const LUMBAR_SHARE: Readonly<Record<DiscId, number>> = {
  t12_l1: 0.05,
  l1_l2: 0.07,
  l2_l3: 0.12,
  l3_l4: 0.2,
  l4_l5: 0.26,
  l5_s1: 0.3,
}

/** Standing → chair sitting: Endo 2012 (n = 50) PT +18.3°, LL −16.6°; Moon 2018 LL 37.1 → 17.9°. */
export const SITTING_SOURCE: Source = {
  ref: 'anatomy-facts.md §2: Endo 2012 (PT +18.3°, LL −16.6°, n = 50); Moon 2018; hip flexion 60–80° relative to the pelvis',
}
export const SITTING_PELVIC_TILT = 18
export const SITTING_LORDOSIS_LOSS = 17
/** Hip flexion relative to the pelvis so that the thigh is horizontal: 90° thigh–trunk less the 18° pelvic tilt. */
export const SITTING_HIP_FLEXION = 72
/** Hip extension in a half-kneeling or couch stretch (issue 4: about 10–15°). */
export const STRETCH_HIP_EXTENSION = 12

/** Knee flexion in a chair: the thigh is level and the shank hangs vertical. */
export const SITTING_KNEE_FLEXION = 90
/** Knee flexion of both legs in a half-kneeling stretch (back shin on the floor, front foot planted). */
export const KNEELING_KNEE_FLEXION = 90

export const STANDING: Pose = {
  pelvisTiltDeg: 0,
  lumbarFlexionDeg: zeroLumbar,
  hipFlexionDeg: { l: 0, r: 0 },
  kneeFlexionDeg: { l: 0, r: 0 },
}

export const SITTING: Pose = {
  pelvisTiltDeg: SITTING_PELVIC_TILT,
  lumbarFlexionDeg: Object.fromEntries(DISCS.map((d) => [d, SITTING_LORDOSIS_LOSS * LUMBAR_SHARE[d]])) as Record<
    DiscId,
    number
  >,
  hipFlexionDeg: { l: SITTING_HIP_FLEXION, r: SITTING_HIP_FLEXION },
  kneeFlexionDeg: { l: SITTING_KNEE_FLEXION, r: SITTING_KNEE_FLEXION },
}

/**
 * The hip-flexor stretch. With one side chosen it is a half-kneeling stretch: that hip extended,
 * the front hip flexed to 90°, the pelvis tucked (posterior tilt) by 5°. With both, both hips are
 * extended (as lying prone over a bench edge).
 */
export function stretchPose(side: Side | 'both'): Pose {
  const ext = -STRETCH_HIP_EXTENSION
  const hip = side === 'both' ? { l: ext, r: ext } : side === 'l' ? { l: ext, r: 90 } : { l: 90, r: ext }
  const knee = side === 'both' ? 0 : KNEELING_KNEE_FLEXION
  return { pelvisTiltDeg: 5, lumbarFlexionDeg: zeroLumbar, hipFlexionDeg: hip, kneeFlexionDeg: { l: knee, r: knee } }
}

/** Knee flexion of the back leg in a couch stretch: the rear foot rests up on a couch or bench. */
export const COUCH_KNEE_FLEXION = 125
/** Hip extension in a couch stretch: the bent knee (rectus femoris taut) lets the hip extend less. */
export const COUCH_HIP_EXTENSION = 8
/** Standing hip flexion (a knee lift): the working hip and knee each bent to 90°. */
export const KNEE_LIFT_FLEXION = 90
/** Hook lying, as for a psoas release: hips bent 45° and knees 90°, so the belly wall is slack. */
export const RELEASE_HIP_FLEXION = 45
export const RELEASE_KNEE_FLEXION = 90

export const EXERCISE_POSE_SOURCE: Source = {
  ref: 'pain-patterns.md B.1 relief: half-kneeling and couch stretches [SHIRA] [REBAL] [PREHAB], manual release [MUSC-PS] [FINANDO]; the joint angles are our reading of those descriptions',
}

/** The side that does a one-sided exercise when both sides are chosen: the patient's left. */
const leadSide = (side: Side | 'both'): Side => (side === 'both' ? 'l' : side)
const other = (side: Side): Side => (side === 'l' ? 'r' : 'l')

/**
 * The couch stretch: the back knee bent far (foot up on a couch), that hip extended, the front
 * foot planted (hip and knee at 90°), pelvis tucked. With both sides chosen the patient's left is
 * the back leg: the stretch is done one side at a time.
 */
export function couchStretchPose(side: Side | 'both'): Pose {
  const back = leadSide(side)
  const front = other(back)
  return {
    pelvisTiltDeg: 5,
    lumbarFlexionDeg: zeroLumbar,
    hipFlexionDeg: { [back]: -COUCH_HIP_EXTENSION, [front]: 90 } as Record<Side, number>,
    kneeFlexionDeg: { [back]: COUCH_KNEE_FLEXION, [front]: KNEELING_KNEE_FLEXION } as Record<Side, number>,
  }
}

/** Standing hip flexion: one knee lifted to hip height (the patient's left when both are chosen). */
export function hipFlexionExercisePose(side: Side | 'both'): Pose {
  const lead = leadSide(side)
  return {
    ...STANDING,
    hipFlexionDeg: { [lead]: KNEE_LIFT_FLEXION, [other(lead)]: 0 } as Record<Side, number>,
    kneeFlexionDeg: { [lead]: KNEE_LIFT_FLEXION, [other(lead)]: 0 } as Record<Side, number>,
  }
}

/** Hook lying for a release: both hips bent 45°, knees 90° (drawn upright: the rig has no floor). */
export const RELEASE: Pose = {
  ...STANDING,
  hipFlexionDeg: { l: RELEASE_HIP_FLEXION, r: RELEASE_HIP_FLEXION },
  kneeFlexionDeg: { l: RELEASE_KNEE_FLEXION, r: RELEASE_KNEE_FLEXION },
}

/** A named pose for the side(s) the user is looking at. */
export function namedPose(name: PoseName, side: Side | 'both'): Pose {
  switch (name) {
    case 'standing':
      return STANDING
    case 'sitting':
      return SITTING
    case 'stretch':
      return stretchPose(side)
    case 'couchStretch':
      return couchStretchPose(side)
    case 'hipFlexion':
      return hipFlexionExercisePose(side)
    case 'release':
      return RELEASE
  }
}

/** Linear blend of two poses, t in [0, 1]. */
export function lerpPose(a: Pose, b: Pose, t: number): Pose {
  const m = (x: number, y: number) => x + (y - x) * t
  return {
    pelvisTiltDeg: m(a.pelvisTiltDeg, b.pelvisTiltDeg),
    lumbarFlexionDeg: Object.fromEntries(
      DISCS.map((d) => [d, m(a.lumbarFlexionDeg[d], b.lumbarFlexionDeg[d])]),
    ) as Record<DiscId, number>,
    hipFlexionDeg: { l: m(a.hipFlexionDeg.l, b.hipFlexionDeg.l), r: m(a.hipFlexionDeg.r, b.hipFlexionDeg.r) },
    kneeFlexionDeg: { l: m(a.kneeFlexionDeg.l, b.kneeFlexionDeg.l), r: m(a.kneeFlexionDeg.r, b.kneeFlexionDeg.r) },
  }
}

/** A pose with the pelvis and spine standing and both hips flexed by `deg` (for length–angle curves). */
export function hipFlexionPose(deg: number): Pose {
  return { ...STANDING, hipFlexionDeg: { l: deg, r: deg } }
}
