import { ATTACHMENTS, attachmentById, attachmentsOn, type AttachmentMuscle } from './attachments'
import { structureById } from './bones'
import { MUSCLES } from './muscles'
import { PAIN_PATTERNS } from './painPatterns'
import type { PainMuscleId, TriggerPoint } from './painTypes'
import type { NodeKind, Side } from './types'

/**
 * Ids of things a user can select that are not nodes in a model file. Scene structures use their
 * `anatomyId`; trigger-point crosses use `trigger:<muscle>:<point id>:<side>`.
 */
export const triggerSelectionId = (muscle: PainMuscleId, id: string, side: Side): string =>
  `trigger:${muscle}:${id}:${side}`

/** Parse {@link triggerSelectionId}; null for other ids. */
export function parseTriggerSelection(id: string): { muscle: PainMuscleId; point: TriggerPoint; side: Side } | null {
  if (!id.startsWith('trigger:')) return null
  const parts = id.split(':')
  if (parts.length < 4) return null
  const muscle = parts[1]
  const side = parts[parts.length - 1]
  const pointId = parts.slice(2, -1).join(':')
  if (side !== 'l' && side !== 'r') return null
  const pattern = PAIN_PATTERNS.find((p) => p.muscle === muscle)
  const point = pattern?.triggerPoints.find((t) => t.id === pointId)
  return pattern && point ? { muscle: pattern.muscle, point, side } : null
}

/** The drawn muscle (`psoas_major_l`, `iliacus_r`, …) an id names, if it names one. */
export const muscleById = (id: string) => MUSCLES.find((m) => m.id === id)

/** The referred-pain pattern that a selected scene muscle belongs to, with the muscle's side. */
export function painPatternOfMuscle(id: string): { muscle: PainMuscleId; side: Side } | null {
  const muscle = muscleById(id)
  const pattern = PAIN_PATTERNS.find((p) => p.sceneMuscles.includes(id))
  return muscle && pattern ? { muscle: pattern.muscle, side: muscle.side } : null
}

/** The muscles whose attachment areas can be painted one by one (the shared insertion shows with either). */
export const ATTACHMENT_TOGGLES = ['psoas_major', 'iliacus'] as const satisfies readonly AttachmentMuscle[]
export type AttachmentToggle = (typeof ATTACHMENT_TOGGLES)[number]

/** The toggles an attachment muscle's areas show with: the shared iliopsoas insertion goes with both. */
const togglesOfAttachmentMuscle = (muscle: AttachmentMuscle): readonly AttachmentToggle[] =>
  muscle === 'iliopsoas' ? ATTACHMENT_TOGGLES : [muscle]

/** The drawn muscle's family (`psoas_major_l` → `psoas_major`), if the id names a drawn muscle. */
function toggleOfMuscle(id: string): AttachmentToggle | null {
  const muscle = muscleById(id)
  return muscle ? (ATTACHMENT_TOGGLES.find((t) => muscle.id === `${t}_${muscle.side}`) ?? null) : null
}

/**
 * The referred-pain pattern that goes with a selection, on the selection's side: a drawn muscle
 * (`psoas_major_l`), one of its attachment areas (`iliacus_origin_fossa_r`, the shared insertion)
 * or a trigger point. Null for anything else (bones, discs, landmarks).
 */
export function painPatternOfSelection(id: string): { muscle: PainMuscleId; side: Side } | null {
  const trigger = parseTriggerSelection(id)
  if (trigger) return { muscle: trigger.muscle, side: trigger.side }
  const attachment = attachmentById(id)
  if (attachment) {
    const [toggle] = togglesOfAttachmentMuscle(attachment.muscle)
    return toggle ? painPatternOfMuscle(`${toggle}_${attachment.side}`) : null
  }
  return painPatternOfMuscle(id)
}

/**
 * The attachment toggles that show where a selection attaches or what attaches on it: a drawn
 * muscle's own toggle; an attachment area's muscle (both for the shared insertion); for a bone or
 * disc, every muscle with an area on it. Empty for anything else.
 */
export function attachmentTogglesOf(id: string): readonly AttachmentToggle[] {
  const own = toggleOfMuscle(id)
  if (own) return [own]
  const attachment = attachmentById(id)
  if (attachment) return togglesOfAttachmentMuscle(attachment.muscle)
  const on = new Set(attachmentsOn(id).flatMap((a) => togglesOfAttachmentMuscle(a.muscle)))
  return ATTACHMENT_TOGGLES.filter((t) => on.has(t))
}

/** The kinds of structure (bone, disc) that carry the areas of these toggles' muscles. */
export function attachmentKindsOf(toggles: readonly AttachmentToggle[]): NodeKind[] {
  const kinds = new Set<NodeKind>()
  for (const a of ATTACHMENTS)
    if (togglesOfAttachmentMuscle(a.muscle).some((t) => toggles.includes(t))) {
      const kind = structureById(a.structure)?.kind
      if (kind) kinds.add(kind)
    }
  return [...kinds].sort()
}
