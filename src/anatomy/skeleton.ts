import type { PublishedRange, Side, Vec3 } from './types'
import { stackSpine, type SacralBase, type SpineLayout } from './spine'

/**
 * The standing skeleton, as numbers. Pelvis frame: origin midway between the hip centres, +X the
 * patient's left, +Y up, +Z forward, millimetres. The anterior pelvic plane (both ASIS and the pubic
 * symphysis) is vertical, which is the frame Bell's hip-centre ratios are given in.
 *
 * These are targets the bone shapes are built to; the tests measure the generated meshes and
 * landmarks against the published ranges below, never these numbers.
 */

/** Inter-ASIS width W (Skeletal Radiol 2009: 227 ± 16 mm). */
export const INTER_ASIS = 230
/** Distance between the hip centres (same 200 adults: 160 ± 8 mm). */
export const INTER_HIP = 160

/** Hip-joint centre, pelvis frame. */
export const hipCentre = (side: Side): Vec3 => [side === 'l' ? INTER_HIP / 2 : -INTER_HIP / 2, 0, 0]

/**
 * Mid-ASIS point. Bell 1990: the hip centre lies 0.30·W inferior and 0.19·W posterior of it
 * (and 0.36·W lateral; our 160 mm hip spacing gives 0.35·W, within one SD).
 */
export const MID_ASIS: Vec3 = [0, 0.3 * INTER_ASIS, 0.19 * INTER_ASIS]

/** Sacral slope 37° and pelvic tilt 13° give pelvic incidence 50° (Vaz 2002: 51.7 ± 11°). */
export const SACRAL_SLOPE_DEG = 37
export const PELVIC_TILT_DEG = 13
/** Hip axis to S1 endplate centre ("pelvic thickness"), mm. */
export const PELVIC_THICKNESS = 115

/** The S1 superior endplate in the standing pelvis. */
export const SACRAL_BASE: SacralBase = {
  centre: [
    0,
    PELVIC_THICKNESS * Math.cos((PELVIC_TILT_DEG * Math.PI) / 180),
    -PELVIC_THICKNESS * Math.sin((PELVIC_TILT_DEG * Math.PI) / 180),
  ],
  slopeDeg: SACRAL_SLOPE_DEG,
}

/** S1 endplate depth (anterior–posterior), mm; the promontory is its anterior edge. */
export const S1_ENDPLATE_DEPTH = 36
/** S1 endplate width, mm. */
export const S1_ENDPLATE_WIDTH = 50

/** The lumbar column in the standing pose, stacked on the sacrum. */
export const STANDING_SPINE: SpineLayout = stackSpine(SACRAL_BASE)

/**
 * Femur placement in standing: head centre at the hip centre; the mechanical axis (head centre →
 * centre of the knee) is adducted 3° from vertical so the knees sit closer than the hips.
 */
export const FEMUR_ADDUCTION_DEG = 3

/**
 * Where the other pelvic landmarks should land (left side; mirror for right), pelvis frame. These
 * steer the hip-bone shape; they are checked against their published ratios where one exists.
 */
export const PELVIS_TARGETS = {
  asis: [INTER_ASIS / 2, MID_ASIS[1], MID_ASIS[2]],
  aiis: [100, 36, 36],
  psis: [40, 92, -100],
  iliacCrestTop: [122, 148, -28],
  pubicTubercle: [24, -12, 40],
  pubicSymphysis: [0, -26, 38],
  ischialTuberosity: [56, -62, -34],
  ischialSpine: [44, -20, -58],
} as const satisfies Record<string, Vec3>

/** Published ranges for the skeleton-level checks. */
export const SKELETON_RANGES = {
  interAsis: {
    min: 195,
    max: 259,
    unit: 'mm',
    source: { ref: 'Skeletal Radiol 2009: 227 ± 16 mm (200 adults, CT), ± 2 SD' },
  },
  interHip: { min: 144, max: 176, unit: 'mm', source: { ref: 'Skeletal Radiol 2009: 160 ± 8 mm, ± 2 SD' } },
  hipPosteriorOfAsisRatio: {
    min: 0.14,
    max: 0.28,
    unit: 'ratio',
    source: { ref: 'Bell 1990 0.19·W; Delp gait2392 0.276·W' },
  },
  hipInferiorOfAsisRatio: {
    min: 0.22,
    max: 0.34,
    unit: 'ratio',
    source: { ref: 'Bell 1990 0.30·W; Delp gait2392 0.258·W' },
  },
  hipLateralOfMidlineRatio: {
    min: 0.3,
    max: 0.4,
    unit: 'ratio',
    source: { ref: 'Bell 1990 0.36·W; Delp gait2392 0.326·W' },
  },
} as const satisfies Record<string, PublishedRange>

/**
 * Published ranges for the hip bone's detail (left bone, pelvis frame), measured from the written
 * mesh by `generator/measure/measureHipDetail.ts`. Where no figure is in `../shared/reference/`
 * the source says so: those are design values taken from the review of the model beside CT bone
 * segmentations.
 */
export const HIP_BONE_RANGES = {
  iliacFossaDepth: {
    min: 7,
    max: 13,
    unit: 'mm',
    source: {
      ref: 'review beside CT bone segmentations: iliac fossa about 7–13 mm deep from the plane of its rim (crest, arcuate line); design value',
    },
  },
  symphysisGap: {
    min: 3,
    max: 6,
    unit: 'mm',
    source: {
      ref: 'symphyseal fibrocartilage about 4–5 mm (review); adult radiographic symphysis width about 3–6 mm (general radiology teaching, not in ../shared/reference); design value',
    },
  },
  quadrilateralPlateProud: {
    min: -3,
    max: 3,
    unit: 'mm',
    source: {
      ref: 'review beside CT bone segmentations: the inner wall behind the socket is a fairly flat plate, a few mm at most off a plane; design value',
    },
  },
  obturatorHeight: {
    min: 45,
    max: 55,
    unit: 'mm',
    source: { ref: 'obturator foramen roughly 45–55 mm long (review; no source in ../shared/reference); design value' },
  },
  obturatorWidth: {
    min: 25,
    max: 35,
    unit: 'mm',
    source: { ref: 'obturator foramen roughly 25–35 mm wide (review; no source in ../shared/reference); design value' },
  },
} as const satisfies Record<string, PublishedRange>

/** Published ranges for the femur checks (each bone in its own frame, pivot at the head centre). */
export const FEMUR_RANGES = {
  length: { min: 420, max: 480, unit: 'mm', source: { ref: 'Kanz et al.: M 449.7 ± 16.7 mm; German M 464 ± 24 mm' } },
  headDiameter: {
    min: 42.4,
    max: 51.6,
    unit: 'mm',
    source: { ref: 'Kanz et al.: maximum head diameter M 47.0 ± 2.3 mm, ± 2 SD' },
  },
  offset: { min: 30.5, max: 46.3, unit: 'mm', source: { ref: 'Arthroplasty 2022: true offset 38.2 mm (30.5–46.3)' } },
  trochanterTipBelowHead: {
    min: -2.9,
    max: 17.5,
    unit: 'mm',
    source: { ref: 'APAS 3D CT (519): GT tip 7.3 ± 5.1 mm below the head centre, ± 2 SD' },
  },
  lesserTrochanterBelowHead: {
    min: 50,
    max: 60,
    unit: 'mm',
    source: { ref: 'issue 3 (5–6 cm); OpenSim iliopsoas insertion 5.2–6.4 cm distal' },
  },
  condylarWidth: { min: 70, max: 90, unit: 'mm', source: { ref: 'Kanz et al.: M 79.6 ± 4.6 mm, ± 2 SD' } },
  neckHeight: {
    min: 31,
    max: 35,
    unit: 'mm',
    source: {
      ref: 'issue 10, from CT/MRI bone segmentations: narrowest femoral neck about 31–35 mm superior–inferior',
    },
  },
  neckDepth: {
    min: 32,
    max: 36,
    unit: 'mm',
    source: { ref: 'issue 10, from CT/MRI bone segmentations: narrowest femoral neck about 32–36 mm front to back' },
  },
  neckToHead: {
    min: 0.65,
    max: 0.75,
    unit: 'ratio',
    source: { ref: 'issue 10: narrowest neck (superior–inferior) over head diameter about 0.65–0.75' },
  },
  shaftBowRadius: {
    min: 1000,
    max: 1500,
    unit: 'mm',
    source: {
      ref: 'Egol et al. 2004 (J Orthop Trauma, 948 femurs): anterior bow radius 120 ± 36 cm; issue 10: about 1.0–1.5 m',
    },
  },
  lesserTrochanterVersion: {
    min: -47,
    max: -1,
    unit: 'deg',
    source: { ref: 'JHPS 2015: lesser-trochanter version −24 ± 11.5° (points posteromedially), ± 2 SD' },
  },
} as const satisfies Record<string, PublishedRange>

/** Published ranges for the sacroiliac joints. */
export const SACRUM_RANGES = {
  siGap: {
    min: 2,
    max: 4,
    unit: 'mm',
    source: { ref: 'issue 10: an even 2–4 mm sacroiliac joint space between the auricular surfaces' },
  },
  siGapEven: {
    min: 1.5,
    max: 5,
    unit: 'mm',
    source: {
      ref: 'design value: an even joint space keeps its 10th and 75th percentiles within 1.5–5 mm',
    },
  },
  hollow: {
    min: 20,
    max: 30,
    unit: 'mm',
    source: {
      ref: 'issue 10, beside CT and MRI bone segmentations: the front of the sacrum is hollow by 2–3 cm over its length',
      note: 'greatest depth of the midline front surface behind the chord from the promontory to the apex',
    },
  },
  length: {
    min: 95,
    max: 115,
    unit: 'mm',
    source: {
      ref: 'standard osteology (Gray’s Anatomy): adult sacrum about 10–11 cm from the promontory to the apex, straight; widened by 5 mm each way for the spread between adults',
    },
  },
  trueConjugate: {
    min: 100,
    max: 140,
    unit: 'mm',
    source: {
      ref: 'obstetric texts: anatomical conjugate (promontory to the top of the symphysis) about 11 cm; Hampel 2018 (3 T MRI, 50 women): obstetric conjugate 129–131 ± 7–10 mm; male inlets are narrower',
    },
  },
  promontoryBehindAsis: {
    min: 50,
    max: 90,
    unit: 'mm',
    source: {
      ref: 'Harrington 2007 hip centre (0.24 PD + 9.9 mm behind mid-ASIS) with a standing pelvic tilt of 13° and sacral slope of 37° puts the promontory about 55–65 mm behind the ASIS plane; the Delp gait2392 generic model, whose hip centre is 27 mm further back (0.276 W), about 85 mm (issue 10: 80–90)',
    },
  },
  pelvicTilt: {
    min: 0,
    max: 27,
    unit: 'deg',
    source: { ref: 'Mac-Thiong 2011 (n = 709): standing pelvic tilt, mean ± 2 SD 0–27°' },
  },
} as const satisfies Record<string, PublishedRange>
