import { beforeEach, describe, expect, it } from 'vitest'
import { namedPose, SITTING, STANDING, RELEASE } from '../../src/anatomy/poses'
import { SITTING_STORY } from '../../src/anatomy/story'
import { appStore, resetApp } from '../../src/store/appStore'
import { handoutPatterns, handoutShownPatterns, showHandoutScene } from '../../src/store/handoutScene'
import { startNewPatient } from '../../src/store/newPatient'
import { reportDrawing, setMatches, setPatternShown, type DrawingMatch } from '../../src/store/painSlice'
import { goToPose, setSittingAmount } from '../../src/store/postureSlice'
import { openPanel, setPresenting } from '../../src/store/screenSlice'
import { setHandoutExercise } from '../../src/store/sessionSlice'
import { startStory } from '../../src/store/storyActions'
import {
  leaveView,
  registerLayers,
  setExpertTerms,
  setFileStatus,
  setLayerVisible,
  setSelected,
  setSkinFile,
} from '../../src/store/viewerSlice'
import { EXPLANATION, forPaper, seekCareSentence } from '../../src/ui/takeHome/handout/handoutText'
import { QR_PRINT_MM, qrModules, qrPrintWidthMm } from '../../src/ui/takeHome/handout/qrCode'
import { QR_LINK_LIMIT } from '../../src/ui/link/currentLink'
import { poseFigure, SEGMENT } from '../../src/ui/takeHome/poseFigure'
import { exerciseCountNote } from '../../src/ui/takeHome/takeHomeActions'
import {
  fileStamp,
  imageCaption,
  keyEntries,
  plainPatternName,
  plainPatternWithSide,
  postureWords,
} from '../../src/ui/takeHome/takeHomeWords'

const state = () => appStore.getState()

beforeEach(() => {
  resetApp()
  registerLayers(['bone', 'disc', 'muscle', 'landmark', 'skin'])
})

describe('the pose figure (a side view from the pose angles)', () => {
  it('stands upright: knee and ankle straight below the hip, feet flat on the floor', () => {
    const f = poseFigure(STANDING)
    for (const leg of f.legs) {
      expect(leg.knee[0]).toBeCloseTo(0, 6)
      expect(leg.knee[1]).toBeCloseTo(-SEGMENT.thigh, 6)
      expect(leg.ankle[1]).toBeCloseTo(-SEGMENT.thigh - SEGMENT.shank, 6)
      expect(leg.toe[0]).toBeGreaterThan(leg.heel[0])
      expect(leg.toe[1]).toBeCloseTo(f.floor, 6)
    }
    expect(f.shoulder[0]).toBeCloseTo(0, 6)
    expect(f.shoulder[1]).toBeCloseTo(SEGMENT.trunk, 6)
  })

  it('sits with the thighs level (hip 72° + tilt 18°) and the shanks hanging straight down', () => {
    const f = poseFigure(SITTING)
    for (const leg of f.legs) {
      expect(leg.knee[1]).toBeCloseTo(0, 6)
      expect(leg.knee[0]).toBeCloseTo(SEGMENT.thigh, 6)
      expect(leg.ankle[0]).toBeCloseTo(leg.knee[0], 6)
    }
    // The pelvis tilts back 18° and the lumbar spine takes up 17° of it: the trunk leans back 1°.
    expect(Math.atan2(-f.shoulder[0], f.shoulder[1]) * (180 / Math.PI)).toBeCloseTo(1, 1)
  })

  it('kneels in the hip stretch: the stretched thigh behind the hip, its shin back along the floor', () => {
    const f = poseFigure(namedPose('stretch', 'l'))
    const back = f.legs.find((l) => l.side === 'l')!
    const front = f.legs.find((l) => l.side === 'r')!
    expect(back.knee[0]).toBeLessThan(0)
    expect(back.ankle[0]).toBeLessThan(back.knee[0] - SEGMENT.shank * 0.9)
    // The back knee and the front foot are both on the floor (within a few cm of a 1.75 m body).
    expect(back.knee[1] - f.floor).toBeLessThan(0.03)
    expect(front.heel[1] - f.floor).toBeLessThan(0.03)
    expect(front.knee[0]).toBeGreaterThan(SEGMENT.thigh * 0.95)
  })

  it('lies on its back for the release: head to the left, trunk level, knees up', () => {
    const f = poseFigure(RELEASE, true)
    expect(f.shoulder[0]).toBeCloseTo(-SEGMENT.trunk, 6)
    expect(f.shoulder[1]).toBeCloseTo(0, 6)
    for (const leg of f.legs) {
      expect(leg.knee[1]).toBeGreaterThan(0.1)
      expect(leg.ankle[0]).toBeGreaterThan(leg.knee[0])
    }
  })
})

describe('the handout scene', () => {
  const m = (muscle: DrawingMatch['muscle'], side: DrawingMatch['side'], score: number): DrawingMatch => ({
    muscle,
    side,
    score,
  })

  it('paints the best match and the next best on the same side, at most two', () => {
    const ranked = [
      m('iliopsoas', 'r', 0.6),
      m('quadratus_lumborum', 'l', 0.4),
      m('sartorius', 'r', 0.3),
      m('rectus_femoris', 'r', 0.2),
    ]
    expect(handoutPatterns(ranked).map((x) => x.muscle)).toEqual(['iliopsoas', 'sartorius'])
    expect(handoutPatterns([m('iliopsoas', 'r', 0.01)])).toEqual([])
    expect(handoutPatterns([])).toEqual([])
  })

  it('shows the skin with those patterns and nothing else painted; without matches the shown patterns stay', () => {
    setSelected('femur_l')
    setPatternShown('gluteus_medius', true)
    showHandoutScene([m('iliopsoas', 'r', 0.6)])
    const s = state()
    expect(s.viewer.layers.skin).toBe(true)
    expect(s.viewer.selectedId).toBeNull()
    expect(Object.values(s.viewer.attachments).some(Boolean)).toBe(false)
    expect(Object.entries(s.pain.shown).filter(([, on]) => on)).toEqual([['iliopsoas', true]])
    expect(s.pain.side).toBe('r')
    expect(s.pain.triggerPoints).toBe(false)

    resetApp()
    setPatternShown('gluteus_medius', true)
    showHandoutScene([])
    expect(state().pain.shown.gluteus_medius).toBe(true)
    expect(handoutShownPatterns().map((x) => x.muscle)).toEqual(['gluteus_medius'])
  })
})

describe('New patient (the store)', () => {
  it('puts posture, pain, screen, session and the viewer settings back to the start, keeping what was loaded', () => {
    setSkinFile('skin.glb')
    setFileStatus('skin.glb', { state: 'loaded' })
    setExpertTerms(true)
    setLayerVisible('skin', true)
    setLayerVisible('bone', false)
    setSelected('psoas_major_l')
    setPatternShown('iliopsoas', true)
    setSittingAmount(1)
    setHandoutExercise('couch_stretch', true)
    startStory()
    setPresenting(true)
    openPanel('pain')
    leaveView()
    reportDrawing({ undoDepth: 3, hasDrawing: true })
    setMatches([{ muscle: 'iliopsoas', side: 'r', score: 0.5 }])
    const request = state().viewer.viewRequest

    startNewPatient()
    const s = state()
    expect(s.posture).toEqual({ target: 'sitting', amount: 0, goal: null, playing: false, speed: 1, side: 'both' })
    expect(s.session).toEqual({
      storyStep: null,
      storyActive: false,
      exercise: null,
      handoutExercises: [],
      notice: null,
    })
    expect(s.screen).toEqual({ openPanel: null, helpOpen: false, presenting: false })
    expect(Object.values(s.pain.shown).some(Boolean)).toBe(false)
    expect(s.pain.paintMode).toBe('off')
    expect(s.viewer.layers).toEqual({ bone: true, disc: true, muscle: true, landmark: false, skin: false })
    expect(s.viewer.selectedId).toBeNull()
    expect(Object.values(s.viewer.attachments).every(Boolean)).toBe(true)
    expect(s.viewer.view).toBe('Three-quarter')
    expect(s.viewer.viewRequest).toBe(request + 1)
    // Kept: the files, the skin file, the clinician's own preference, and the drawing's summary
    // (the drawing reports its own reset).
    expect(s.viewer.files).toEqual({ 'skin.glb': { state: 'loaded' } })
    expect(s.viewer.skinFile).toBe('skin.glb')
    expect(s.viewer.expertTerms).toBe(true)
    expect(s.pain.undoDepth).toBe(3)
    expect(s.pain.matches).toHaveLength(1)
  })
})

describe('the words taken home', () => {
  it('names patterns plain first, then the muscle', () => {
    expect(plainPatternName('iliopsoas')).toBe('Deep hip flexor (iliopsoas)')
    expect(plainPatternWithSide('quadratus_lumborum', 'l')).toBe('Deep low-back muscle (quadratus lumborum), left side')
    expect(plainPatternWithSide('iliopsoas', 'both')).toBe('Deep hip flexor (iliopsoas), both sides')
  })

  it('captions an image with the story step while the story runs, else with what is shown', () => {
    startStory('pain-back')
    const step = SITTING_STORY.steps.find((s) => s.id === 'pain-back')!
    expect(imageCaption(state())).toEqual({ title: step.title, lines: [step.caption] })

    resetApp()
    registerLayers(['bone', 'skin'])
    setSelected('psoas_major_r')
    setLayerVisible('skin', true)
    setPatternShown('iliopsoas', true)
    goToPose('sitting')
    setSittingAmount(1)
    const caption = imageCaption(state())
    expect(caption.lines).toEqual([
      'Sitting',
      'Marked: Right psoas major',
      'Where pain can be felt from: Deep hip flexor (iliopsoas); both sides',
    ])
    expect(keyEntries(state())).toEqual(['heat', 'spillover', 'cross', 'origin', 'insertion'])
  })

  it('says the posture, and stamps files so they sort by date', () => {
    expect(postureWords({ ...state().posture, amount: 0 })).toBe('Standing')
    expect(postureWords({ ...state().posture, target: 'stretch', amount: 1 })).toBe('In the kneeling hip stretch')
    expect(postureWords({ ...state().posture, amount: 0.5 })).toBe('Part way to sitting')
    expect(fileStamp(new Date(2025, 5, 1, 9, 5))).toBe('2025-06-01-0905')
  })

  it('asks for 2 to 4 exercises', () => {
    expect(exerciseCountNote(0)).toMatch(/Tick 2 to 4/)
    expect(exerciseCountNote(1)).toMatch(/one more/)
    expect(exerciseCountNote(2)).toBeNull()
    expect(exerciseCountNote(4)).toBeNull()
    expect(exerciseCountNote(5)).toMatch(/Only 4 exercises fit/)
  })

  it('prints exercises without the asides about the 3D model, and the red flags as one sentence', () => {
    expect(forPaper('Lie down (the model shows this standing up). Rest.')).toBe('Lie down. Rest.')
    expect(forPaper('Press (gently) here.')).toBe('Press (gently) here.')
    expect(seekCareSentence()).toMatch(/^Numbness .*; weakness, /)
    expect(EXPLANATION).toHaveLength(4)
    expect(EXPLANATION[1]).toMatch(
      /^When you sit, your hips stay bent, so these muscles stay short for as long as you sit\. /,
    )
  })
})

describe('the QR code', () => {
  it('grows with the link and gives up on one too long for any QR version', () => {
    const short = qrModules('http://127.0.0.1:4173/')!
    const long = qrModules(`http://127.0.0.1:4173/#${'a'.repeat(600)}`)!
    expect(short.length).toBe(25) // version 2: 21 + 4 modules
    expect(long.length).toBeGreaterThan(short.length)
    expect(long.every((row) => row.length === long.length)).toBe(true)
    // The three finder patterns: dark 7×7 corners.
    expect(short[0]!.slice(0, 7).every(Boolean)).toBe(true)
    expect(qrModules('x'.repeat(5000))).toBeNull()
  })

  it('prints every link offered for a QR code with modules a phone can read from paper', () => {
    // The longest link offered is version 27 at level M (125 modules), one byte more is not.
    expect(qrModules('h'.repeat(QR_LINK_LIMIT))!.length).toBe(125)
    expect(qrModules('h'.repeat(QR_LINK_LIMIT + 1))!.length).toBeGreaterThan(125)
    // Printed width over modules with the quiet zone of 4 on each side.
    const moduleMm = (n: number): number => qrPrintWidthMm(n) / (n + 8)
    expect(moduleMm(125)).toBeGreaterThanOrEqual(0.33)
    expect(qrPrintWidthMm(125)).toBe(QR_PRINT_MM.max)
    // A short link keeps the smallest size; a link with a drawing (about 400 characters, 77
    // modules) grows to 0.4 mm modules.
    expect(qrPrintWidthMm(25)).toBe(QR_PRINT_MM.min)
    expect(qrPrintWidthMm(77)).toBeCloseTo(34, 5)
    for (let n = 21; n <= 125; n += 4) expect(moduleMm(n)).toBeGreaterThanOrEqual(0.33)
  })
})
