import { STATURE } from './body'
import type { PublishedRange, Source } from './types'

/**
 * The lower leg's figures: published sizes the generated tibia, fibula and patella are checked
 * against, and how the kneecap rides in the rig. Millimetres, the standing frame of `skeleton.ts`.
 */

const TROTTER_GLESER_1952: Source = {
  ref: 'Trotter & Gleser 1952/1958 (white males): stature = 2.52 × tibia + 78.62 cm; stature = 2.68 × fibula + 71.78 cm',
  note: 'for our stature (168.5 cm, from the femur) tibia 35.7 cm and fibula 36.1 cm, standard error of the stature ≈ 3.4 cm (≈ 1.3 cm of bone); Jantz et al. 1995 showed their tibiae were measured without the malleolus, which adds about 1 cm',
}

/** Tibia length that the Trotter & Gleser regression gives for our stature, mm (≈ 357). */
export const TIBIA_LENGTH_FROM_STATURE = Math.round(((STATURE / 10 - 78.62) / 2.52) * 10)

/** Published ranges for the lower-leg checks (`generator/measure/measureLowerLeg.ts`). */
export const LOWER_LEG_RANGES = {
  /** Maximum length: intercondylar eminence to the tip of the medial malleolus. */
  tibiaLength: {
    min: 340,
    max: 380,
    unit: 'mm',
    source: { ref: 'issue 10: tibia about 34–38 cm', note: TROTTER_GLESER_1952.note },
  },
  /** Breadth across the two tibial condyles (Martin M3). */
  tibiaPlateauWidth: {
    min: 68,
    max: 84,
    unit: 'mm',
    source: {
      ref: 'osteometry: proximal epiphyseal breadth of the tibia (Martin M3) about 70 mm in women and 78 mm in men',
      note: 'design range spanning both sexes',
    },
  },
  /** Fibula: apex of the head to the tip of the lateral malleolus. */
  fibulaLength: {
    min: 340,
    max: 380,
    unit: 'mm',
    source: TROTTER_GLESER_1952,
  },
  /** How far the tip of the lateral malleolus lies below that of the medial one. */
  lateralMalleolusBelowMedial: {
    min: 5,
    max: 20,
    unit: 'mm',
    source: {
      ref: "Standard osteology (Gray's Anatomy): the lateral malleolus reaches about 1 cm lower than the medial",
    },
  },
  /** Least gap between the tibia and the femur, standing (the two cartilages and the joint space). */
  kneeJointSpace: {
    min: 3,
    max: 8,
    unit: 'mm',
    source: {
      ref: 'standing knee radiographs: tibiofemoral joint space width about 4–6 mm in healthy adults',
      note: 'design range; our bones stand for bone with its cartilage, so the gap is the radiographic space',
    },
  },
  /** Patella: base to apex. */
  patellaHeight: { min: 40, max: 50, unit: 'mm', source: { ref: 'issue 10: patella about 4–5 cm tall' } },
  /** Patella: side to side. */
  patellaWidth: {
    min: 38,
    max: 50,
    unit: 'mm',
    source: {
      ref: 'osteometry: the patella is about as wide as it is tall (adults about 40–48 mm)',
      note: 'design range',
    },
  },
  /** Patella: front to back, the thickest point. */
  patellaThickness: {
    min: 18,
    max: 27,
    unit: 'mm',
    source: { ref: 'patellar thickness at knee arthroplasty, adults about 20–26 mm', note: 'design range' },
  },
  /**
   * Insall–Salvati ratio: patellar tendon length (apex → tibial tuberosity) over the patella's
   * height; below 0.8 is a low patella (baja), above 1.2 a high one (alta).
   */
  insallSalvati: {
    min: 0.8,
    max: 1.2,
    unit: 'ratio',
    source: { ref: 'Insall & Salvati 1971: normal 1.02 ± 0.13; 0.8–1.2 is the accepted normal band' },
  },
} as const satisfies Record<string, PublishedRange>

/**
 * How far the kneecap turns, as a share of the knee's bend. The patella is held to the tibial
 * tuberosity by its tendon and glides down the femur's groove as the knee bends, so it neither
 * stays with the thigh nor turns with the shin; it tilts a little under three quarters as far.
 */
export const PATELLA_KNEE_SHARE = 0.7
export const PATELLA_KNEE_SHARE_SOURCE: Source = {
  ref: 'design value: in-vivo kinematic studies report about 60–70° of patellar flexion at 90° of knee flexion',
}

/**
 * Centre of the femoral groove (trochlea) that the patella glides round, from the knee centre in
 * the femur's own frame (mm): 13 mm above it and 4 mm behind. The generator's femur builds its
 * trochlea as a wheel about this point (`generator/bones/femur.ts`), so turning the patella about
 * it keeps the kneecap the same few millimetres off the groove at every bend.
 */
export const TROCHLEA_CENTRE_FROM_KNEE: readonly [number, number, number] = [2, 13.1, -4]
