import { exerciseById, type ExerciseId } from '../anatomy/exercises'
import { PAIN_MUSCLES } from '../anatomy/painPatterns'
import type { PainSide } from '../anatomy/painTypes'
import { SITTING_STORY, storySteps, type StoryStep } from '../anatomy/story'
import type { NodeKind } from '../anatomy/types'
import { appStore, updateSlice, type AppState } from './appStore'
import { goToPose } from './postureSlice'
import { setShownExercise, setStoryStep } from './sessionSlice'
import { clearSelection, requestView, setLayerVisible } from './viewerSlice'
import { ATTACHMENT_TOGGLES } from '../anatomy/selection'

/**
 * The guided story and the exercises: actions that set the whole scene (camera, pose, layers,
 * patterns) to what a step's or an exercise's data says. The scene follows the store as always.
 */

/** The story's steps as shown now (the drawing step only when the patient has drawn). */
export const currentSteps = (s: AppState = appStore.getState()): readonly StoryStep[] =>
  storySteps(SITTING_STORY, s.pain.hasDrawing)

/** Where the current step is in {@link currentSteps} (0 when there is none or it is hidden now). */
export function storyIndex(s: AppState = appStore.getState()): number {
  const i = currentSteps(s).findIndex((st) => st.id === s.session.storyStep)
  return Math.max(0, i)
}

/** The side a step paints its patterns on: the best match with the drawing, else the patient's right. */
function sideFor(step: StoryStep, s: AppState): PainSide {
  if (step.patternSide !== 'drawing') return step.patternSide
  const match = s.pain.matches.find((m) => step.patterns.includes(m.muscle))
  return match?.side ?? 'r'
}

/** Show only the layer kinds named (among those present in the models). */
function showOnlyLayers(kinds: readonly NodeKind[]): void {
  for (const k of Object.keys(appStore.getState().viewer.layers) as NodeKind[]) setLayerVisible(k, kinds.includes(k))
}

/** Put the scene into what a step says. */
function applyStep(step: StoryStep): void {
  const s = appStore.getState()
  clearSelection()
  showOnlyLayers(step.layers)
  updateSlice('viewer', () => ({
    attachments: Object.fromEntries(
      ATTACHMENT_TOGGLES.map((t) => [t, step.attachments]),
    ) as AppState['viewer']['attachments'],
  }))
  updateSlice('pain', () => ({
    shown: Object.fromEntries(PAIN_MUSCLES.map((m) => [m, step.patterns.includes(m)])) as AppState['pain']['shown'],
    side: sideFor(step, s),
    triggerPoints: step.triggerPoints,
    paintMode: 'off' as const,
    lookup: null,
  }))
  goToPose(step.pose)
  requestView(step.view)
  setShownExercise(step.exercise ?? null)
}

/** Start the story at its first step, or at the step with this id. */
export function startStory(stepId?: string): void {
  const steps = currentSteps()
  const step = steps.find((st) => st.id === stepId) ?? steps[0]!
  setStoryStep(step.id, true)
  applyStep(step)
}

/** Go `delta` steps on (1) or back (−1); stays put at either end. */
export function moveStory(delta: number): void {
  const s = appStore.getState()
  const steps = currentSteps(s)
  const next = steps[Math.min(steps.length - 1, Math.max(0, storyIndex(s) + delta))]!
  if (next.id === s.session.storyStep && s.session.storyActive) return
  setStoryStep(next.id, true)
  applyStep(next)
}

/** Come back to the step the clinician left (or start at the beginning). */
export function resumeStory(): void {
  startStory(appStore.getState().session.storyStep ?? undefined)
}

/** Leave the story: the screen stays as it is to explore; the step is kept for coming back. */
export function leaveStory(): void {
  const s = appStore.getState().session
  if (s.storyActive) setStoryStep(s.storyStep, false)
}

/**
 * Show an exercise on the model: it moves into the exercise's pose and, for a release, the
 * iliopsoas trigger points are lit on the skin.
 */
export function showExercise(id: ExerciseId): void {
  const ex = exerciseById(id)
  setShownExercise(id)
  if (ex.litTriggerPoints) {
    setLayerVisible('skin', true)
    updateSlice('pain', (p) => ({ shown: { ...p.shown, iliopsoas: true }, triggerPoints: true }))
  }
  goToPose(ex.pose)
}

/** Stop showing an exercise: back to standing. */
export function endExercise(): void {
  setShownExercise(null)
  goToPose('standing')
}
