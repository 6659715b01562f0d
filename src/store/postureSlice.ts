import { STANDING, lerpPose, namedPose, type Pose, type PoseName } from '../anatomy/poses'
import type { Side } from '../anatomy/types'
import { appStore, updateSlice } from './appStore'

/** Which side's muscles (and readouts) are shown. */
export type MuscleSide = Side | 'both'

/**
 * Posture settings. The pose on screen is a blend from standing towards one target pose:
 * `amount` 0 = standing, 1 = fully in `target` (sitting or the stretch). Buttons and Play move
 * `goal`; the scene's posture rig animates `amount` towards it frame by frame and publishes the
 * value here at most ten times a second (for the slider and readouts), so React never re-renders
 * per frame.
 */
export interface PostureState {
  readonly target: Exclude<PoseName, 'standing'>
  readonly amount: number
  /** Where the animation is heading (null = not animating). */
  readonly goal: { readonly target: Exclude<PoseName, 'standing'>; readonly amount: number } | null
  /** Play: swing between standing and sitting until paused. */
  readonly playing: boolean
  /** Animation speed multiplier (1 = a stand-to-sit move in 2.5 s). */
  readonly speed: number
  readonly side: MuscleSide
}

/** The posture slice at start: standing, still, both sides. */
export function postureInitial(): PostureState {
  return { target: 'sitting', amount: 0, goal: null, playing: false, speed: 1, side: 'both' }
}

const set = (update: (s: PostureState) => Partial<PostureState>): void => updateSlice('posture', update)

/** The pose for a posture state. */
export const poseOf = (s: Pick<PostureState, 'target' | 'amount' | 'side'>): Pose =>
  lerpPose(STANDING, namedPose(s.target, s.side), s.amount)

/** Ask for a named pose; the scene animates there (through standing when switching target). */
export const goToPose = (name: PoseName): void =>
  set((s) => ({
    playing: false,
    goal: name === 'standing' ? { target: s.target, amount: 0 } : { target: name, amount: 1 },
  }))

/** The "Posture" slider: 0 standing … 1 sitting, applied at once. */
export const setSittingAmount = (amount: number): void =>
  set(() => ({ target: 'sitting', amount: Math.min(1, Math.max(0, amount)), goal: null, playing: false }))

export const setPlaying = (playing: boolean): void =>
  set((s) => ({
    playing,
    goal: playing ? { target: 'sitting', amount: s.amount < 0.5 || s.target !== 'sitting' ? 1 : 0 } : null,
  }))

export const setSpeed = (speed: number): void => set(() => ({ speed }))
export const setMuscleSide = (side: MuscleSide): void => set(() => ({ side }))

/**
 * The rig has moved the posture on (animation step): publish it for the slider and readouts.
 * Only the posture rig calls this.
 */
export const publishPosture = (next: PostureState): void => {
  if (appStore.getState().posture !== next) appStore.setState({ posture: next })
}

/** Seconds for a full standing ↔ target move at speed 1. */
export const MOVE_SECONDS = 2.5

/**
 * Advance the posture by `dt` seconds: pure, so it is unit-tested and the rig just calls it.
 * Switching target passes through standing. Returns the new state (same object when nothing moved).
 */
export function stepPosture(s: PostureState, dt: number, instant: boolean): PostureState {
  if (!s.goal) return s
  const rate = instant ? Infinity : (s.speed * dt) / MOVE_SECONDS
  // Change of target: first return to standing.
  const heading = s.goal.target !== s.target && s.amount > 0 ? 0 : s.goal.amount
  const target = s.goal.target !== s.target && s.amount <= 0 ? s.goal.target : s.target
  const delta = heading - s.amount
  const amount = Math.abs(delta) <= rate ? heading : s.amount + Math.sign(delta) * rate
  const arrived = target === s.goal.target && amount === s.goal.amount
  if (arrived && s.playing) {
    // Play swings back the other way.
    return { ...s, target, amount, goal: { target: 'sitting', amount: amount >= 1 ? 0 : 1 } }
  }
  return { ...s, target, amount, goal: arrived ? null : s.goal }
}
