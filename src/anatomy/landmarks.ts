import { levelLabel } from './bones'
import { LEVELS } from './spine'
import type { Side, Source } from './types'

/** How a landmark relates to its bone's mesh; the generator contract tests check each kind. */
export type LandmarkPlacement = 'surface' | 'centre'

/** A named point carried as an empty node in the model file (`extras.kind = "landmark"`). */
export interface LandmarkRecord {
  readonly id: string
  readonly name: string
  /** Structure id of the bone it belongs to (its node is a child of that bone's node). */
  readonly bone: string
  readonly placement: LandmarkPlacement
  readonly side?: Side
  readonly source: Source
}

const SIDES = ['l', 'r'] as const
const WORD = { l: 'left', r: 'right' } as const
const GRAY: Source = { ref: "Standard osteology (Gray's Anatomy)" }

function paired(
  base: string,
  name: string,
  bone: (s: Side) => string,
  placement: LandmarkPlacement,
  source: Source = GRAY,
): LandmarkRecord[] {
  return SIDES.map((s) => ({
    id: `${base}_${s}`,
    name: `${name} (${WORD[s]})`,
    bone: bone(s),
    placement,
    side: s,
    source,
  }))
}

const hip = (s: Side) => `hip_bone_${s}`
const femur = (s: Side) => `femur_${s}`
const rib12 = (s: Side) => `rib_12_${s}`
const tibia = (s: Side) => `tibia_${s}`
const fibula = (s: Side) => `fibula_${s}`
const patella = (s: Side) => `patella_${s}`

/** Every landmark the generator must place. Ids follow DESIGN.md (snake_case, side suffix). */
export const LANDMARKS: readonly LandmarkRecord[] = [
  ...paired('asis', 'Anterior superior iliac spine', hip, 'surface'),
  ...paired('aiis', 'Anterior inferior iliac spine', hip, 'surface'),
  ...paired('psis', 'Posterior superior iliac spine', hip, 'surface'),
  ...paired('iliac_crest_top', 'Highest point of the iliac crest', hip, 'surface'),
  ...paired('pubic_tubercle', 'Pubic tubercle', hip, 'surface'),
  ...paired('ischial_tuberosity', 'Ischial tuberosity', hip, 'surface'),
  ...paired('ischial_spine', 'Ischial spine', hip, 'surface'),
  ...paired('acetabulum_centre', 'Centre of the acetabulum', hip, 'centre'),
  { id: 'pubic_symphysis', name: 'Pubic symphysis', bone: 'hip_bone_l', placement: 'surface', source: GRAY },
  { id: 'sacral_promontory', name: 'Sacral promontory', bone: 'sacrum', placement: 'surface', source: GRAY },
  {
    id: 's1_endplate_posterior',
    name: 'Posterior edge of the S1 endplate',
    bone: 'sacrum',
    placement: 'surface',
    source: GRAY,
  },
  { id: 'coccyx_tip', name: 'Tip of the coccyx', bone: 'coccyx', placement: 'surface', source: GRAY },
  ...paired('femoral_head_centre', 'Centre of the femoral head', femur, 'centre'),
  ...paired('greater_trochanter_tip', 'Tip of the greater trochanter', femur, 'surface'),
  ...paired('lesser_trochanter', 'Lesser trochanter', femur, 'surface'),
  ...paired('medial_epicondyle', 'Medial epicondyle', femur, 'surface'),
  ...paired('lateral_epicondyle', 'Lateral epicondyle', femur, 'surface'),
  ...paired('knee_centre', 'Centre of the knee (intercondylar notch)', femur, 'surface'),
  ...paired('tibial_plateau', 'Tibial plateau (intercondylar eminence)', tibia, 'surface'),
  ...paired('tibial_tuberosity', 'Tibial tuberosity', tibia, 'surface'),
  ...paired('medial_malleolus', 'Tip of the medial malleolus', tibia, 'surface'),
  ...paired('fibular_head', 'Apex of the fibular head', fibula, 'surface'),
  ...paired('lateral_malleolus', 'Tip of the lateral malleolus', fibula, 'surface'),
  ...paired('patellar_base', 'Base of the patella', patella, 'surface'),
  ...paired('patellar_apex', 'Apex of the patella', patella, 'surface'),
  ...paired('rib_12_tip', 'Tip of the 12th rib', rib12, 'surface', {
    ref: 'pain-patterns.md §A: the 12th rib tip emerges at the lateral border of the erector spinae [EGO]',
  }),
  ...LEVELS.flatMap((l): LandmarkRecord[] => [
    { id: `${l}_body_centre`, name: `${levelLabel(l)} body centre`, bone: l, placement: 'centre', source: GRAY },
    {
      id: `${l}_spinous_tip`,
      name: `${levelLabel(l)} spinous process tip`,
      bone: l,
      placement: 'surface',
      source: GRAY,
    },
    ...paired(`${l}_transverse_tip`, `${levelLabel(l)} transverse process tip`, () => l, 'surface'),
  ]),
  {
    id: 't12_endplate_superior_anterior',
    name: 'T12 superior endplate, anterior edge',
    bone: 't12',
    placement: 'surface',
    source: GRAY,
  },
  {
    id: 't12_endplate_superior_posterior',
    name: 'T12 superior endplate, posterior edge',
    bone: 't12',
    placement: 'surface',
    source: GRAY,
  },
]

const BY_ID = new Map(LANDMARKS.map((l) => [l.id, l]))
export const landmarkById = (id: string): LandmarkRecord | undefined => BY_ID.get(id)
/** Landmarks that belong to one bone. */
export const landmarksOf = (bone: string): LandmarkRecord[] => LANDMARKS.filter((l) => l.bone === bone)
