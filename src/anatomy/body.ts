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

/**
 * Where the knee's flexion axis (parallel to X) crosses the sagittal plane of the knee, from the
 * knee centre: 13.6 mm up and 18 mm back. The knee does not hinge at the intercondylar notch: it
 * flexes about an axis through the centres of the femoral condyles' posterior arcs, close to the
 * epicondyles. On our femur (`generator/bones/femur.ts`) the medial condyle's underside and back
 * lie 28–29 mm from this point all round, so the tibial plateau, 5 mm below, stays clear of the
 * condyles through the whole bend; hinged at the notch the condyles sank 27 mm into the tibia at
 * 90°.
 */
export const KNEE_FLEXION_AXIS_OFFSET = { up: 13.6, back: 18 } as const
export const KNEE_FLEXION_AXIS_SOURCE: Source = {
  ref: 'Hollister et al. 1993 (Clin Orthop 290): the knee flexes about a fixed axis through the femoral condyles, near the epicondyles; Eckhoff et al. 2007: the posterior condyles are arcs about one cylindrical axis',
  note: 'placed on our femur: the point equidistant from the medial condyle’s underside, back and the arc between',
}

/** A point on the knee's flexion axis in the standing pose (the rig turns the shank about it). */
export function kneeFlexionCentre(side: Side): Vec3 {
  const k = kneeCentre(side)
  return [k[0], k[1] + KNEE_FLEXION_AXIS_OFFSET.up, k[2] - KNEE_FLEXION_AXIS_OFFSET.back]
}

/** Centre of the ankle joint in the standing pose: straight below the knee centre. */
export function ankleCentre(side: Side): Vec3 {
  const k = kneeCentre(side)
  return [k[0], k[1] - SHANK_LENGTH, k[2]]
}

/** Floor level in the standing frame, mm. */
export const FLOOR_Y = ankleCentre('l')[1] - ANKLE_HEIGHT

/**
 * Top edge of the skin model: the lower chest, about 9 cm above the T12 body (its superior
 * endplate is at y ≈ 321–327 mm). Design value: the model has no ribs above the 12th, so the
 * skin stops here and the skin material fades its last {@link SKIN_FADE_LENGTH} mm out (no lid).
 */
export const SKIN_TOP_Y = 420
/** Height over which the skin fades out below its top edge, mm. */
export const SKIN_FADE_LENGTH = 70

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

/**
 * Body-surface figures the generated skin is checked against (`generator/skin/measureSkin.ts`),
 * for an average adult of our stature (168.5 cm). Circumferences are tape measures (convex hull
 * of the horizontal section); soft-tissue depths are from the bony landmark to the nearest point
 * of the skin.
 */
export interface BodyFigure {
  readonly min: number
  readonly max: number
  readonly unit: 'mm'
  readonly source: Source
}

const ANSUR_II: Source = {
  ref: 'ANSUR II: Gordon et al. 2014, 2012 Anthropometric Survey of U.S. Army Personnel (NATICK/TR-15/007)',
  note: 'the survey that defines these girths; its summary tables could not be opened here, so the range is the design brief’s for an average adult, scaled to our 168.5 cm stature (design value)',
}

/** Circumferences (tape measure) of the skin, mm. */
export const SKIN_CIRCUMFERENCES = {
  /** Natural waist: the narrowest girth between the iliac crest and the lower ribs. */
  waist: { min: 850, max: 950, unit: 'mm', source: ANSUR_II },
  /** Hips / buttocks: the largest girth over the buttocks and greater trochanters. */
  hips: { min: 950, max: 1050, unit: 'mm', source: ANSUR_II },
  /** Upper thigh, just below the gluteal fold. */
  upperThigh: { min: 550, max: 620, unit: 'mm', source: ANSUR_II },
  /** Knee, at the knee-joint centre (mid-patella). */
  knee: { min: 370, max: 400, unit: 'mm', source: ANSUR_II },
  /** Calf, the largest girth of the shank. */
  calf: { min: 360, max: 390, unit: 'mm', source: ANSUR_II },
  /** Ankle, the least girth above the malleoli. */
  ankle: { min: 210, max: 240, unit: 'mm', source: ANSUR_II },
} as const satisfies Record<string, BodyFigure>

/** Where the calf is largest, as a share of the shank length below the knee centre. */
export const CALF_MAX_LEVEL = {
  min: 0.2,
  max: 0.45,
  source: {
    ref: 'design value: the gastrocnemius bellies end at about mid-shank, the girth peaks in the upper third',
  } as Source,
}

const DEPTH_NOTE =
  'design value within the clinical palpation range (subcutaneous fat plus, at the trochanter, the iliotibial band and gluteal tendons); no single published ultrasound series found here'

/** Soft tissue between a bony landmark and the nearest skin, mm. */
export const SOFT_TISSUE_DEPTHS = {
  /** Lumbar spinous process tips (in the midline groove between the paraspinal bulges). */
  spinous: {
    min: 15,
    max: 40,
    unit: 'mm',
    source: { ref: 'design brief: 1.5–4 cm over lumbar spinous processes', note: DEPTH_NOTE },
  },
  /** Posterior superior iliac spine (the dimples of Venus). */
  psis: { min: 10, max: 30, unit: 'mm', source: { ref: 'design brief: PSIS 1–3 cm deep', note: DEPTH_NOTE } },
  /** Anterior superior iliac spine. */
  asis: { min: 10, max: 30, unit: 'mm', source: { ref: 'design brief: ASIS 1–3 cm deep', note: DEPTH_NOTE } },
  /** Greater trochanter tip. */
  greaterTrochanter: {
    min: 20,
    max: 60,
    unit: 'mm',
    source: { ref: 'design brief: greater trochanter 2–6 cm deep', note: DEPTH_NOTE },
  },
  /** Femoral epicondyles (the knee’s bony sides). */
  epicondyle: {
    min: 5,
    max: 20,
    unit: 'mm',
    source: { ref: 'design brief: knee front 0.5–2 cm; applied at the subcutaneous epicondyles', note: DEPTH_NOTE },
  },
} as const satisfies Record<string, BodyFigure>

/** Least gap between any bone or disc vertex and the skin, mm (every bone lies inside). */
export const SKIN_MIN_CLEARANCE = 3
