import { beforeEach, describe, expect, it } from 'vitest'
import { EXERCISES, EXERCISE_IDS } from '../../src/anatomy/exercises'
import { muscleLengths } from '../../src/anatomy/musclePath'
import { POSE_NAMES, STANDING, namedPose } from '../../src/anatomy/poses'
import { SITTING_STORY, storySteps } from '../../src/anatomy/story'
import { VIEWS } from '../../src/anatomy/views'
import { appStore, resetApp } from '../../src/store/appStore'
import { reportDrawing, setMatches } from '../../src/store/painSlice'
import { registerLayers } from '../../src/store/viewerSlice'
import {
  currentSteps,
  endExercise,
  leaveStory,
  moveStory,
  resumeStory,
  showExercise,
  startStory,
} from '../../src/store/storyActions'

const state = () => appStore.getState()
const rest = muscleLengths(STANDING).muscles
const share = (pose: (typeof POSE_NAMES)[number], id = 'psoas_major_l') =>
  muscleLengths(namedPose(pose, 'l')).muscles[id]! / rest[id]!

beforeEach(() => {
  resetApp()
  registerLayers(['bone', 'disc', 'muscle', 'skin', 'landmark'])
})

describe('the story and the exercises as data', () => {
  it('every step names a real view and pose, speaks in full sentences and has a source', () => {
    const ids = new Set<string>()
    for (const st of SITTING_STORY.steps) {
      expect(ids.has(st.id), st.id).toBe(false)
      ids.add(st.id)
      expect(VIEWS.map((v) => v.name)).toContain(st.view)
      expect(POSE_NAMES).toContain(st.pose)
      expect(st.caption).toMatch(/^[A-Z].{30,}[.:]$/)
      expect(st.why.length).toBeGreaterThan(20)
      expect(st.source.ref.length).toBeGreaterThan(5)
      // Patterns are painted on the skin: a step with patterns shows it.
      if (st.patterns.length > 0) expect(st.layers).toContain('skin')
    }
    // The story ends with when to see a doctor, with its warning signs.
    expect(SITTING_STORY.steps.at(-1)!.points!.length).toBeGreaterThanOrEqual(5)
  })

  it('shows the "your drawing" step only when the patient has drawn', () => {
    expect(storySteps(SITTING_STORY, false).map((s) => s.id)).not.toContain('your-drawing')
    expect(storySteps(SITTING_STORY, true).map((s) => s.id)).toContain('your-drawing')
  })

  it('has release, stretch and strengthen, each with steps, cautions, a dose and a source', () => {
    expect(new Set(EXERCISES.map((e) => e.kind))).toEqual(new Set(['release', 'stretch', 'strengthen']))
    expect(EXERCISES.map((e) => e.id)).toEqual([...EXERCISE_IDS])
    for (const e of EXERCISES) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3)
      expect(e.cautions.length, e.id).toBeGreaterThanOrEqual(2)
      expect(e.dose.length).toBeGreaterThan(5)
      expect(e.source.ref).toMatch(/pain-patterns\.md/)
    }
  })

  it('the poses do what the exercises are for: stretches lengthen, sitting and the knee lift shorten', () => {
    expect(share('sitting')).toBeLessThan(0.95)
    expect(share('hipFlexion')).toBeLessThan(0.95)
    expect(share('stretch')).toBeGreaterThan(1)
    expect(share('couchStretch')).toBeGreaterThan(1)
    expect(share('stretch', 'iliacus_l')).toBeGreaterThan(1)
    // The release slackens the muscles (hips bent), which is why it is done lying with knees up.
    expect(share('release')).toBeLessThan(1)
    // One-sided poses work the chosen side; with both chosen, the patient's left.
    const knee = namedPose('hipFlexion', 'r')
    expect([knee.hipFlexionDeg.r, knee.hipFlexionDeg.l]).toEqual([90, 0])
    const couch = namedPose('couchStretch', 'both')
    expect(couch.hipFlexionDeg.l).toBeLessThan(0)
    expect(couch.kneeFlexionDeg.l).toBeGreaterThan(110)
    expect(couch.hipFlexionDeg.r).toBe(90)
  })
})

describe('story actions', () => {
  it('a step sets the scene to its data: view, pose, layers, patterns, trigger points', () => {
    const step = SITTING_STORY.steps.find((s) => s.id === 'pain-back')!
    startStory(step.id)
    const s = state()
    expect(s.session).toMatchObject({ storyStep: 'pain-back', storyActive: true })
    expect(s.viewer.view).toBe('Posterior')
    expect(s.viewer.layers).toEqual({ bone: true, disc: true, muscle: true, skin: true, landmark: false })
    expect(s.pain.shown.iliopsoas).toBe(true)
    expect(s.pain.side).toBe('r') // no drawing: the patient's right
    expect(s.pain.triggerPoints).toBe(true)
    expect(s.posture.goal).toEqual({ target: 'sitting', amount: 0 })
  })

  it('paints the pattern on the side the drawing matches best', () => {
    reportDrawing({ undoDepth: 1, hasDrawing: true })
    setMatches([{ muscle: 'iliopsoas', side: 'l', score: 0.6 }])
    startStory('pain-front')
    expect(state().pain.side).toBe('l')
    expect(currentSteps().map((s) => s.id)).toContain('your-drawing')
  })

  it('moves on and back, stops at both ends, and comes back to the step it left', () => {
    startStory()
    moveStory(-1)
    expect(state().session.storyStep).toBe('meet')
    moveStory(1)
    moveStory(1)
    expect(state().session.storyStep).toBe('sitting')
    expect(state().posture.goal).toEqual({ target: 'sitting', amount: 1 })
    leaveStory()
    expect(state().session).toMatchObject({ storyStep: 'sitting', storyActive: false })
    startStory('meet') // any change of scene while exploring…
    leaveStory()
    moveStory(1)
    expect(state().session.storyStep).toBe('job')
    leaveStory()
    resumeStory() // …and back to where it was left
    expect(state().session).toMatchObject({ storyStep: 'job', storyActive: true })
    for (let i = 0; i < 20; i++) moveStory(1)
    expect(state().session.storyStep).toBe('seek-care')
  })

  it('an exercise moves the model into its pose; a release lights the trigger points on the skin', () => {
    showExercise('couch_stretch')
    expect(state().posture.goal).toEqual({ target: 'couchStretch', amount: 1 })
    expect(state().session.exercise).toBe('couch_stretch')
    showExercise('psoas_release')
    expect(state().viewer.layers.skin).toBe(true)
    expect(state().pain).toMatchObject({ triggerPoints: true, shown: expect.objectContaining({ iliopsoas: true }) })
    endExercise()
    expect(state().session.exercise).toBeNull()
    expect(state().posture.goal).toMatchObject({ amount: 0 }) // back to standing
  })
})
