import { DISCS, LEVELS, type DiscId, type Level } from './spine'
import type { NodeKind, Side } from './types'

/** A structure that is its own node (and mesh) in a model file. */
export interface StructureRecord {
  /** Stable id: the glTF node name and `extras.anatomyId`. */
  readonly id: string
  /** What a clinician calls it, shown in the info panel. */
  readonly name: string
  readonly kind: NodeKind
  readonly side?: Side
  /** Model file (in `public/models/`) that holds it. */
  readonly file: ModelFile
}

/** The model files the generator writes. One per group that loads (or fails) on its own. */
export const MODEL_FILES = [
  'pelvis.glb',
  'lumbar_spine.glb',
  'femur_l.glb',
  'femur_r.glb',
  'lower_leg_l.glb',
  'lower_leg_r.glb',
] as const
export type ModelFile = (typeof MODEL_FILES)[number]

/**
 * Files of which the camera's framing takes in only the knee unless the skin is shown: the
 * kneecap and the top of the shin (the nodes named here, with `_l` or `_r`), not the shank and
 * foot. The viewer is about the hip flexors, so the preset views keep framing the trunk, pelvis
 * and thighs to the knee; with the Skin layer on, the skin (down to the soles) is framed and holds
 * the rest of these bones anyway.
 */
export const KNEE_FRAMED_MODEL_FILES: readonly ModelFile[] = ['lower_leg_l.glb', 'lower_leg_r.glb']

/**
 * The nodes of a knee-framed file that the framing takes in, as ids without their side suffix:
 * the kneecap (its whole mesh) and three landmarks around the top of the shin (points).
 */
export const KNEE_FRAMING_NODES: readonly string[] = ['patella', 'tibial_plateau', 'tibial_tuberosity', 'fibular_head']

const SIDE_WORD: Record<Side, string> = { l: 'left', r: 'right' }
const sided = (id: string, side: Side) => `${id}_${side}`

/** Upper-case display form of a level id: `t12` → "T12". */
export const levelLabel = (level: Level | 's1'): string => level.toUpperCase()

/** "L4/L5" for `l4_l5`. */
export const discLabel = (disc: DiscId): string =>
  disc
    .split('_')
    .map((l) => l.toUpperCase())
    .join('/')

/** Every bone and disc we model, with its readable name. */
export const STRUCTURES: readonly StructureRecord[] = [
  ...(['l', 'r'] as const).map((s): StructureRecord => ({
    id: sided('hip_bone', s),
    name: `Hip bone (${SIDE_WORD[s]})`,
    kind: 'bone',
    side: s,
    file: 'pelvis.glb',
  })),
  { id: 'sacrum', name: 'Sacrum', kind: 'bone', file: 'pelvis.glb' },
  { id: 'coccyx', name: 'Coccyx', kind: 'bone', file: 'pelvis.glb' },
  ...LEVELS.map((l): StructureRecord => ({
    id: l,
    name: `${levelLabel(l)} vertebra`,
    kind: 'bone',
    file: 'lumbar_spine.glb',
  })),
  ...DISCS.map((d): StructureRecord => ({
    id: `disc_${d}`,
    name: `${discLabel(d)} intervertebral disc`,
    kind: 'disc',
    file: 'lumbar_spine.glb',
  })),
  ...(['l', 'r'] as const).map((s): StructureRecord => ({
    id: sided('rib_12', s),
    name: `12th rib (${SIDE_WORD[s]})`,
    kind: 'bone',
    side: s,
    file: 'lumbar_spine.glb',
  })),
  ...(['l', 'r'] as const).map((s): StructureRecord => ({
    id: sided('femur', s),
    name: `Femur (${SIDE_WORD[s]})`,
    kind: 'bone',
    side: s,
    file: `femur_${s}.glb`,
  })),
  // Below the knee: one file per side, each bone its own node (the kneecap moves on its own).
  ...(['l', 'r'] as const).flatMap((s): StructureRecord[] =>
    (
      [
        ['tibia', 'Tibia'],
        ['fibula', 'Fibula'],
        ['patella', 'Patella'],
        ['foot', 'Bones of the foot (tarsals and metatarsals)'],
      ] as const
    ).map(([id, name]) => ({
      id: sided(id, s),
      name: `${name} (${SIDE_WORD[s]})`,
      kind: 'bone',
      side: s,
      file: `lower_leg_${s}.glb`,
    })),
  ),
]

export type StructureId = string

const BY_ID = new Map(STRUCTURES.map((s) => [s.id, s]))

/** Look a structure up by id; undefined when the id is not one of ours. */
export const structureById = (id: string): StructureRecord | undefined => BY_ID.get(id)
