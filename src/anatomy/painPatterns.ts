import type {
  Facing,
  LimbNode,
  LimbStrip,
  Oval,
  PainMuscleId,
  PainPattern,
  Patch,
  PointRef,
  StripNode,
  SurfaceFacing,
  SurfaceStrip,
} from './painTypes'
import type { Vec3 } from './types'

/**
 * Referred-pain patterns of the hip flexors and low-back muscles, as data. Facts (which areas,
 * essential or spillover, trigger-point sites) come from `../shared/reference/pain-patterns.md`
 * §B.1–B.7 with the source keys given there; the geometry turns its [map] paint specs into
 * landmark-relative shapes (left side, cm): strips along centre curves through landmark-derived
 * points with a half-width that varies along them, ovals, and strips down the limb, so each zone
 * has the outline of the chart's area rather than a box. Those numbers are design defaults, not clinical data,
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

const at = (landmark: string, offsetCm?: Vec3): PointRef =>
  offsetCm === undefined ? { landmark } : { landmark, offsetCm }

/** A node of a surface strip: a point and the strip's half-width there, cm. */
const node = (p: PointRef, halfWidthCm: number): StripNode => ({ at: p, halfWidthCm })

const strip = (facing: SurfaceFacing, path: readonly StripNode[], midlineGapCm?: number): SurfaceStrip =>
  midlineGapCm === undefined ? { type: 'strip', path, facing } : { type: 'strip', path, facing, midlineGapCm }

const oval = (centre: PointRef, towards: PointRef, alongCm: number, acrossCm: number, facing: SurfaceFacing): Oval => ({
  type: 'oval',
  centre,
  towards,
  alongCm,
  acrossCm,
  facing,
})

/** A node of a limb strip: segment, fraction along it, angle around it (0 front, 90 out), half-width cm. */
const ln = (segment: LimbNode['segment'], along: number, aroundDeg: number, halfWidthCm: number): LimbNode => ({
  segment,
  along,
  aroundDeg,
  halfWidthCm,
})

const limbStrip = (...path: LimbNode[]): LimbStrip => ({ type: 'limbStrip', path })

const patch = (centre: PointRef, radiusCm: number, facing: Facing): Patch => ({
  type: 'patch',
  centre,
  radiusCm,
  facing,
})

/**
 * Bare skin either side of the spinous line in the iliopsoas back zones, cm: the charts paint
 * beside the spine, not on it, so Both shows two bands with skin between them.
 */
const MIDLINE_GAP_CM = 1.25

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
      label: 'a vertical band beside the lumbar spine, from T12 down to the top of the sacrum',
      // The "hand up and down beside the spine" band: its centre 2.5–3 cm from the spinous line,
      // narrow at T12 and widest over the lower lumbar spine, fading out by about 7 cm
      // (NA-PSOAS: spreads 3–7 cm); the spinous processes themselves stay bare.
      shape: strip(
        'posterior',
        [
          node(at('t12_spinous_tip', [2.3, -1, 0]), 1.3),
          node(at('l2_spinous_tip', [2.8, 0, 0]), 1.8),
          node(at('l4_spinous_tip', [3.1, 0, 0]), 2.1),
          // S1 level: the PSIS marks S2 (§A.2), about 2.5 cm lower.
          node(at('psis_l', [-0.8, 2.5, 0]), 2),
        ],
        MIDLINE_GAP_CM,
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.3,
      sources: ['NAMTPT-IP', 'NA-PSOAS', 'PERRY-IP', 'TP3D-IP'],
    },
    {
      id: 'IP-P2',
      kind: 'spillover',
      label: 'widening from the sacrum onto the upper inner buttock',
      // Continues the band below S1, turning out and down over the upper buttock to 8–10 cm from
      // the midline and 5–8 cm below the PSIS.
      shape: strip(
        'posterior',
        [node(at('psis_l', [-1, 3, 0]), 2), node(at('psis_l', [1, -2, 0]), 3.5), node(at('psis_l', [3.5, -5, 0]), 3)],
        MIDLINE_GAP_CM,
      ),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['TP3D-IP', 'PARKER', 'PERRY-IP', 'ABER-IP'],
    },
    {
      id: 'IP-A1',
      kind: 'essential',
      label: 'an elongated patch on the front and inner side of the upper third of the thigh',
      // From just below the inguinal crease to a third of the way down (§A.4: 0.53 H → 0.45 H),
      // over the femoral triangle (in front of and a little inside the femoral head), narrowing
      // downwards: the last node sits 2.5 cm (its half-width) above a third, so the rounded end
      // is at the third.
      shape: limbStrip(ln('thigh', 0.08, -15, 4.5), ln('thigh', 0.17, -20, 4.2), ln('thigh', 0.26, -22, 2.5)),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['NAMTPT-IP', 'TP3D-IP', 'PARKER', 'ABER-IP', 'WINTER'],
    },
    {
      id: 'IP-A2',
      kind: 'spillover',
      label: 'groin, along the inguinal crease',
      // An oval along the inguinal ligament (ASIS → pubic tubercle, HOPF), centred near its middle.
      shape: oval(at('pubic_tubercle_l', [4, 2, 2]), at('asis_l'), 4.5, 1.8, 'anterior'),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PERRY-IP', 'HOPF'],
    },
    {
      id: 'IP-A3',
      kind: 'spillover',
      label: 'lower abdomen on the same side (faint)',
      shape: oval(at('asis_l', [-5, 4, 3]), at('pubic_tubercle_l'), 5, 3.2, 'anterior'),
      weight: 0.3,
      edgeCm: 2.5,
      sources: ['PARKER'],
    },
    {
      id: 'IP-BIL',
      kind: 'essential',
      label: 'horizontal band across the lower lumbar spine on each side (both sides involved)',
      // With both sides the back pain runs across rather than up and down (WELLDIG-IP); the
      // charts still leave the spinous processes bare, so each side's band stops short of the
      // midline and Both shows skin between them.
      shape: strip(
        'posterior',
        [node(at('l4_spinous_tip', [2, 0.5, 0]), 3), node(at('l4_spinous_tip', [8.5, -0.5, 0]), 2.5)],
        MIDLINE_GAP_CM,
      ),
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
      // ahead (the belly behind the ASIS) round over the trochanter, widest at trochanter level.
      shape: limbStrip(ln('thigh', -0.14, 62, 4.5), ln('thigh', 0.1, 80, 5.5), ln('thigh', 0.33, 75, 3.5)),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['NA-TFL', 'PERRY-TFL', 'KENT-TFL', 'MJP-TFL'],
    },
    {
      id: 'TFL-S1',
      kind: 'spillover',
      label: 'strip down the front-outer thigh, just in front of the iliotibial band, narrowing to the outer knee',
      // Narrows as it goes down: the referral thins out towards (rarely beyond) the knee.
      shape: limbStrip(ln('thigh', 0.3, 70, 3), ln('thigh', 0.65, 62, 2.2), ln('thigh', 0.97, 66, 1.3)),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['NA-TFL', 'PERRY-TFL', 'MJP-TFL'],
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
      // The patella sits in front of the knee centre and a little above it when standing; the
      // oval is a little taller than wide, like the kneecap with its ring.
      shape: oval(at('knee_centre_l', [0, 1.5, 5.5]), at('knee_centre_l', [0, 8, 5.5]), 5, 4.3, 'anterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-RF', 'PW-RF', 'IOH-RF'],
    },
    {
      id: 'RF-S1',
      kind: 'spillover',
      label: 'front of the lower thigh, just above the kneecap',
      // The rounded upper end reaches about a third of the way up from the knee; wider below.
      shape: limbStrip(ln('thigh', 0.76, 0, 4), ln('thigh', 0.88, 0, 5)),
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
      label:
        'narrow ribbon from below the ASIS across the front of the thigh, down its inner side behind the inner knee to the upper inner shin',
      // The muscle's course: front-outer below the ASIS, crossing the thigh's midline at about
      // mid-thigh, behind the medial femoral condyle, onto the pes anserinus (IMA-SART). About
      // 5 cm wide, a little narrower at its ends.
      shape: limbStrip(
        ln('thigh', -0.06, 35, 2.2),
        ln('thigh', 0.2, 5, 2.5),
        ln('thigh', 0.45, -35, 2.5),
        ln('thigh', 0.72, -75, 2.5),
        ln('thigh', 0.95, -110, 2.4),
        ln('leg', 0.06, -105, 2.3),
        ln('leg', 0.14, -65, 1.8),
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NA-SART', 'HOPR-SART', 'MJP-SART', 'IMA-SART'],
    },
    {
      id: 'SAR-S1',
      kind: 'spillover',
      label: 'a little beyond the ribbon on either side, from the groin to below the knee',
      shape: limbStrip(
        ln('thigh', -0.1, 35, 4),
        ln('thigh', 0.2, 5, 4.2),
        ln('thigh', 0.45, -35, 4.2),
        ln('thigh', 0.72, -75, 4.2),
        ln('thigh', 0.95, -110, 4),
        ln('leg', 0.16, -65, 3),
      ),
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
      // PSIS marks S2 and overlies the middle of the joint (§A.2); the oval follows the joint
      // line, which runs down and a little inwards.
      shape: oval(at('psis_l', [0, -0.5, 0]), at('psis_l', [-1.2, -4.5, 0]), 3.8, 2.2, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ONC'],
    },
    {
      id: 'QL-E2',
      kind: 'essential',
      label: 'lower buttock, towards the middle, above the gluteal fold',
      // The gluteal fold is at ischial-tuberosity height (HOPF): an oval lying across the lower
      // buttock just above it.
      shape: oval(
        at('ischial_tuberosity_l', [0.8, 2.8, 0]),
        at('greater_trochanter_tip_l', [0, -2, 0]),
        5,
        2.6,
        'posterior',
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'HOPF'],
    },
    {
      id: 'QL-E3',
      kind: 'essential',
      label: 'along the back of the iliac crest, from beside the long back muscles',
      // The crest rises from the PSIS outwards and up; a ribbon about 4 cm wide follows it.
      shape: strip('posterior', [
        node(at('psis_l', [1.5, 2.2, 0]), 1.8),
        node(at('psis_l', [4.5, 4.3, 0]), 2),
        node(at('iliac_crest_top_l', [-1.5, -0.3, 0]), 2),
      ]),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E3L',
      kind: 'essential',
      label: 'along the side of the iliac crest, over its highest point to just behind the ASIS',
      // The same ribbon on the flank, measured sideways: over the crest top and forwards,
      // dipping down to the ASIS.
      shape: strip('lateral', [
        node(at('iliac_crest_top_l', [0, -0.3, -3]), 2),
        node(at('iliac_crest_top_l', [0, 0, 0]), 2),
        node(at('iliac_crest_top_l', [0, -1, 2.8]), 2),
        node(at('asis_l', [0, 4.3, -1.9]), 1.8),
        node(at('asis_l', [0, 1.6, -0.4]), 1.5),
      ]),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'DOCZZ-MPS', 'ABER-QL'],
    },
    {
      id: 'QL-E4',
      kind: 'essential',
      label: 'over the greater trochanter',
      // Taller than wide: the bony prominence and the tendon insertions around it.
      shape: oval(
        at('greater_trochanter_tip_l', [0, -1.5, 0]),
        at('greater_trochanter_tip_l', [0, -10, 0]),
        5.5,
        3.6,
        'lateral',
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2.5,
      sources: ['FITVIP-QL', 'NAMTPT-QL', 'ABER-QL'],
    },
    {
      id: 'QL-S1',
      kind: 'spillover',
      label: 'lower outer abdomen',
      shape: oval(at('asis_l', [-2, 5, 2]), at('pubic_tubercle_l'), 5.5, 3.8, 'anterior'),
      weight: 0.45,
      edgeCm: 2,
      sources: ['FITVIP-QL'],
    },
    {
      id: 'QL-S2',
      kind: 'spillover',
      label: 'groin',
      shape: oval(at('pubic_tubercle_l', [4, 2, 2]), at('asis_l'), 4.5, 1.8, 'anterior'),
      weight: 0.4,
      edgeCm: 2,
      sources: ['FITVIP-QL', 'HOPF'],
    },
    {
      id: 'QL-S3',
      kind: 'spillover',
      label: 'outer side of the upper thigh',
      shape: limbStrip(ln('thigh', 0.05, 95, 4.5), ln('thigh', 0.35, 95, 2.2)),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['FITVIP-QL', 'NAMTPT-QL'],
    },
    {
      id: 'QL-BIL',
      kind: 'essential',
      label: 'across the upper sacrum (deep trigger points on both sides)',
      // One band across the midline: the sacrum has no prominent spinous processes, and the
      // recalled chart draws it unbroken.
      shape: strip('posterior', [node(at('psis_l', [-4, 1.5, 0]), 2.2), node(at('psis_l', [0.5, 1.5, 0]), 2.2)]),
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
      label: 'along the posterior iliac crest and the low back just above it',
      shape: strip('posterior', [
        node(at('psis_l', [-0.5, 1.5, 0]), 2),
        node(at('psis_l', [3, 4, 0]), 2.8),
        node(at('iliac_crest_top_l', [-1, 0.5, 0]), 2.5),
      ]),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['TP3D-GMED', 'ABER-GMED', 'MASSLIB-GMED', 'HINDS-GMED'],
    },
    {
      id: 'GMED-E2',
      kind: 'essential',
      label: 'sacrum and sacroiliac joint on the same side',
      // A vertical oval beside the midline from the PSIS down the sacrum.
      shape: oval(at('psis_l', [-1.3, -2.5, 0]), at('psis_l', [-2, -8, 0]), 4.8, 2, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-GMED', 'TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-E3',
      kind: 'essential',
      label: 'upper and middle buttock',
      // Lies along the muscle, from below the PSIS out and down towards the trochanter.
      shape: oval(at('psis_l', [5, -5, 0]), at('greater_trochanter_tip_l', [0, 2, 0]), 6.5, 4.5, 'posterior'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['NAMTPT-GMED', 'TP3D-GMED', 'HINDS-GMED'],
    },
    {
      id: 'GMED-E4',
      kind: 'essential',
      label: 'side of the hip above the greater trochanter',
      shape: oval(at('greater_trochanter_tip_l', [0, 5, -1]), at('iliac_crest_top_l'), 5, 3.5, 'lateral'),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-S1',
      kind: 'spillover',
      label: 'back-outer side of the upper third of the thigh',
      shape: limbStrip(ln('thigh', 0.05, 135, 4.5), ln('thigh', 0.35, 140, 2.5)),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2.5,
      sources: ['TP3D-GMED', 'ABER-GMED'],
    },
    {
      id: 'GMED-BIL',
      kind: 'spillover',
      label: 'across the sacrum (shown with both sides)',
      shape: strip('posterior', [node(at('psis_l', [-4, -0.5, 0]), 2.5), node(at('psis_l', [0, -0.5, 0]), 2.5)]),
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
    // Anterior portion: a strip down the outer side, to the ankle.
    {
      id: 'GMIN-A-E1',
      kind: 'essential',
      label: 'strip from the lower outer buttock down the outer thigh (front portion)',
      shape: limbStrip(
        ln('thigh', -0.12, 115, 4.5),
        ln('thigh', 0.1, 98, 3.5),
        ln('thigh', 0.45, 90, 2.6),
        ln('thigh', 0.8, 88, 2.2),
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-A-E2',
      kind: 'essential',
      label: 'outer (peroneal) side of the leg to the ankle (front portion)',
      // Narrows towards the outer ankle.
      shape: limbStrip(ln('leg', 0.08, 92, 2.3), ln('leg', 0.5, 95, 2.2), ln('leg', 0.97, 100, 1.4)),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-A-S1',
      kind: 'spillover',
      label: 'outer knee',
      shape: limbStrip(ln('thigh', 0.75, 90, 3.5), ln('leg', 0.12, 92, 3.5)),
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
    // Posterior portion: the lower buttock, then a strip down the back of the thigh and calf.
    {
      id: 'GMIN-P-E1',
      kind: 'essential',
      label: 'lower inner buttock (back portion)',
      shape: oval(
        at('ischial_tuberosity_l', [1, 3.5, 0]),
        at('ischial_tuberosity_l', [1.5, -3, 0]),
        4.5,
        3.2,
        'posterior',
      ),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NA-GMIN'],
    },
    {
      id: 'GMIN-P-E2',
      kind: 'essential',
      label: 'back of the thigh (back portion)',
      shape: limbStrip(ln('thigh', 0.02, 172, 3.5), ln('thigh', 0.4, 182, 2.7), ln('thigh', 0.82, 180, 2.3)),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NAMTPT-GMIN'],
    },
    {
      id: 'GMIN-P-E3',
      kind: 'essential',
      label: 'upper and middle calf (back portion)',
      // A little wider over the calf's belly; kept behind the calf, off its inner side.
      shape: limbStrip(ln('leg', 0.1, 180, 2.8), ln('leg', 0.35, 180, 2.9), ln('leg', 0.62, 180, 2.2)),
      weight: ESSENTIAL_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN', 'NA-GMIN', 'TP3D-GMIN'],
    },
    {
      id: 'GMIN-P-S1',
      kind: 'spillover',
      label: 'back of the knee',
      shape: limbStrip(ln('thigh', 0.78, 180, 3), ln('leg', 0.12, 180, 3)),
      weight: SPILLOVER_WEIGHT,
      edgeCm: 2,
      sources: ['PFH-GMIN'],
    },
    {
      id: 'GMIN-P-S2',
      kind: 'spillover',
      label: 'lower calf',
      shape: limbStrip(ln('leg', 0.55, 180, 2.5), ln('leg', 0.88, 180, 1.5)),
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
