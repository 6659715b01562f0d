import { discLabel, levelLabel } from './bones'
import { DISCS, LEVELS, type Level } from './spine'
import type { Side, Source } from './types'

/** Which muscle an attachment belongs to. The insertion is shared (the iliopsoas tendon). */
export type AttachmentMuscle = 'psoas_major' | 'iliacus' | 'iliopsoas'
export type AttachmentRole = 'origin' | 'insertion'

/**
 * An attachment area, baked into a bone or disc mesh as a painted region (`_REGION` vertex codes
 * plus a code → id table in the primitive's extras). The runtime paints it; the id names it.
 */
export interface AttachmentRecord {
  readonly id: string
  /** Info-panel text, e.g. "Psoas major – origin: transverse process of L3". */
  readonly name: string
  readonly muscle: AttachmentMuscle
  readonly role: AttachmentRole
  readonly side: Side
  /** Structure id of the mesh that carries the region. */
  readonly structure: string
  readonly source: Source
}

const PSOAS_SRC: Source = {
  ref: 'pain-patterns.md B.1 [PSOAS-DICT] [NA-PSOAS] [WIKIMSK-PS]',
  note: 'anterolateral bodies and discs T12–L5 (fibrous to all lumbar discs except L5/S1 [PSOAS-REV]); anterior transverse processes L1–L5',
}
const ILIACUS_SRC: Source = {
  ref: 'pain-patterns.md B.1 [IMA-IL] [WHEEL-IL] [NA-PSOAS]',
  note: 'upper two-thirds of the iliac fossa, inner lip of the iliac crest, ala of the sacrum',
}
const INSERTION_SRC: Source = {
  ref: 'pain-patterns.md B.1 [WIKIMSK-PS] [IMA-IL]',
  note: 'lesser trochanter, and ≈2.5 cm of shaft below and in front of it (iliacus fibres)',
}

const SIDES = ['l', 'r'] as const
const TRANSVERSE_LEVELS: readonly Level[] = ['l1', 'l2', 'l3', 'l4', 'l5']
const PSOAS_DISCS = DISCS.filter((d) => d !== 'l5_s1')

function forSide(side: Side): AttachmentRecord[] {
  const list: AttachmentRecord[] = []
  for (const level of LEVELS) {
    list.push({
      id: `psoas_major_origin_${level}_body_${side}`,
      name: `Psoas major – origin: side of the ${levelLabel(level)} vertebral body`,
      muscle: 'psoas_major',
      role: 'origin',
      side,
      structure: level,
      source: PSOAS_SRC,
    })
  }
  for (const disc of PSOAS_DISCS) {
    list.push({
      id: `psoas_major_origin_disc_${disc}_${side}`,
      name: `Psoas major – origin: side of the ${discLabel(disc)} disc`,
      muscle: 'psoas_major',
      role: 'origin',
      side,
      structure: `disc_${disc}`,
      source: PSOAS_SRC,
    })
  }
  for (const level of TRANSVERSE_LEVELS) {
    list.push({
      id: `psoas_major_origin_${level}_transverse_${side}`,
      name: `Psoas major – origin: transverse process of ${levelLabel(level)}`,
      muscle: 'psoas_major',
      role: 'origin',
      side,
      structure: level,
      source: PSOAS_SRC,
    })
  }
  list.push(
    {
      id: `iliacus_origin_fossa_${side}`,
      name: 'Iliacus – origin: iliac fossa (upper two-thirds)',
      muscle: 'iliacus',
      role: 'origin',
      side,
      structure: `hip_bone_${side}`,
      source: ILIACUS_SRC,
    },
    {
      id: `iliacus_origin_crest_${side}`,
      name: 'Iliacus – origin: inner lip of the iliac crest',
      muscle: 'iliacus',
      role: 'origin',
      side,
      structure: `hip_bone_${side}`,
      source: ILIACUS_SRC,
    },
    {
      id: `iliacus_origin_sacral_ala_${side}`,
      name: 'Iliacus – origin: ala of the sacrum',
      muscle: 'iliacus',
      role: 'origin',
      side,
      structure: 'sacrum',
      source: ILIACUS_SRC,
    },
    {
      id: `iliopsoas_insertion_${side}`,
      name: 'Iliopsoas – insertion: lesser trochanter and the shaft just below it',
      muscle: 'iliopsoas',
      role: 'insertion',
      side,
      structure: `femur_${side}`,
      source: INSERTION_SRC,
    },
  )
  return list
}

/** Every attachment region, both sides. */
export const ATTACHMENTS: readonly AttachmentRecord[] = SIDES.flatMap(forSide)

const BY_ID = new Map(ATTACHMENTS.map((a) => [a.id, a]))
export const attachmentById = (id: string): AttachmentRecord | undefined => BY_ID.get(id)
/** Attachment regions carried by one structure's mesh, in a stable order (their region codes are 1-based indices). */
export const attachmentsOn = (structure: string): AttachmentRecord[] =>
  ATTACHMENTS.filter((a) => a.structure === structure)
