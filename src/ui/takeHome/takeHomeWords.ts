import { exerciseById } from '../../anatomy/exercises'
import { plainName } from '../../anatomy/names'
import { PAIN_MUSCLE_HINTS } from '../../anatomy/plainNames'
import type { PainMuscleId, PainSide } from '../../anatomy/painTypes'
import type { PoseName } from '../../anatomy/poses'
import { parseTriggerSelection } from '../../anatomy/selection'
import { SITTING_STORY } from '../../anatomy/story'
import { viewLabel } from '../../anatomy/views'
import type { AppState } from '../../store/appStore'
import { skinLayerShown } from '../../store/viewerSlice'
import { painMuscleName, sideWords } from '../painLabels'

/** The words on what a patient takes home (image caption, handout), all plain first. */

const upperFirst = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1)

/** A pattern's muscle, plain words first: "Deep hip flexor (iliopsoas)". */
export const plainPatternName = (muscle: PainMuscleId): string =>
  `${upperFirst(PAIN_MUSCLE_HINTS[muscle])} (${painMuscleName(muscle).toLowerCase()})`

/** A pattern with its side: "Deep hip flexor (iliopsoas), right side". */
export const plainPatternWithSide = (muscle: PainMuscleId, side: PainSide): string =>
  `${plainPatternName(muscle)}, ${side === 'both' ? 'both sides' : `${sideWords(side)} side`}`

/** What the model is doing in a named pose, in a few words. */
const POSE_WORDS: Readonly<Record<Exclude<PoseName, 'standing'>, string>> = {
  sitting: 'sitting',
  stretch: 'in the kneeling hip stretch',
  couchStretch: 'in the couch stretch',
  hipFlexion: 'lifting a knee',
  release: 'with hips and knees bent, as for the release',
}

/** The posture in words: "Standing", "Sitting", "Part way to sitting". */
export function postureWords(p: AppState['posture']): string {
  if (p.amount <= 0.02) return 'Standing'
  const words = POSE_WORDS[p.target]
  return p.amount >= 0.98 ? upperFirst(words) : `Part way to ${words.replace(/^in the /, 'the ')}`
}

/** A date as a reader writes it in their language ("1 June 2025", "June 1, 2025"). */
export const longDate = (d: Date): string => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(d)

/** A date and time for a file name: 2025-06-01-1432 (local time, sorts by date). */
export function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`
}

/** The words under a saved image: a heading and a few plain lines. */
export interface ImageCaption {
  readonly title: string
  readonly lines: readonly string[]
}

/**
 * What a saved image says: the story step's caption while the story runs, else what is shown (the
 * view and posture, the selected structure, the exercise, the patterns and the drawing).
 */
export function imageCaption(s: AppState): ImageCaption {
  const step = s.session.storyActive ? SITTING_STORY.steps.find((st) => st.id === s.session.storyStep) : undefined
  if (step) return { title: step.title, lines: [step.caption, ...(step.points ?? []).map((p) => `• ${p}`)] }
  const lines: string[] = []
  const seen = [s.viewer.view ? `Seen from: ${viewLabel(s.viewer.view).toLowerCase()}` : null, postureWords(s.posture)]
  lines.push(seen.filter(Boolean).join(' · '))
  const id = s.viewer.selectedId
  if (id) {
    const trigger = parseTriggerSelection(id)
    lines.push(
      trigger
        ? `Marked: trigger point, ${trigger.point.name} (${trigger.side === 'l' ? 'left' : 'right'})`
        : `Marked: ${plainName(id)}`,
    )
  }
  if (s.session.exercise) lines.push(`Exercise: ${exerciseById(s.session.exercise).title}`)
  const skin = skinLayerShown(s.viewer)
  const shown = (Object.keys(s.pain.shown) as PainMuscleId[]).filter((m) => s.pain.shown[m])
  if (skin && shown.length > 0)
    lines.push(
      `Where pain can be felt from: ${shown.map((m) => plainPatternName(m)).join(', ')}; ${sideWords(s.pain.side)}`,
    )
  return { title: 'Your hip flexors', lines }
}

/** The entries of the key a picture needs: what its colours and marks mean. */
export type KeyEntry = 'heat' | 'spillover' | 'cross' | 'drawing' | 'origin' | 'insertion'

/** Only what is on the picture gets a key entry. */
export function keyEntries(s: AppState): KeyEntry[] {
  const out: KeyEntry[] = []
  const skin = skinLayerShown(s.viewer)
  const patterns = Object.values(s.pain.shown).some(Boolean)
  if (skin && patterns) out.push('heat', 'spillover')
  if (skin && patterns && s.pain.triggerPoints) out.push('cross')
  if (skin && s.pain.hasDrawing) out.push('drawing')
  if (s.viewer.layers.bone !== false && Object.values(s.viewer.attachments).some(Boolean))
    out.push('origin', 'insertion')
  return out
}

/** What each key entry says (the words of `PainLegend` and the attachment key, shortened for print). */
export const KEY_WORDS: Readonly<Record<KeyEntry, string>> = {
  heat: 'Solid colour: the main area where this muscle sends pain (light yellow weaker, deep red stronger)',
  spillover: 'Dots: where some people feel it too',
  cross: 'Cross: a trigger point, a tender knot in the muscle',
  drawing: 'Blue hatching: where you drew your pain',
  origin: 'Stripes: where the psoas and iliacus start',
  insertion: 'Blue dots on the bone: where they attach to the thigh bone',
}
