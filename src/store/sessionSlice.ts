import type { ExerciseId } from '../anatomy/exercises'
import { updateSlice } from './appStore'

/**
 * This patient's session: where the guided story is, which exercise the model is showing, which
 * exercises go on the handout, and a quiet notice (a link that could not be read in full, say).
 * Nothing here names the patient; nothing here leaves the device unless the clinician shares it.
 */
export interface SessionState {
  /** The story step on screen (its id), or the step to come back to after leaving; null = no story yet. */
  readonly storyStep: string | null
  /** The story is running (its caption and Next / Back show); false = exploring, or never started. */
  readonly storyActive: boolean
  /** The exercise the model is showing, if any. */
  readonly exercise: ExerciseId | null
  /** Exercises ticked for the handout, in the order ticked (2 to 4 make a page). */
  readonly handoutExercises: readonly ExerciseId[]
  /** A short message for the user that needs no answer (a link with parts that were ignored). */
  readonly notice: string | null
}

/** The session at start: no story, no exercise, nothing ticked. */
export function sessionInitial(): SessionState {
  return { storyStep: null, storyActive: false, exercise: null, handoutExercises: [], notice: null }
}

const set = (update: (s: SessionState) => Partial<SessionState>): void => updateSlice('session', update)

/** Record the story step on screen (the story actions in `actions.ts` also set the scene to it). */
export const setStoryStep = (stepId: string | null, active: boolean): void =>
  set(() => ({ storyStep: stepId, storyActive: active }))

/** Leave the story to explore; the step is kept so the clinician can come back to it. */
export const pauseStory = (): void => set(() => ({ storyActive: false }))

export const setShownExercise = (id: ExerciseId | null): void => set(() => ({ exercise: id }))

/** Tick or untick an exercise for the handout. */
export const setHandoutExercise = (id: ExerciseId, on: boolean): void =>
  set((s) => ({
    handoutExercises: on
      ? s.handoutExercises.includes(id)
        ? s.handoutExercises
        : [...s.handoutExercises, id]
      : s.handoutExercises.filter((e) => e !== id),
  }))

/** Show a quiet notice, or clear it with null. */
export const setSessionNotice = (notice: string | null): void => set(() => ({ notice }))
