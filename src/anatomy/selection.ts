import type { AttachmentMuscle } from './attachments'
import { MUSCLES } from './muscles'
import { PAIN_PATTERNS } from './painPatterns'
import type { PainMuscleId, TriggerPoint } from './painTypes'
import type { Side } from './types'

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
