import { hipCentre } from './skeleton'
import type { Side, Source, Vec3 } from './types'
import { mirrorX } from './vec'

/**
 * Psoas major and iliacus as lines of action ("strands"), the way musculoskeletal models (Delp's
 * OpenSim hip models) represent them: each strand runs from an origin through via points to the
 * insertion, every point riding on one bone, and may wrap over a sphere. `musclePath.ts` poses
 * them; the runtime draws a tube along each one.
 */

/** One strand of a muscle: a line of action from one origin to the insertion. */
export interface StrandDef {
  /** Unique id, `<muscle>:<strand>`, e.g. `psoas_major_l:l3_transverse`. */
  readonly id: string
  readonly muscle: 'psoas_major_l' | 'psoas_major_r' | 'iliacus_l' | 'iliacus_r'
  /** Origin name within the muscle: `l3_transverse`, `fossa_upper`, … */
  readonly strand: string
  /** Readable origin, for the readout: "L3 transverse process". */
  readonly label: string
  readonly side: Side
  /** Origin, via points…, insertion: each a point in STANDING world mm, riding on a structure. */
  readonly points: readonly { readonly bone: string; readonly p: Vec3 }[]
  /** Optional wrap obstacle: a sphere riding on a structure (the femoral head and capsule, on the hip bone). */
  readonly wrap?: { readonly bone: string; readonly centre: Vec3; readonly radius: number }
  /** Attachment region (baked into the origin bone's mesh) that the origin sits on. */
  readonly originRegion: string
  /** Attachment region (on the femur) that the insertion sits on. */
  readonly insertionRegion: string
  /**
   * Index in `points` where the muscle's shared course begins (the iliacus strands all pass the
   * same point at the pelvic brim): the belly's sections line up there. Absent for the psoas,
   * whose strands line up by distance from the insertion.
   */
  readonly knee?: number
  /** Resting (standing) belly radius profile: radius (mm) at evenly spaced fractions 0..1 of the path length. */
  readonly radiusProfile: readonly number[]
  readonly source: Source
}

type MuscleId = StrandDef['muscle']

/** The four muscles, for legends and whole-muscle lengths. */
export const MUSCLES: readonly { id: MuscleId; name: string; side: Side }[] = [
  { id: 'psoas_major_l', name: 'Psoas major (left)', side: 'l' },
  { id: 'iliacus_l', name: 'Iliacus (left)', side: 'l' },
  { id: 'psoas_major_r', name: 'Psoas major (right)', side: 'r' },
  { id: 'iliacus_r', name: 'Iliacus (right)', side: 'r' },
]

// ---------------------------------------------------------------------------------------------
// Sources

const PSOAS_ORIGIN: Source = {
  ref: 'pain-patterns.md B.1 [PSOAS-DICT] [NA-PSOAS] [WIKIMSK-PS] [SP-PSOAS]',
  note: 'bodies and discs T12–L4 (superficial layer) and anterior transverse processes L1–L5 (deep layer)',
}
const ILIACUS_ORIGIN: Source = {
  ref: 'pain-patterns.md B.1 [IMA-IL] [WHEEL-IL] [NA-PSOAS]',
  note: 'upper two-thirds of the iliac fossa, inner lip of the iliac crest, ala of the sacrum',
}
const COURSE =
  "course: Gray's Anatomy (psoas down the side of the lumbar bodies, over the pelvic brim and in front of the hip capsule; iliacus down the fossa, joining the psoas tendon on its lateral side) — insertion: pain-patterns.md B.1 [WIKIMSK-PS] [IMA-IL]"
const PSOAS_SIZE =
  'radius: Reid 1994 (MRI, 15 men) maximum psoas CSA 16.3 cm² at L4/L5 — 10 overlapping strands of 8–9 mm belly radius, tendon 3.5 mm (anatomy-facts.md §3)'
const ILIACUS_SIZE = 'radius: a flat fan filling the fossa, 7–8 mm per strand, tendon 3.5 mm'

// ---------------------------------------------------------------------------------------------
// Points (left side; the right side is the mirror image, as the generator mirrors the bones).
//
// Origins and insertions sit ON the generated meshes. They were derived from the attachment
// regions baked into public/models (loadModelFiles → per-vertex region codes, standing world mm):
//   - psoas body strands: the vertex of the body region nearest the centroid of that body's region
//     together with the region of the disc below it (the fibres arise from both);
//   - transverse strands, sacral ala, fossa_upper: the region vertex nearest the region's centroid
//     (fossa_upper: centroid of the fossa vertices above y = 110 mm, the upper part of the fossa);
//   - crest_anterior: the crest vertex nearest the centroid of the crest vertices 25 ± 3 mm from the ASIS;
//   - crest_posterior: the crest vertex nearest the centroid of the crest vertices behind z = −70 mm
//     (the iliolumbar end of the crest);
//   - psoas insertion: of the insertion-region vertices within 8 mm of the lesser-trochanter landmark,
//     the one whose normal best faced the tendon arriving from beside the femoral neck (PSOAS_FEMUR), so it meets
//     the trochanter rather than grazing along it;
//   - iliacus insertion: the insertion-region vertex nearest the centroid of that region's vertices
//     between y = −74 and −62 mm (about 15 mm below the lesser trochanter, on the strip below it).
// tests/generator/muscle-clearance.test.ts checks each is within 3 mm of its region on the current models.
//
// Via points were placed by hand and tuned with the clearance test (no centreline sample inside
// bone, at least half the local radius clear of it, in every test pose).

interface Anchor {
  readonly bone: string
  readonly p: Vec3
}
const on = (bone: string, p: Vec3): Anchor => ({ bone, p })

const PSOAS_INSERTION = on('femur_l', [88.1, -49.7, -17.7])
const ILIACUS_INSERTION = on('femur_l', [91.2, -67.9, -11.8])

/** Femoral head radius on the models (median distance of head vertices from the hip centre). */
export const FEMORAL_HEAD_RADIUS = 23.5
/** Wrap sphere: head plus about 10 mm of capsule and tendon, fixed to the pelvis (the head turns inside it). */
export const WRAP_RADIUS = FEMORAL_HEAD_RADIUS + 10

interface LeftDef {
  readonly muscle: 'psoas_major' | 'iliacus'
  readonly strand: string
  readonly label: string
  /** Attachment region id without the side suffix. */
  readonly region: string
  readonly origin: Anchor
  readonly via: readonly Anchor[]
  readonly radiusProfile: readonly number[]
}

/**
 * A belly profile on 21 samples (u = 0, 0.05 … 1): `start` mm at the origin rising to `belly` by
 * `peakAt`, flat to `holdTo`, then tapering to a `tendon` radius over the rest (the last 30–35%).
 */
function profile(start: number, belly: number, peakAt: number, holdTo: number, tendon: number): number[] {
  const out: number[] = []
  for (let i = 0; i <= 20; i++) {
    const u = i / 20
    let r: number
    if (u <= peakAt) r = start + (belly - start) * (peakAt > 0 ? u / peakAt : 1)
    else if (u <= holdTo) r = belly
    else {
      // Smooth taper (cosine) so the tube has no kink where the tendon starts.
      const t = (u - holdTo) / (1 - holdTo)
      r = tendon + ((belly - tendon) * (1 + Math.cos(Math.PI * t))) / 2
    }
    out.push(Math.round(r * 100) / 100)
  }
  return out
}

/** Over the brim, in front of the hip joint: the psoas tendon lies lateral to the iliopubic eminence, on the capsule. */
const PSOAS_BRIM_SUPERFICIAL = on('hip_bone_l', [79.5, 31, 39.5])
const PSOAS_BRIM_DEEP = on('hip_bone_l', [82.5, 30, 37.5])
/** The iliacus joins the tendon on its lateral side, medial to the AIIS. */
const ILIACUS_BRIM = on('hip_bone_l', [85.5, 32, 44])
/** Beside the femoral neck, medial to the shaft, where the tendon turns back to the lesser trochanter. */
const PSOAS_FEMUR = on('femur_l', [82.5, -44, -9])
const ILIACUS_FEMUR = on('femur_l', [82, -58.7, -13.8])

const PSOAS_PROFILE = (peakAt: number) => profile(4, 10, peakAt, 0.55, 3.5)
const ILIACUS_PROFILE = profile(4, 7.5, 0.25, 0.65, 3.5)

const LEFT: readonly LeftDef[] = [
  // Psoas, superficial layer: bodies (and the disc below). Each leaves its origin laterally, then
  // runs down the anterolateral side of the column in front of the deep layer.
  {
    muscle: 'psoas_major',
    strand: 't12_body',
    region: 'psoas_major_origin_t12_body',
    label: 'T12 body and T12/L1 disc',
    origin: on('t12', [17.4, 307.2, -24.8]),
    via: [
      on('t12', [30, 294, -20]),
      on('l4', [37, 195, 4]),
      on('l5', [39, 155, 6]),
      on('sacrum', [49, 115, 6]),
      PSOAS_BRIM_SUPERFICIAL,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.4),
  },
  {
    muscle: 'psoas_major',
    strand: 'l1_body',
    region: 'psoas_major_origin_l1_body',
    label: 'L1 body and L1/L2 disc',
    origin: on('l1', [18.5, 277.5, -17.6]),
    via: [
      on('l1', [31, 264, -12]),
      on('l4', [36, 195, -1]),
      on('l5', [38, 155, 1]),
      on('sacrum', [49, 115, 1]),
      PSOAS_BRIM_SUPERFICIAL,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.35),
  },
  {
    muscle: 'psoas_major',
    strand: 'l2_body',
    region: 'psoas_major_origin_l2_body',
    label: 'L2 body and L2/L3 disc',
    origin: on('l2', [19.5, 243.2, -9.9]),
    via: [
      on('l2', [32, 230, -5]),
      on('l4', [35, 195, -6]),
      on('l5', [38, 155, -4]),
      on('sacrum', [50, 115, -4]),
      PSOAS_BRIM_SUPERFICIAL,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.3),
  },
  {
    muscle: 'psoas_major',
    strand: 'l3_body',
    region: 'psoas_major_origin_l3_body',
    label: 'L3 body and L3/L4 disc',
    origin: on('l3', [20.6, 206.4, -4.3]),
    via: [
      on('l3', [38, 192, 2]),
      on('l5', [39, 155, -8]),
      on('sacrum', [51, 115, -8]),
      PSOAS_BRIM_SUPERFICIAL,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.2),
  },
  {
    muscle: 'psoas_major',
    strand: 'l4_body',
    region: 'psoas_major_origin_l4_body',
    label: 'L4 body and L4/L5 disc',
    origin: on('l4', [21.3, 167.2, -4.1]),
    via: [on('l4', [32, 155, 1]), on('sacrum', [50, 115, -2]), PSOAS_BRIM_SUPERFICIAL, PSOAS_FEMUR],
    radiusProfile: PSOAS_PROFILE(0.15),
  },
  // Psoas, deep layer: transverse processes. Each leaves the front of its process forwards, then
  // runs down behind the superficial layer.
  {
    muscle: 'psoas_major',
    strand: 'l1_transverse',
    region: 'psoas_major_origin_l1_transverse',
    label: 'L1 transverse process',
    origin: on('l1', [25.7, 276.6, -43.6]),
    via: [
      on('l1', [34, 262, -28]),
      on('l4', [51, 195, -12]),
      on('l5', [53, 155, -12]),
      on('sacrum', [53, 115, -12]),
      PSOAS_BRIM_DEEP,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.35),
  },
  {
    muscle: 'psoas_major',
    strand: 'l2_transverse',
    region: 'psoas_major_origin_l2_transverse',
    label: 'L2 transverse process',
    origin: on('l2', [28.2, 244.3, -36.9]),
    via: [
      on('l2', [37, 230, -22]),
      on('l4', [52, 195, -18]),
      on('l5', [54, 155, -16]),
      on('sacrum', [55, 115, -15]),
      PSOAS_BRIM_DEEP,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.3),
  },
  {
    muscle: 'psoas_major',
    strand: 'l3_transverse',
    region: 'psoas_major_origin_l3_transverse',
    label: 'L3 transverse process',
    origin: on('l3', [31.5, 211.5, -32.3]),
    via: [
      on('l3', [41, 198, -19]),
      on('l5', [55, 155, -20]),
      on('sacrum', [56, 115, -18]),
      PSOAS_BRIM_DEEP,
      PSOAS_FEMUR,
    ],
    radiusProfile: PSOAS_PROFILE(0.2),
  },
  {
    muscle: 'psoas_major',
    strand: 'l4_transverse',
    region: 'psoas_major_origin_l4_transverse',
    label: 'L4 transverse process',
    origin: on('l4', [31.2, 177.4, -31.7]),
    via: [on('l4', [43, 166, -19]), on('sacrum', [56, 115, -14]), PSOAS_BRIM_DEEP, PSOAS_FEMUR],
    radiusProfile: PSOAS_PROFILE(0.15),
  },
  {
    muscle: 'psoas_major',
    strand: 'l5_transverse',
    region: 'psoas_major_origin_l5_transverse',
    label: 'L5 transverse process',
    origin: on('l5', [33.7, 145.9, -35.8]),
    via: [on('l5', [41, 135, -25]), on('sacrum', [56, 112, -16]), PSOAS_BRIM_DEEP, PSOAS_FEMUR],
    radiusProfile: PSOAS_PROFILE(0.12),
  },
  // Iliacus: a fan from the crest, fossa and sacral ala down the inner surface of the fossa (each
  // with a via point about 10 mm off the bone), converging lateral to the psoas at the brim.
  {
    muscle: 'iliacus',
    strand: 'crest_anterior',
    region: 'iliacus_origin_crest',
    label: 'Inner lip of the iliac crest, near the ASIS',
    origin: on('hip_bone_l', [121.1, 91.8, 33.2]),
    via: [on('hip_bone_l', [108.5, 87.1, 34.3]), on('hip_bone_l', [89.5, 57, 41]), ILIACUS_BRIM, ILIACUS_FEMUR],
    radiusProfile: ILIACUS_PROFILE,
  },
  {
    muscle: 'iliacus',
    strand: 'fossa_upper',
    region: 'iliacus_origin_fossa',
    label: 'Upper iliac fossa',
    origin: on('hip_bone_l', [103.9, 123.2, -34.5]),
    via: [on('hip_bone_l', [94.6, 117.8, -27.1]), on('hip_bone_l', [82.2, 63.2, 13.2]), ILIACUS_BRIM, ILIACUS_FEMUR],
    radiusProfile: ILIACUS_PROFILE,
  },
  {
    muscle: 'iliacus',
    strand: 'crest_posterior',
    region: 'iliacus_origin_crest',
    label: 'Inner lip of the iliac crest, iliolumbar region',
    origin: on('hip_bone_l', [68, 124, -77.4]),
    via: [
      on('hip_bone_l', [59.6, 108.4, -69.2]),
      on('hip_bone_l', [72, 78, -34]),
      on('hip_bone_l', [80, 55, 20]),
      ILIACUS_BRIM,
      ILIACUS_FEMUR,
    ],
    radiusProfile: ILIACUS_PROFILE,
  },
  {
    muscle: 'iliacus',
    strand: 'sacral_ala',
    region: 'iliacus_origin_sacral_ala',
    label: 'Ala of the sacrum',
    origin: on('sacrum', [38.6, 113.7, -43.5]),
    via: [
      on('sacrum', [50, 112, -30]),
      on('hip_bone_l', [60, 82, -14]),
      on('hip_bone_l', [78, 57, 18]),
      ILIACUS_BRIM,
      ILIACUS_FEMUR,
    ],
    radiusProfile: ILIACUS_PROFILE,
  },
]

const sided = (bone: string, side: Side) => (side === 'l' ? bone : bone.replace(/_l$/, '_r'))

function build(def: LeftDef, side: Side): StrandDef {
  const place = (a: Anchor) => ({ bone: sided(a.bone, side), p: side === 'l' ? a.p : mirrorX(a.p) })
  const insertion = def.muscle === 'psoas_major' ? PSOAS_INSERTION : ILIACUS_INSERTION
  const muscle = `${def.muscle}_${side}` as MuscleId
  const knee = def.via.indexOf(ILIACUS_BRIM)
  return {
    id: `${muscle}:${def.strand}`,
    muscle,
    strand: def.strand,
    label: def.label,
    side,
    points: [def.origin, ...def.via, insertion].map(place),
    ...(knee >= 0 ? { knee: knee + 1 } : {}),
    originRegion: `${def.region}_${side}`,
    insertionRegion: `iliopsoas_insertion_${side}`,
    wrap: { bone: `hip_bone_${side}`, centre: hipCentre(side), radius: WRAP_RADIUS },
    radiusProfile: def.radiusProfile,
    source: {
      ref: `${def.muscle === 'psoas_major' ? PSOAS_ORIGIN.ref : ILIACUS_ORIGIN.ref}; ${COURSE}`,
      note: def.muscle === 'psoas_major' ? PSOAS_SIZE : ILIACUS_SIZE,
    },
  }
}

/** Every strand, left then right: psoas major 10 per side, iliacus 4 per side. */
export const STRANDS: readonly StrandDef[] = (['l', 'r'] as const).flatMap((side) => LEFT.map((d) => build(d, side)))

// ---------------------------------------------------------------------------------------------
// Whole-muscle lines of action (what "the muscle's length" means)

const mean = (ps: readonly Vec3[]): Vec3 => {
  const out: [number, number, number] = [0, 0, 0]
  for (const p of ps) for (let k = 0; k < 3; k++) out[k] = out[k]! + p[k]! / ps.length
  return out
}
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/**
 * One muscle's line of action as musculoskeletal models define it (Delp's OpenSim hip models): from
 * the centroid of its origin area to its insertion. The strands' origins sample the origin area
 * (one per slip or part of the fan), so their mean stands for its centroid; the point rides on the
 * bone of the nearest of them. The psoas line then follows the strands' mean course past the
 * sacrum and over the brim; the iliacus line joins the strands at the brim.
 */
function wholeLine(muscle: LeftDef['muscle'], side: Side): StrandDef {
  const defs = LEFT.filter((d) => d.muscle === muscle)
  const centroid = mean(defs.map((d) => d.origin.p))
  const nearest = defs.reduce((a, b) => (dist(a.origin.p, centroid) <= dist(b.origin.p, centroid) ? a : b))
  const via =
    muscle === 'psoas_major'
      ? [
          on('sacrum', mean(defs.map((d) => d.via.find((v) => v.bone === 'sacrum')!.p))),
          on('hip_bone_l', mean([PSOAS_BRIM_SUPERFICIAL.p, PSOAS_BRIM_DEEP.p])),
          PSOAS_FEMUR,
        ]
      : [ILIACUS_BRIM, ILIACUS_FEMUR]
  const def: LeftDef = {
    muscle,
    strand: 'origin_centroid',
    label: 'Centroid of the origin area to the insertion',
    region: nearest.region,
    origin: on(nearest.origin.bone, centroid),
    via,
    radiusProfile: nearest.radiusProfile,
  }
  return build(def, side)
}

/**
 * Each muscle's whole line of action, by muscle id: its length is the muscle's length in the
 * readout and the report. Not drawn (the surface is drawn through the strands).
 */
export const MUSCLE_LINES: Readonly<Record<MuscleId, StrandDef>> = {
  psoas_major_l: wholeLine('psoas_major', 'l'),
  iliacus_l: wholeLine('iliacus', 'l'),
  psoas_major_r: wholeLine('psoas_major', 'r'),
  iliacus_r: wholeLine('iliacus', 'r'),
}
