import { beforeEach, describe, expect, it } from 'vitest'
import { SITTING, STANDING } from '../../src/anatomy/poses'
import { appStore, resetApp } from '../../src/store/appStore'
import {
  MOVE_SECONDS,
  goToPose,
  poseOf,
  publishPosture,
  setPlaying,
  setSittingAmount,
  stepPosture,
} from '../../src/store/postureSlice'

beforeEach(() => resetApp())
const posture = () => appStore.getState().posture
const run = (seconds: number, instant = false) => {
  for (let t = 0; t < seconds; t += 0.05) publishPosture(stepPosture(posture(), 0.05, instant))
}

describe('posture animation', () => {
  it('moves from standing to sitting in the set time, through intermediate poses', () => {
    goToPose('sitting')
    run(MOVE_SECONDS / 2)
    const half = posture().amount
    expect(half).toBeGreaterThan(0.4)
    expect(half).toBeLessThan(0.6)
    run(MOVE_SECONDS)
    expect(posture()).toMatchObject({ target: 'sitting', amount: 1, goal: null })
    expect(poseOf(posture())).toEqual(SITTING)
  })

  it('jumps when motion is reduced', () => {
    goToPose('sitting')
    publishPosture(stepPosture(posture(), 0.016, true))
    expect(posture().amount).toBe(1)
  })

  it('goes through standing when switching from sitting to the stretch', () => {
    setSittingAmount(1)
    goToPose('stretch')
    run(MOVE_SECONDS * 0.5)
    expect(posture().target).toBe('sitting')
    run(MOVE_SECONDS * 2)
    expect(posture()).toMatchObject({ target: 'stretch', amount: 1 })
    goToPose('standing')
    run(MOVE_SECONDS * 1.1)
    expect(poseOf(posture())).toEqual(STANDING)
  })

  it('keeps swinging while playing and stops when paused', () => {
    setPlaying(true)
    run(MOVE_SECONDS * 1.5)
    expect(posture().goal).not.toBeNull()
    expect(posture().amount).toBeLessThan(1) // on its way back down
    setPlaying(false)
    const a = posture().amount
    run(1)
    expect(posture().amount).toBe(a)
  })
})
