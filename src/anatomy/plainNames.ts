import { discLabel, levelLabel } from './bones'
import type { PainMuscleId } from './painTypes'
import type { DiscId, Level } from './spine'
import type { Side } from './types'

/**
 * Words a patient understands, for every structure, muscle, landmark and attachment area we ship.
 * The anatomical names in `bones.ts`, `landmarks.ts` and `attachments.ts` stay as they are (they
 * are written into the model files); these tables sit beside them. `names.ts` looks ids up here.
 *
 * Rule of thumb: the plain name comes first and the anatomical term follows in brackets where a
 * clinician would use it (or a report would print it); the one-line summary says what the thing
 * is or does, in everyday words.
 */

/** The plain name and one-line summary of one thing. */
export interface PlainWords {
  /** Plain name first, the term after it in brackets where it helps: "Left thigh bone (femur)". */
  readonly name: string
  /** One line in everyday words: what it is or what it does. */
  readonly summary: string
}

/** Plain words before the patient's side is added, for things that come in left/right pairs. */
interface PairedWords {
  /** Name without the side, in lower case unless a word needs a capital ("front hip point (…)"). */
  readonly name: string
  readonly summary: string
}

const SIDE_WORD: Record<Side, string> = { l: 'Left', r: 'Right' }
const upperFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)

/** "Left thigh bone (femur)": the side first, for bones, muscles and attachment areas. */
const sided = (side: Side, w: PairedWords): PlainWords => ({ name: `${SIDE_WORD[side]} ${w.name}`, summary: w.summary })
/** "Front hip point (…), left": the side last, for landmarks, whose names start with a place word. */
const sidedAfter = (side: Side, w: PairedWords): PlainWords => ({
  name: `${upperFirst(w.name)}, ${SIDE_WORD[side].toLowerCase()}`,
  summary: w.summary,
})

//
// Bones, discs and muscles

/** Bones and muscles that come in pairs, by id without the side suffix. */
const PAIRED_STRUCTURES = {
  hip_bone: {
    name: 'hip bone',
    summary:
      'One half of the pelvis: the iliacus lines its inner hollow, and the ball of the thigh bone sits in its socket.',
  },
  rib_12: {
    name: 'lowest rib (12th rib)',
    summary:
      'A short "floating" rib that joins only the spine, at the top of the lower back. Muscles of the low back pull on it.',
  },
  femur: {
    name: 'thigh bone (femur)',
    summary: 'The long bone of the thigh. The psoas and iliacus pull on a bump near its top, on the inner side.',
  },
  tibia: {
    name: 'shin bone (tibia)',
    summary:
      'The big bone of the lower leg. It carries the weight from the knee to the ankle; you feel its edge down the shin.',
  },
  fibula: {
    name: 'thin outer bone of the lower leg (fibula)',
    summary: 'The slim bone beside the shin bone, on the outside. Its lower end is the outer ankle bone.',
  },
  patella: {
    name: 'kneecap (patella)',
    summary: 'The small bone at the front of the knee. It slides in a groove of the thigh bone as the knee bends.',
  },
  foot: {
    name: 'foot bones (tarsals and metatarsals)',
    summary: 'The heel bone, the ankle bone on top of it and the long bones of the foot, drawn simply.',
  },
  psoas_major: {
    name: 'psoas major',
    summary:
      'A deep muscle that bends the hip. It runs from the side of the lower back, through the pelvis, to the top of the thigh bone.',
  },
  iliacus: {
    name: 'iliacus',
    summary: 'A fan-shaped muscle lining the inside of the hip bone. It joins the psoas and bends the hip with it.',
  },
} as const satisfies Record<string, PairedWords>

const SINGLE_STRUCTURES = {
  sacrum: {
    name: 'Sacrum (base of the spine)',
    summary: 'The wedge of fused bone at the bottom of the spine, held between the two hip bones.',
  },
  coccyx: { name: 'Tailbone (coccyx)', summary: 'The small, last piece of the spine, below the sacrum.' },
} as const satisfies Record<string, PlainWords>

const vertebra = (level: Level): PlainWords =>
  level === 't12'
    ? {
        name: 'T12 vertebra (bottom of the mid back)',
        summary: 'The lowest spine bone that carries a rib. The top of the psoas starts on its side.',
      }
    : {
        name: `${levelLabel(level)} vertebra (lower back)`,
        summary: 'One of the five bones of the lower back. The psoas starts on its side and on its side wings.',
      }

const disc = (d: DiscId): PlainWords => {
  const [upper, lower] = d.split('_') as [Level, Level | 's1']
  return {
    name: `Disc between ${levelLabel(upper)} and ${lower === 's1' ? 'the sacrum' : levelLabel(lower)}`,
    summary: `The soft cushion between two bones of the spine (the ${discLabel(d)} intervertebral disc).`,
  }
}

//
// Landmarks

const PAIRED_LANDMARKS = {
  asis: {
    name: 'front hip point (anterior superior iliac spine)',
    summary: 'The bony point you can feel at the front of the hip, below the waist.',
  },
  aiis: {
    name: 'lower front hip point (anterior inferior iliac spine)',
    summary: 'A bony point on the front of the hip bone, just below the front hip point and above the hip joint.',
  },
  psis: {
    name: 'back hip point (posterior superior iliac spine)',
    summary: 'The bony point under the small dimple on each side of the low back.',
  },
  iliac_crest_top: {
    name: 'top of the hip bone’s rim (iliac crest)',
    summary: 'The highest point of the rim you feel when you put your hands on your hips.',
  },
  pubic_tubercle: {
    name: 'small bump on the pubic bone (pubic tubercle)',
    summary: 'A small bony bump low at the front of the pelvis, beside the midline.',
  },
  ischial_tuberosity: { name: 'sitting bone (ischial tuberosity)', summary: 'The part of the pelvis you sit on.' },
  ischial_spine: {
    name: 'inner spike above the sitting bone (ischial spine)',
    summary: 'A small bony spike on the inside of the pelvis, above the sitting bone.',
  },
  acetabulum_centre: {
    name: 'centre of the hip socket (acetabulum)',
    summary: 'The middle of the cup in the hip bone that holds the ball of the thigh bone.',
  },
  femoral_head_centre: {
    name: 'centre of the ball of the hip joint (femoral head)',
    summary: 'The middle of the ball at the top of the thigh bone; the hip turns about this point.',
  },
  greater_trochanter_tip: {
    name: 'bony point on the outside of the hip (greater trochanter)',
    summary: 'The knob at the top of the thigh bone that you can feel on the side of the hip.',
  },
  lesser_trochanter: {
    name: 'inner bump near the top of the thigh bone (lesser trochanter)',
    summary: 'The small bump on the inner side of the thigh bone where the psoas and iliacus attach.',
  },
  medial_epicondyle: {
    name: 'inner knob of the thigh bone at the knee (medial epicondyle)',
    summary: 'The bony knob on the inside of the knee, at the lower end of the thigh bone.',
  },
  lateral_epicondyle: {
    name: 'outer knob of the thigh bone at the knee (lateral epicondyle)',
    summary: 'The bony knob on the outside of the knee, at the lower end of the thigh bone.',
  },
  knee_centre: {
    name: 'centre of the knee (intercondylar notch)',
    summary: 'The groove between the two rounded ends of the thigh bone, in the middle of the knee.',
  },
  tibial_plateau: {
    name: 'top of the shin bone (tibial plateau)',
    summary: 'The flat top of the shin bone that the thigh bone rests on, in the middle of the knee.',
  },
  tibial_tuberosity: {
    name: 'bump below the kneecap (tibial tuberosity)',
    summary: 'The bump at the top of the shin, below the kneecap, where the kneecap’s tendon attaches.',
  },
  medial_malleolus: {
    name: 'inner ankle bone (medial malleolus)',
    summary: 'The knob on the inside of the ankle: the lower end of the shin bone.',
  },
  fibular_head: {
    name: 'knob below the outer knee (fibular head)',
    summary: 'The top of the thin outer leg bone, a knob you can feel on the outside just below the knee.',
  },
  lateral_malleolus: {
    name: 'outer ankle bone (lateral malleolus)',
    summary: 'The knob on the outside of the ankle, a little lower than the inner one: the end of the fibula.',
  },
  patellar_base: {
    name: 'top edge of the kneecap (base of the patella)',
    summary: 'The broad upper edge of the kneecap, where the thigh muscle’s tendon attaches.',
  },
  patellar_apex: {
    name: 'lower tip of the kneecap (apex of the patella)',
    summary: 'The pointed lower end of the kneecap, where its tendon to the shin bone starts.',
  },
  rib_12_tip: {
    name: 'tip of the lowest rib (12th rib)',
    summary: 'The free end of the lowest rib, which you can feel at the side of the back above the waist.',
  },
} as const satisfies Record<string, PairedWords>

const SINGLE_LANDMARKS = {
  pubic_symphysis: {
    name: 'Joint at the front of the pelvis (pubic symphysis)',
    summary: 'Where the two hip bones meet at the front, low in the middle.',
  },
  sacral_promontory: {
    name: 'Front edge of the top of the sacrum (sacral promontory)',
    summary: 'The front edge of the ledge on which the lowest disc of the lower back sits.',
  },
  s1_endplate_posterior: {
    name: 'Back edge of the top of the sacrum (S1 endplate)',
    summary: 'The back edge of the ledge on which the lowest disc of the lower back sits.',
  },
  coccyx_tip: { name: 'Tip of the tailbone (coccyx)', summary: 'The lowest point of the spine.' },
  t12_endplate_superior_anterior: {
    name: 'Top of T12, front edge (upper endplate)',
    summary: 'The front edge of the top surface of the T12 vertebra, where the disc above it sits.',
  },
  t12_endplate_superior_posterior: {
    name: 'Top of T12, back edge (upper endplate)',
    summary: 'The back edge of the top surface of the T12 vertebra, where the disc above it sits.',
  },
} as const satisfies Record<string, PlainWords>

/** Landmarks that every vertebra has, by the part of the id after the level (`l3_spinous_tip`). */
const VERTEBRA_LANDMARKS: Record<string, (level: string) => PairedWords> = {
  body_centre: (l) => ({
    name: `centre of the ${l} vertebra (vertebral body)`,
    summary: `The middle of the solid, round front part of the ${l} vertebra.`,
  }),
  spinous_tip: (l) => ({
    name: `${l} bump down the middle of the back (spinous process)`,
    summary: `The tip of the ${l} vertebra that you can feel under the skin along the middle of the back.`,
  }),
  transverse_tip: (l) => ({
    name: `tip of the ${l} side wing (transverse process)`,
    summary: `The end of the bony wing that sticks out to the side of the ${l} vertebra.`,
  }),
}

//
// Attachment areas

const STARTS = 'Where the muscle starts (origin)'

/** Attachment ids by pattern, each giving the name (without side) and summary. */
const ATTACHMENT_PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => PairedWords][] = [
  [
    /^psoas_major_origin_(t12|l[1-5])_body_[lr]$/,
    (m) => ({
      name: `psoas major: starts on the side of the ${m[1]!.toUpperCase()} vertebra`,
      summary: `${STARTS}: the side of the ${m[1]!.toUpperCase()} vertebral body.`,
    }),
  ],
  [
    /^psoas_major_origin_disc_([a-z0-9]+_[a-z0-9]+)_[lr]$/,
    (m) => {
      const d = disc(m[1] as DiscId)
      return {
        name: `psoas major: starts on the side of the ${d.name.replace(/^Disc/, 'disc')}`,
        summary: `${STARTS}: the side of the ${discLabel(m[1] as DiscId)} intervertebral disc.`,
      }
    },
  ],
  [
    /^psoas_major_origin_(l[1-5])_transverse_[lr]$/,
    (m) => ({
      name: `psoas major: starts on the front of the ${m[1]!.toUpperCase()} side wing`,
      summary: `${STARTS}: the front of the ${m[1]!.toUpperCase()} transverse process.`,
    }),
  ],
  [
    /^iliacus_origin_fossa_[lr]$/,
    () => ({
      name: 'iliacus: starts in the hollow on the inside of the hip bone',
      summary: `${STARTS}: the upper two-thirds of the iliac fossa.`,
    }),
  ],
  [
    /^iliacus_origin_crest_[lr]$/,
    () => ({
      name: 'iliacus: starts along the inner edge of the hip bone’s rim',
      summary: `${STARTS}: the inner lip of the iliac crest.`,
    }),
  ],
  [
    /^iliacus_origin_sacral_ala_[lr]$/,
    () => ({
      name: 'iliacus: starts on the upper wing of the sacrum',
      summary: `${STARTS}: the ala (wing) of the sacrum.`,
    }),
  ],
  [
    /^iliopsoas_insertion_[lr]$/,
    () => ({
      name: 'iliopsoas: attaches to the inner bump near the top of the thigh bone',
      summary:
        'Where the psoas and iliacus attach together (insertion): the lesser trochanter and the bone just below it.',
    }),
  ],
]

//
// Lookup

const asTable = (t: object) => t as Readonly<Record<string, PlainWords | undefined>>
const SINGLES = { ...asTable(SINGLE_STRUCTURES), ...asTable(SINGLE_LANDMARKS) }
const PAIRED = asTable(PAIRED_STRUCTURES)
const PAIRED_POINTS = asTable(PAIRED_LANDMARKS)

/**
 * Plain words for an id we ship (structure, muscle, landmark or attachment area), or undefined
 * for an id that is not ours.
 */
export function plainWords(id: string): PlainWords | undefined {
  const single = SINGLES[id]
  if (single) return single
  if (/^(t12|l[1-5])$/.test(id)) return vertebra(id as Level)
  const d = /^disc_((?:t12|l[1-5])_(?:l[1-5]|s1))$/.exec(id)
  if (d) return disc(d[1] as DiscId)
  const v = /^(t12|l[1-5])_(body_centre|spinous_tip)$/.exec(id)
  if (v) {
    const w = VERTEBRA_LANDMARKS[v[2]!]!(v[1]!.toUpperCase())
    return { name: upperFirst(w.name), summary: w.summary }
  }
  const s = /^(.+)_([lr])$/.exec(id)
  if (!s) return undefined
  const base = s[1]!
  const side = s[2] as Side
  for (const [re, words] of ATTACHMENT_PATTERNS) {
    const m = re.exec(id)
    if (m) return sided(side, words(m))
  }
  const paired = PAIRED[base]
  if (paired) return sided(side, paired)
  const point = PAIRED_POINTS[base]
  if (point) return sidedAfter(side, point)
  const t = /^(t12|l[1-5])_transverse_tip$/.exec(base)
  if (t) return sidedAfter(side, VERTEBRA_LANDMARKS.transverse_tip!(t[1]!.toUpperCase()))
  return undefined
}

//
// Pain patterns

/**
 * A few plain words saying where each pattern's muscle is, for the pattern checkboxes
 * ("Iliopsoas (deep hip flexor)"): a patient rarely knows the Latin names.
 */
export const PAIN_MUSCLE_HINTS: Readonly<Record<PainMuscleId, string>> = {
  iliopsoas: 'deep hip flexor',
  quadratus_lumborum: 'deep low-back muscle',
  gluteus_medius: 'side of the buttock',
  gluteus_minimus: 'deepest buttock muscle',
  tensor_fasciae_latae: 'outer front of the hip',
  rectus_femoris: 'front of the thigh',
  sartorius: 'long strap across the thigh',
}

//
// Model files

/**
 * What each generated model file holds, in plain words, for the loading list and its messages
 * ("Pelvis (pelvis.glb) 40 %"): a patient waiting should read what is coming, not only a file name.
 */
const MODEL_FILE_WORDS: Readonly<Record<string, string | undefined>> = {
  'pelvis.glb': 'Pelvis',
  'lumbar_spine.glb': 'Lower back bones',
  'femur_l.glb': 'Left thigh bone',
  'femur_r.glb': 'Right thigh bone',
  'lower_leg_l.glb': 'Left knee, shin and foot bones',
  'lower_leg_r.glb': 'Right knee, shin and foot bones',
  'skin.glb': 'Body surface',
}

/** Plain words for a model file, or undefined for a file the generator does not write. */
export const modelFileWords = (file: string): string | undefined => MODEL_FILE_WORDS[file]

/**
 * A model file named for a patient, plain words first and the file after them (the file name is
 * what whoever hosts the app looks for): "Pelvis (pelvis.glb)". A file we do not write keeps its
 * name alone.
 */
export function modelFileLabel(file: string): string {
  const words = MODEL_FILE_WORDS[file]
  return words ? `${words} (${file})` : file
}
