import type { Facing, LevelRef, LimbBand, PainMuscleId, PainPattern, Patch, PointRef, TrunkBand } from './painTypes'
import type { Vec3 } from './types'

/**
 * Referred-pain patterns of the hip flexors and low-back muscles, as data. Facts (which areas,
 * essential or spillover, trigger-point sites) come from `../shared/reference/pain-patterns.md`
 * §B.1–B.7 with the source keys given there; the geometry turns its [map] paint specs into
 * landmark-relative shapes (left side, cm). Those numbers are design defaults, not clinical data,
 * and the essential/spillover split is the reference's recollection of Travell & Simons' charts
 * ([T&S-mem]); every pattern says so in `notes`.
 *
 * Weights: essential 1, spillover 0.5 (less where a source calls an area faint or rare), as the
 * reference suggests (§A.5). Summaries and palpation hints are our own words.
 */

/** Weight of an essential zone. */
export const ESSENTIAL_WEIGHT = 1
/** Weight of a typical spillover zone. */
export const SPILLOVER_WEIGHT = 0.5

const lvl = (landmark: string, offsetCm?: number): LevelRef =>
  offsetCm === undefined ? { landmark } : { landmark, offsetCm }
const at = (landmark: string, offsetCm?: Vec3): PointRef =>
  offsetCm === undefined ? { landmark } : { landmark, offsetCm }

const trunk = (top: LevelRef, bottom: LevelRef, lateralCm: readonly [number, number], facing: Facing): TrunkBand => ({
  type: 'trunkBand',
  top,
  bottom,
  lateralCm,
  facing,
})

const limb = (
  segment: LimbBand['segment'],
  along: readonly [number, number],
  centre: number,
  halfWidth: number,
  centreEnd?: number,
): LimbBand => ({
  type: 'limbBand',
  segment,
  along,
  aroundDeg: centreEnd === undefined ? { centre, halfWidth } : { centre, halfWidth, centreEnd },
})

const patch = (centre: PointRef, radiusCm: number, facing: Facing): Patch => ({
  type: 'patch',
  centre,
  radiusCm,
  facing,
})

/** The reference's caveat on the essential/spillover split, shared by every pattern. */
const RECALLED_SPLIT =
  'Which areas are essential and which spillover follows the reference’s recollection of the Travell & Simons chart; check against the manual before relying on it.'
const MAP_GEOMETRY =
  'Zone edges are design defaults placed from bony landmarks (pain-patterns.md [map]); a physiotherapist should review them on the model.'

const ILIOPSOAS: PainPattern = {
  muscle: 'iliopsoas',
  name: 'Iliopsoas (psoas major and iliacus)',
  sceneMuscles: ['psoas_major_l', 'psoas_major_r', 'iliacus_l', 'iliacus_r'],
  summary:
    'A deep ache that runs up and down beside the lower spine and can reach the top of the buttock, the groin and the front of the thigh. It is usually worse standing upright and eases lying down.',
  sources: ['NAMTPT-IP', 'NA-PSOAS', 'TP3D-IP', 'PERRY-IP', 'PARKER', 'ABER-IP', 'WELLDIG-IP', 'TP101'],
  notes: [
    'The sources describe psoas major and iliacus as one unit (iliopsoas) with one referral pattern; it cannot be split between the two muscles.',
    'With both sides involved the back pain becomes a horizontal band across the low back (shown when both sides are selected).',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    {
      id: 'IP-P1',
      kind: 'essential',
      label: 'beside the lumbar spine, from T12 down to the sacroiliac joint',
      // Peak 1–4.5 cm from the spinous line, fading out by 7 cm (NA-PSOAS: spreads 3–7 cm).
      shape: trunk(lvl('t12_spinous_tip'), lvl('psis_l'), [1, 4.5], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['NAMTPT-IP', 'NA-PSOAS', 'PERRY-IP', 'TP3D-IP'],
    },
    {
      id: 'IP-P2',
      kind: 'spillover',
      label: 'upper sacrum and upper inner buttock',
      shape: trunk(lvl('psis_l'), lvl('psis_l', -6.5), [1, 9], 'posterior'),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['TP3D-IP', 'PARKER', 'PERRY-IP', 'ABER-IP'],
    },
    {
      id: 'IP-A1',
      kind: 'essential',
      label: 'front and inner side of the upper third of the thigh',
      // From the inguinal crease to a third of the way down (§A.4: 0.53 H → 0.45 H), around the
      // femoral triangle, which lies in front of and a little inside the femoral head.
      shape: limb('thigh', [-0.02, 0.33], -20, 45),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 3,
      sources: ['NAMTPT-IP', 'TP3D-IP', 'PARKER', 'ABER-IP', 'WINTER'],
    },
    {
      id: 'IP-A2',
      kind: 'spillover',
      label: 'groin, along the inguinal crease',
      // Centre at the middle of the inguinal ligament (ASIS → pubic tubercle), on the skin.
      shape: patch(at('pubic_tubercle_l', [4, 2, 2]), 3.5, 'anterior'),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PERRY-IP'],
    },
    {
      id: 'IP-A3',
      kind: 'spillover',
      label: 'lower abdomen on the same side (faint)',
      shape: patch(at('asis_l', [-5, 4, 3]), 4.5, 'anterior'),
      weight: 0.3,
      edgeCm: 2.5,
      sources: ['PARKER'],
    },
    {
      id: 'IP-BIL',
      kind: 'essential',
      label: 'horizontal band across the low back, L1 to S1 (both sides involved)',
      shape: trunk(lvl('l1_spinous_tip'), lvl('psis_l', 2), [0, 8], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      bothSidesOnly: true,
      sources: ['WELLDIG-IP', 'NAMTPT-IP'],
    },
  ],
  triggerPoints: [
    {
      id: 'IP-T1',
      name: 'Psoas, through the abdominal wall',
      // Psoas belly beside the L3–L4 bodies; the marker lands on the abdomen 6 cm off the midline.
      at: at('l3_body_centre', [6, -1.5, 0]),
      facing: 'anterior',
      depth: 'deep',
      hint: 'Knees propped up, sink slowly in beside the outer edge of the six-pack at navel height, aiming back towards the spine; a small hip lift makes it tighten.',
      sources: ['MUSC-PS', 'MUSC-MB', 'DOCZZ-MPS'],
    },
    {
      id: 'IP-T2',
      name: 'Iliacus, inside the iliac crest',
      at: at('asis_l', [-1.5, 1, -3.5]),
      facing: 'anterior',
      depth: 'deep',
      hint: 'Knees supported, curl the fingertips over the rim of the pelvis just behind its front point and press outwards into the inner bowl.',
      sources: ['FINANDO', 'E2-IL', 'DOCZZ-MPS'],
    },
    {
      id: 'IP-T3',
      name: 'Distal iliopsoas, femoral triangle',
      at: at('femoral_head_centre_l', [-1, -4, 2.5]),
      facing: 'anterior',
      depth: 'deep',
      hint: 'Thigh a little bent and turned out: find the groin pulse below the crease, move a finger-width outside it and press gently into the firm muscle.',
      sources: ['FINANDO', 'MUSC-MB'],
    },
  ],
}

const TENSOR_FASCIAE_LATAE: PainPattern = {
  muscle: 'tensor_fasciae_latae',
  name: 'Tensor fasciae latae',
  sceneMuscles: [],
  summary:
    'Pain at the front and outer side of the hip that can run down the outside of the thigh towards the knee. Lying on that side or walking fast often brings it on.',
  sources: ['NA-TFL', 'PERRY-TFL', 'KENT-TFL', 'MJP-TFL', 'TP101'],
  notes: [
    'One source says it can reach the calf; the others stop at the knee, so the calf is not painted.',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    {
      id: 'TFL-E1',
      kind: 'essential',
      label: 'front and outer hip, from the muscle below the ASIS back over the greater trochanter',
      // From ASIS height to a third of the way down the thigh; from just lateral of straight
      // ahead (the belly behind the ASIS) round to just behind the trochanter.
      shape: limb('thigh', [-0.15, 0.33], 70, 40),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['NA-TFL', 'PERRY-TFL', 'KENT-TFL', 'MJP-TFL'],
    },
    {
      id: 'TFL-S1',
      kind: 'spillover',
      label: 'strip down the front-outer thigh, just in front of the iliotibial band',
      shape: limb('thigh', [0.33, 0.7], 60, 22),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['NA-TFL', 'PERRY-TFL', 'MJP-TFL'],
    },
    {
      id: 'TFL-S2',
      kind: 'spillover',
      label: 'same strip fading towards the outer knee',
      shape: limb('thigh', [0.7, 0.98], 65, 22),
      weight: 0.35,
      edgeCm: 2,
      sources: ['NA-TFL', 'MJP-TFL'],
    },
  ],
  triggerPoints: [
    {
      id: 'TFL-T1',
      name: 'Tensor fasciae latae belly',
      // Two finger-widths below and two behind-outside the ASIS (PAINBRAIN).
      at: at('asis_l', [2.5, -3.5, -2.5]),
      facing: 'lateral',
      depth: 'superficial',
      hint: 'About two finger-widths down and out from the front hip point; have the patient lift the straight leg out to the side so the belly firms up.',
      sources: ['PAINBRAIN', 'OCLIN'],
    },
  ],
}

const RECTUS_FEMORIS: PainPattern = {
  muscle: 'rectus_femoris',
  name: 'Rectus femoris',
  sceneMuscles: [],
  summary:
    'An ache around and under the kneecap and just above it, sometimes felt deep inside the knee. The knee can feel weak going down stairs, and the front of the thigh may ache at night.',
  sources: ['NAMTPT-RF', 'PW-RF', 'IOH-RF', 'TP101'],
  notes: [RECALLED_SPLIT, MAP_GEOMETRY],
  zones: [
    {
      id: 'RF-E1',
      kind: 'essential',
      label: 'kneecap and the ring around it',
      // The patella sits in front of the knee centre and a little above it when standing.
      shape: patch(at('knee_centre_l', [0, 1.5, 5.5]), 4.5, 'anterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-RF', 'PW-RF', 'IOH-RF'],
    },
    {
      id: 'RF-S1',
      kind: 'spillover',
      label: 'front of the lower thigh, just above the kneecap',
      shape: limb('thigh', [0.72, 0.92], 0, 50),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['NAMTPT-RF', 'PW-RF'],
    },
  ],
  triggerPoints: [
    {
      id: 'RF-T1',
      name: 'Rectus femoris, high in the thigh',
      // 5–8 cm below the ASIS on the front of the thigh, over the AIIS origin.
      at: at('aiis_l', [-1, -3.5, 2]),
      facing: 'anterior',
      depth: 'deep',
      hint: 'Hip straight, press into the notch of the upside-down V just below the front hip point, between the two strap-like muscles that form it.',
      sources: ['MORTON-RF', 'OCLIN'],
    },
    {
      id: 'RF-T2',
      name: 'Rectus femoris, above the knee',
      at: at('knee_centre_l', [0.5, 10, 3.5]),
      facing: 'anterior',
      depth: 'superficial',
      hint: 'Roll across the middle of the front of the thigh about a hand-width above the kneecap, feeling for a tender cord.',
      sources: ['IOH-RF'],
    },
  ],
}

const SARTORIUS: PainPattern = {
  muscle: 'sartorius',
  name: 'Sartorius',
  sceneMuscles: [],
  summary:
    'A sharp, burning or tingling line rather than a deep ache, running across the front of the thigh and down its inner side to the inside of the knee.',
  sources: ['NA-SART', 'HOPR-SART', 'MJP-SART', 'TP101'],
  notes: [
    'Its pain is sharp or tingling and lies along the muscle itself; show it with a distinct texture rather than a diffuse glow.',
    'Upper trigger points can cause numbness on the front-outer thigh, which overlaps the lateral femoral cutaneous nerve territory (meralgia paresthetica is a differential).',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    {
      id: 'SAR-E1',
      kind: 'essential',
      label: 'oblique ribbon from below the ASIS across the front of the thigh to its inner side',
      // About 5 cm wide (±20° at a thigh radius of 7–8 cm); the centre turns from front-outer
      // below the ASIS to front-inner at mid-thigh.
      shape: limb('thigh', [-0.1, 0.5], 30, 20, -40),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NA-SART', 'HOPR-SART', 'MJP-SART'],
    },
    {
      id: 'SAR-E2',
      kind: 'essential',
      label: 'inner thigh down behind the inner knee bump',
      shape: limb('thigh', [0.5, 1], -40, 22, -115),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NA-SART', 'HOPR-SART', 'MJP-SART'],
    },
    {
      id: 'SAR-E3',
      kind: 'essential',
      label: 'inside of the knee to the upper inner shin (pes anserinus)',
      shape: limb('leg', [0, 0.15], -115, 28, -50),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NA-SART', 'HOPR-SART'],
    },
    {
      id: 'SAR-S1',
      kind: 'spillover',
      label: 'a little beyond the ribbon on either side and at the groin',
      shape: limb('thigh', [-0.12, 1], 30, 38, -115),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['MJP-SART'],
    },
  ],
  triggerPoints: [
    {
      id: 'SAR-T1',
      name: 'Sartorius, proximal',
      at: at('asis_l', [-2, -12, -1]),
      facing: 'anterior',
      depth: 'superficial',
      hint: 'A hand-width below the front hip point, roll across the thin strap as it starts to slant inwards.',
      sources: ['BLISS-SART', 'MJP-SART'],
    },
    {
      id: 'SAR-T2',
      name: 'Sartorius, middle',
      at: at('knee_centre_l', [-2.5, 22.5, 3]),
      facing: 'anterior',
      depth: 'superficial',
      hint: 'Mid-thigh on the front-inner side, with the hip bent and turned out, pinch or roll the narrow strap crossing towards the inner thigh.',
      sources: ['BLISS-SART', 'MJP-SART'],
    },
    {
      id: 'SAR-T3',
      name: 'Sartorius, distal',
      at: at('medial_epicondyle_l', [0, 7, 0]),
      facing: 'medial',
      depth: 'superficial',
      hint: 'Just above the knee on the inner side, follow the strap behind the bony bump and roll across it gently.',
      sources: ['BLISS-SART', 'MJP-SART'],
    },
  ],
}

const QUADRATUS_LUMBORUM: PainPattern = {
  muscle: 'quadratus_lumborum',
  name: 'Quadratus lumborum',
  sceneMuscles: [],
  summary:
    'A deep ache in the low back just above the pelvis that can spread along the top of the hip bone, into the buttock and to the bony point on the side of the hip. Turning in bed, coughing or standing up straight can make it sharp.',
  sources: ['FITVIP-QL', 'NAMTPT-QL', 'ABER-QL', 'DOCZZ-MPS', 'TP101'],
  notes: [
    'Some patients feel it in the testicle, scrotum or labia; this is given as text only and not painted.',
    'Its trigger points can set off satellite trigger points in gluteus minimus, which then give sciatica-like leg pain.',
    'The band across the upper sacrum with both sides involved is recalled from Travell & Simons, not checked.',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    {
      id: 'QL-E1',
      kind: 'essential',
      label: 'over the sacroiliac joint (S1 to S3)',
      // PSIS marks S2 (§A.2): S1–S3 is about 3 cm either side of it.
      shape: trunk(lvl('psis_l', 3), lvl('psis_l', -3.5), [2, 6], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS'],
    },
    {
      id: 'QL-E2',
      kind: 'essential',
      label: 'lower buttock, towards the middle, above the gluteal fold',
      // The gluteal fold is at ischial-tuberosity height (HOPF).
      shape: trunk(lvl('ischial_tuberosity_l', 7), lvl('ischial_tuberosity_l', 0.5), [2.5, 10], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'HOPF'],
    },
    // The iliac crest curves from the PSIS up over its top and down to the ASIS; a chain of small
    // patches about 3 cm apart follows it from the erector-spinae border round to the ASIS, the
    // back ones facing backwards, the side ones sideways.
    {
      id: 'QL-E3a',
      kind: 'essential',
      label: 'posterior iliac crest beside the long back muscles',
      shape: patch(at('psis_l', [2.5, 2.6, -1]), 3, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3b',
      kind: 'essential',
      label: 'posterior iliac crest',
      shape: patch(at('psis_l', [5, 4.3, 0]), 3, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3c',
      kind: 'essential',
      label: 'back-outer part of the iliac crest',
      shape: patch(at('iliac_crest_top_l', [-1, -0.2, -5]), 3, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3d',
      kind: 'essential',
      label: 'iliac crest behind its highest point',
      shape: patch(at('iliac_crest_top_l', [2, -0.3, -2.7]), 3, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3e',
      kind: 'essential',
      label: 'highest point of the iliac crest',
      shape: patch(at('iliac_crest_top_l', [2, 0, 0]), 3, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3f',
      kind: 'essential',
      label: 'iliac crest in front of its highest point',
      shape: patch(at('iliac_crest_top_l', [1.5, -1, 2.8]), 3, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3g',
      kind: 'essential',
      label: 'front part of the iliac crest',
      shape: patch(at('asis_l', [2, 4.3, -1.9]), 3, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3h',
      kind: 'essential',
      label: 'iliac crest just behind the ASIS',
      shape: patch(at('asis_l', [1.5, 1.6, -0.4]), 3, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E4',
      kind: 'essential',
      label: 'over the greater trochanter',
      shape: patch(at('greater_trochanter_tip_l', [2, -1, 0]), 5, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['FITVIP-QL', 'NAMTPT-QL', 'ABER-QL'],
    },
    {
      id: 'QL-S1',
      kind: 'spillover',
      label: 'lower outer abdomen',
      shape: patch(at('asis_l', [-2, 5, 2]), 5, 'anterior'),
      weight: 0.45,
      edgeCm: 2,
      sources: ['FITVIP-QL'],
    },
    {
      id: 'QL-S2',
      kind: 'spillover',
      label: 'groin',
      shape: patch(at('pubic_tubercle_l', [4, 2, 2]), 3.5, 'anterior'),
      weight: 0.4,
      edgeCm: 2,
      sources: ['FITVIP-QL'],
    },
    {
      id: 'QL-S3',
      kind: 'spillover',
      label: 'outer side of the upper thigh',
      shape: limb('thigh', [0.02, 0.33], 95, 30),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['FITVIP-QL', 'NAMTPT-QL'],
    },
    {
      id: 'QL-BIL',
      kind: 'essential',
      label: 'across the upper sacrum (deep trigger points on both sides)',
      shape: trunk(lvl('psis_l', 3.5), lvl('psis_l', -1), [0, 5], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      bothSidesOnly: true,
      sources: ['FITVIP-QL'],
    },
  ],
  triggerPoints: [
    {
      id: 'QL-T1',
      name: 'Quadratus lumborum, superficial upper',
      // About a hand-breadth from the spine at L1–L2, in the angle of the 12th rib and the erector.
      at: at('l1_transverse_tip_l', [5.5, -2, -1]),
      facing: 'posterior',
      depth: 'superficial',
      hint: 'Side-lying on the other side over a rolled towel: press inwards and upwards under the last rib, just outside the long back muscles.',
      sources: ['FITVIP-QL', 'LFB-QL', 'SPRINGER-QL'],
    },
    {
      id: 'QL-T2',
      name: 'Quadratus lumborum, superficial lower',
      at: at('l4_transverse_tip_l', [5, -0.5, -1.5]),
      facing: 'posterior',
      depth: 'superficial',
      hint: 'Same side-lying set-up: press down onto the top of the pelvic rim just outside the long back muscles, angling towards the spine.',
      sources: ['FITVIP-QL', 'SPRINGER-QL'],
    },
    {
      id: 'QL-T3',
      name: 'Quadratus lumborum, deep upper',
      // L3 transverse-process tip, about 4.5 cm from the midline (EGO).
      at: at('l3_transverse_tip_l', [0, 0, -1]),
      facing: 'posterior',
      depth: 'deep',
      hint: 'Lean slowly through the back muscles towards the bony side-tip of the third lumbar vertebra, roughly level with the navel.',
      sources: ['FITVIP-QL', 'EGO'],
    },
    {
      id: 'QL-T4',
      name: 'Quadratus lumborum, deep lower',
      at: at('l5_transverse_tip_l', [-0.5, 1.4, -1]),
      facing: 'posterior',
      depth: 'deep',
      hint: 'Angle deep and inwards just above the pelvic rim, into the gap between the fourth and fifth lumbar side-tips.',
      sources: ['FITVIP-QL'],
    },
  ],
}

const GLUTEUS_MEDIUS: PainPattern = {
  muscle: 'gluteus_medius',
  name: 'Gluteus medius',
  sceneMuscles: [],
  summary:
    'An ache along the back of the pelvic rim, over the flat bone at the base of the spine and across the buttock, sometimes reaching the side of the hip and the top of the thigh. Walking, lying on the sore side and slouched sitting often make it worse.',
  sources: ['NAMTPT-GMED', 'TP3D-GMED', 'ABER-GMED', 'MASSLIB-GMED', 'HINDS-GMED', 'TP101'],
  notes: [
    'One consumer site also claims the back of the thigh, the calf and the groin; no other source agrees, so those areas are not painted.',
    'The band across the sacrum is the anterior trigger point’s pattern as recalled from Travell & Simons; it is shown when both sides are selected.',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    {
      id: 'GMED-E1',
      kind: 'essential',
      label: 'posterior iliac crest and the low back just above it',
      shape: trunk(lvl('iliac_crest_top_l', 1), lvl('psis_l'), [2, 11], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['TP3D-GMED', 'ABER-GMED', 'MASSLIB-GMED', 'HINDS-GMED'],
    },
    {
      id: 'GMED-E2',
      kind: 'essential',
      label: 'sacrum and sacroiliac joint on the same side',
      shape: trunk(lvl('psis_l', 2), lvl('coccyx_tip', 3), [1, 5], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-GMED', 'TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-E3',
      kind: 'essential',
      label: 'upper and middle buttock',
      shape: trunk(lvl('psis_l'), lvl('ischial_tuberosity_l', 4), [4, 15], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-GMED', 'TP3D-GMED', 'HINDS-GMED'],
    },
    {
      id: 'GMED-E4',
      kind: 'essential',
      label: 'side of the hip above the greater trochanter',
      shape: patch(at('greater_trochanter_tip_l', [2.5, 5, -1]), 4.5, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-S1',
      kind: 'spillover',
      label: 'back-outer side of the upper third of the thigh',
      shape: limb('thigh', [0.05, 0.35], 135, 35),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-BIL',
      kind: 'spillover',
      label: 'across the sacrum (shown with both sides)',
      shape: trunk(lvl('psis_l', 2), lvl('psis_l', -3), [0, 5], 'posterior'),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      bothSidesOnly: true,
      sources: ['HINDS-GMED'],
    },
  ],
  triggerPoints: [
    {
      id: 'GMED-T1',
      name: 'Gluteus medius, posterior',
      at: at('psis_l', [3.5, 0.5, 0.5]),
      facing: 'posterior',
      depth: 'deep',
      hint: 'Just under the back of the pelvic rim, a few finger-widths out from the dimple over the sacroiliac joint, pressing through the big buttock muscle.',
      sources: ['HINDS-GMED', 'MASSLIB-GMED'],
    },
    {
      id: 'GMED-T2',
      name: 'Gluteus medius, middle',
      at: at('iliac_crest_top_l', [1, -4, -1]),
      facing: 'lateral',
      depth: 'superficial',
      hint: 'Side-lying, press in about three finger-widths below the highest point of the pelvic rim, halfway between its front and back ends.',
      sources: ['HINDS-GMED', 'MASSLIB-GMED'],
    },
    {
      id: 'GMED-T3',
      name: 'Gluteus medius, anterior',
      at: at('asis_l', [2.5, -0.5, -5]),
      facing: 'lateral',
      depth: 'superficial',
      hint: 'Just below the rim a hand-width behind the front hip point, in the gap behind the tensor muscle; abducting the leg makes it firm.',
      sources: ['HINDS-GMED', 'MASSLIB-GMED'],
    },
  ],
}

const GLUTEUS_MINIMUS: PainPattern = {
  muscle: 'gluteus_minimus',
  name: 'Gluteus minimus',
  sceneMuscles: [],
  summary:
    'Pain that can run from the buttock down the outer side or the back of the thigh and leg as far as the ankle, so it is easily mistaken for sciatica. Lying on that side or getting up from a chair is often hard.',
  sources: ['PFH-GMIN', 'NAMTPT-GMIN', 'NA-GMIN', 'TP3D-GMIN', 'TP101'],
  notes: [
    'Leg pain like this also comes from nerve roots (L5/S1), spinal stenosis or cauda equina compression; those must be ruled out first.',
    'The front part of the muscle refers down the outer side, the back part down the back of the thigh and calf.',
    RECALLED_SPLIT,
    MAP_GEOMETRY,
  ],
  zones: [
    // Anterior portion: outer side, to the ankle.
    {
      id: 'GMIN-A-E1',
      kind: 'essential',
      label: 'lower outer buttock (front portion)',
      shape: limb('thigh', [-0.15, 0.08], 125, 30),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-A-E2',
      kind: 'essential',
      label: 'outer thigh (front portion)',
      shape: limb('thigh', [0.05, 0.8], 90, 22),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN', 'NA-GMIN'],
    },
    {
      id: 'GMIN-A-E3',
      kind: 'essential',
      label: 'outer (peroneal) side of the leg to the ankle (front portion)',
      shape: limb('leg', [0.1, 1.02], 95, 22),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-A-S1',
      kind: 'spillover',
      label: 'outer knee',
      shape: limb('thigh', [0.75, 1.12], 90, 35),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN'],
    },
    {
      id: 'GMIN-A-S2',
      kind: 'spillover',
      label: 'top of the foot (rare)',
      shape: patch(at('ankle_centre_l', [0, -3, 8]), 4, 'anterior'),
      weight: 0.2,
      edgeCm: 2,
      sources: ['PFH-GMIN'],
    },
    // Posterior portion: back of thigh and calf.
    {
      id: 'GMIN-P-E1',
      kind: 'essential',
      label: 'lower inner buttock (back portion)',
      shape: trunk(lvl('ischial_tuberosity_l', 7), lvl('ischial_tuberosity_l', -1), [2, 9], 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NA-GMIN'],
    },
    {
      id: 'GMIN-P-E2',
      kind: 'essential',
      label: 'back of the thigh (back portion)',
      shape: limb('thigh', [0.1, 0.85], 180, 25),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN'],
    },
    {
      id: 'GMIN-P-E3',
      kind: 'essential',
      label: 'upper and middle calf (back portion)',
      shape: limb('leg', [0.12, 0.6], 180, 30),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-P-S1',
      kind: 'spillover',
      label: 'back of the knee',
      shape: limb('thigh', [0.82, 1.15], 180, 30),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN'],
    },
    {
      id: 'GMIN-P-S2',
      kind: 'spillover',
      label: 'lower calf',
      shape: limb('leg', [0.6, 0.85], 180, 30),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN'],
    },
  ],
  triggerPoints: [
    {
      id: 'GMIN-TA',
      name: 'Gluteus minimus, anterior portion',
      // Between the ASIS and the greater trochanter, under gluteus medius and TFL.
      at: at('greater_trochanter_tip_l', [0, 4, 3]),
      facing: 'lateral',
      depth: 'deep',
      hint: 'Side-lying, sink slowly and deeply into the space between the front hip point and the bony bump on the side of the hip.',
      sources: ['NA-GMIN', 'TP3D-GMIN', 'MORTON-GMIN'],
    },
    {
      id: 'GMIN-TP',
      name: 'Gluteus minimus, posterior portion',
      // Near the upper border of piriformis, about halfway from the PSIS to the trochanter.
      at: at('greater_trochanter_tip_l', [-4, 5, -4]),
      facing: 'posterior',
      depth: 'deep',
      hint: 'Press deep into the buttock halfway along a line from the back dimple of the pelvis to the bony bump on the side of the hip, just above that line.',
      sources: ['NA-GMIN', 'TP3D-GMIN', 'MORTON-GMIN'],
    },
  ],
}

/** Every referral pattern, in display order: iliopsoas, the low-back and gluteal muscles, then the other hip flexors. */
export const PAIN_PATTERNS: readonly PainPattern[] = [
  ILIOPSOAS,
  QUADRATUS_LUMBORUM,
  GLUTEUS_MEDIUS,
  GLUTEUS_MINIMUS,
  TENSOR_FASCIAE_LATAE,
  RECTUS_FEMORIS,
  SARTORIUS,
]

/** The muscles with a referral pattern, in display order (read off the patterns, so never out of step). */
export const PAIN_MUSCLES: readonly PainMuscleId[] = PAIN_PATTERNS.map((p) => p.muscle)

const BY_MUSCLE = new Map(PAIN_PATTERNS.map((p) => [p.muscle, p]))

/** The pattern of a muscle. */
export const painPatternOf = (muscle: PainMuscleId): PainPattern => {
  const p = BY_MUSCLE.get(muscle)
  if (!p) throw new Error(`no pain pattern for ${muscle}`)
  return p
}

/** The pattern a 3D scene muscle belongs to (e.g. `psoas_major_l` → iliopsoas), if any. */
export const painPatternForSceneMuscle = (sceneId: string): PainPattern | undefined =>
  PAIN_PATTERNS.find((p) => p.sceneMuscles.includes(sceneId))
