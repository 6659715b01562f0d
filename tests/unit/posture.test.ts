import { beforeEach, describe, expect, it } from 'vitest'
import { SITTING, STANDING } from '../../src/anatomy/poses'
import {
  MOVE_SECONDS,
  goToPose,
  poseOf,
  postureStore,
  resetPosture,
  setPlaying,
  setSittingAmount,
  stepPosture,
} from '../../src/store/postureStore'

beforeEach(() => resetPosture())
const run = (seconds: number, instant = false) => {
  for (let t = 0; t < seconds; t += 0.05) postureStore.setState(stepPosture(postureStore.getState(), 0.05, instant))
}

describe('posture animation', () => {
  it('moves from standing to sitting in the set time, through intermediate poses', () => {
    goToPose('sitting')
    run(MOVE_SECONDS / 2)
    const half = postureStore.getState().amount
    expect(half).toBeGreaterThan(0.4)
    expect(half).toBeLessThan(0.6)
    run(MOVE_SECONDS)
    expect(postureStore.getState()).toMatchObject({ target: 'sitting', amount: 1, goal: null })
    expect(poseOf(postureStore.getState())).toEqual(SITTING)
  })

  it('jumps when motion is reduced', () => {
    goToPose('sitting')
    postureStore.setState(stepPosture(postureStore.getState(), 0.016, true))
    expect(postureStore.getState().amount).toBe(1)
  })

  it('goes through standing when switching from sitting to the stretch', () => {
    setSittingAmount(1)
    goToPose('stretch')
    run(MOVE_SECONDS * 0.5)
    expect(postureStore.getState().target).toBe('sitting')
    run(MOVE_SECONDS * 2)
    expect(postureStore.getState()).toMatchObject({ target: 'stretch', amount: 1 })
    goToPose('standing')
    run(MOVE_SECONDS * 1.1)
    expect(poseOf(postureStore.getState())).toEqual(STANDING)
  })

  it('keeps swinging while playing and stops when paused', () => {
    setPlaying(true)
    run(MOVE_SECONDS * 1.5)
    expect(postureStore.getState().goal).not.toBeNull()
    expect(postureStore.getState().amount).toBeLessThan(1) // on its way back down
    setPlaying(false)
    const a = postureStore.getState().amount
    run(1)
    expect(postureStore.getState().amount).toBe(a)
  })
})
