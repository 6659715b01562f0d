import { beforeEach, describe, expect, it } from 'vitest'
import { EXERCISE_IDS } from '../../src/anatomy/exercises'
import { PAIN_MUSCLES } from '../../src/anatomy/painPatterns'
import { POSE_NAMES } from '../../src/anatomy/poses'
import { SITTING_STORY } from '../../src/anatomy/story'
import { VIEWS } from '../../src/anatomy/views'
import { seeded } from '../../tools/linkStates'
import { appStore, resetApp } from '../../src/store/appStore'
import { applyLinkLayers, applyLinkToStore } from '../../src/store/linkActions'
import {
  MAX_DRAWING_CHARS,
  MAX_HASH_CHARS,
  MAX_PAIRS,
  encodeLink,
  isDiscreteChange,
  linkDefaults,
  linkOf,
  parseLink,
  roundCamera,
  withDefaults,
  type LinkState,
} from '../../src/store/linkState'
import { setPatternShown, setPainSide } from '../../src/store/painSlice'
import { goToPose, setMuscleSide, setSittingAmount } from '../../src/store/postureSlice'
import { setPresenting } from '../../src/store/screenSlice'
import { setShownExercise, setStoryStep } from '../../src/store/sessionSlice'
import {
  leaveView,
  markView,
  registerLayers,
  setAttachmentsVisible,
  setLayerVisible,
} from '../../src/store/viewerSlice'

/** The seeded generator the browser link tests use too, so a failing case can be run again. */
const rng = seeded
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const some = <T>(r: () => number, xs: readonly T[]): T[] => xs.filter(() => r() < 0.4)

/** A random link state, every field drawn from its allowed values. */
function randomLink(r: () => number): LinkState {
  const targets = POSE_NAMES.filter((p) => p !== 'standing')
  const coord = () => Math.round((r() * 2 - 1) * 1500) / 1000
  const camera =
    r() < 0.5
      ? {
          position: [coord(), coord(), coord() + 2] as const,
          target: [0, Math.round(coord() * 100) / 1000, 0] as const,
        }
      : null
  return {
    view: camera ? null : pick(r, VIEWS).name,
    // To the millimetre, as a link carries it (coord() + 2 is not always a round number in floating point).
    camera: camera ? roundCamera({ position: [...camera.position], target: [...camera.target] }) : null,
    pose: r() < 0.3 ? null : { target: pick(r, targets), amount: r() < 0.5 ? 1 : Math.round(r() * 99 + 1) / 100 },
    muscleSide: pick(r, ['l', 'r', 'both'] as const),
    layers: r() < 0.3 ? null : some(r, ['bone', 'disc', 'muscle', 'skin', 'landmark'] as const),
    attachments: some(r, ['psoas_major', 'iliacus'] as const),
    patterns: some(r, PAIN_MUSCLES),
    painSide: pick(r, ['l', 'r', 'both'] as const),
    triggerPoints: r() < 0.5,
    presenting: r() < 0.3,
    story: r() < 0.5 ? null : { step: pick(r, SITTING_STORY.steps).id, active: r() < 0.5 },
    exercise: r() < 0.5 ? null : pick(r, EXERCISE_IDS),
    drawing: r() < 0.2 ? '15002:1a2b3c4d.AAAA_-z9' : null,
  }
}

/** Read a hash back with the defaults filled in. */
const reread = (hash: string): LinkState => withDefaults(parseLink(hash).link)

describe('the screen link: writing and reading', () => {
  it('writes the start screen as just the version', () => {
    expect(encodeLink(linkDefaults())).toBe('v=1')
    expect(parseLink('#v=1')).toEqual({ found: true, unreadable: false, link: {}, ignored: [] })
    expect(reread('v=1')).toEqual(linkDefaults())
  })

  it('reads back exactly what it wrote, for 300 random screens', () => {
    const r = rng(13)
    for (let i = 0; i < 300; i++) {
      const link = randomLink(r)
      const hash = encodeLink(link)
      const parsed = parseLink(`#${hash}`)
      expect(parsed.ignored, hash).toEqual([])
      expect(reread(hash), hash).toEqual(link)
      // Written again, it is the same text: one screen, one address.
      expect(encodeLink(reread(hash))).toBe(hash)
    }
  })

  it('writes each field in words a person can read', () => {
    const link: LinkState = {
      ...linkDefaults(),
      view: 'Left',
      pose: { target: 'sitting', amount: 1 },
      muscleSide: 'r',
      layers: ['bone', 'disc', 'muscle', 'skin'],
      attachments: ['iliacus'],
      patterns: ['iliopsoas', 'gluteus_medius'],
      painSide: 'r',
      triggerPoints: false,
      presenting: true,
      story: { step: 'sitting', active: false },
      exercise: 'couch_stretch',
    }
    expect(encodeLink(link)).toBe(
      'v=1&view=left&pose=sitting&side=right&layers=bone,disc,muscle,skin&att=iliacus&pain=iliopsoas,gluteus_medius' +
        '&pside=right&tp=0&present=1&story=sitting:paused&ex=couch_stretch',
    )
  })

  it('writes a hand-moved camera to the millimetre instead of a view, and a pose part of the way', () => {
    const link: LinkState = {
      ...linkDefaults(),
      view: null,
      camera: { position: [0.12345, -1.00049, 2], target: [0, 0.0004, -0.0006] },
      pose: { target: 'stretch', amount: 0.4567 },
    }
    const hash = encodeLink(link)
    expect(hash).toBe('v=1&cam=0.123,-1,2,0,0,-0.001&pose=stretch:0.46')
    expect(reread(hash).camera).toEqual({ position: [0.123, -1, 2], target: [0, 0, -0.001] })
    expect(reread(hash).view).toBeNull()
    expect(reread(hash).pose).toEqual({ target: 'stretch', amount: 0.46 })
    // A pose that rounds to nothing is standing.
    expect(encodeLink({ ...linkDefaults(), pose: { target: 'sitting', amount: 0.004 } })).toBe('v=1')
  })

  it('reads each key on its own and fills the rest with the start screen', () => {
    const d = linkDefaults()
    const cases: [string, Partial<LinkState>][] = [
      ['view=posterior', { view: 'Posterior' }],
      ['view=three-quarter', { view: 'Three-quarter' }],
      ['cam=1,0.5,2,0,0,0', { view: null, camera: { position: [1, 0.5, 2], target: [0, 0, 0] } }],
      ['pose=standing', { pose: null }],
      ['pose=release', { pose: { target: 'release', amount: 1 } }],
      ['pose=hipFlexion:0.5', { pose: { target: 'hipFlexion', amount: 0.5 } }],
      ['side=left', { muscleSide: 'l' }],
      ['layers=none', { layers: [] }],
      ['layers=skin,bone', { layers: ['bone', 'skin'] }],
      ['att=none', { attachments: [] }],
      ['pain=sartorius', { patterns: ['sartorius'] }],
      ['pside=left', { painSide: 'l' }],
      ['tp=0', { triggerPoints: false }],
      ['present=1', { presenting: true }],
      ['present=0', { presenting: false }],
      ['story=meet', { story: { step: 'meet', active: true } }],
      ['story=seek-care:paused', { story: { step: 'seek-care', active: false } }],
      ['ex=psoas_release', { exercise: 'psoas_release' }],
    ]
    for (const [part, want] of cases) {
      const parsed = parseLink(`v=1&${part}`)
      expect(parsed.ignored, part).toEqual([])
      expect(withDefaults(parsed.link), part).toEqual({ ...d, ...want })
    }
  })

  it('reads escaped characters as a pasted link may have them', () => {
    expect(reread('v=1&layers=bone%2Cskin&story=meet%3Apaused')).toMatchObject({
      layers: ['bone', 'skin'],
      story: { step: 'meet', active: false },
    })
  })
})

describe('the screen link: what it will not read', () => {
  it('ignores unknown keys and malformed values, names them, and keeps the rest', () => {
    const parsed = parseLink(
      'v=1&view=left&pose=sitting:2&cam=1,2,3&side=up&layers=bone,bone&att=femur&pain=heart&pside=&tp=yes' +
        '&present=true&story=nowhere&ex=jog&draw=<script>&foo=bar&=x&justakey',
    )
    expect(parsed.unreadable).toBe(false)
    expect(parsed.link).toEqual({ view: 'Left' })
    expect(parsed.ignored).toEqual([
      'pose',
      'cam',
      'side',
      'layers',
      'att',
      'pain',
      'pside',
      'tp',
      'present',
      'story',
      'ex',
      'draw',
      'foo',
      '',
      'justakey',
    ])
  })

  it('keeps the first of a repeated key and ignores the others', () => {
    const parsed = parseLink('v=1&view=left&view=right')
    expect(parsed.link).toEqual({ view: 'Left' })
    expect(parsed.ignored).toEqual(['view'])
  })

  it('rejects numbers that are not plain, in range and finite', () => {
    for (const cam of [
      '1e1,0,0,0,0,0',
      'NaN,0,0,0,0,0',
      'Infinity,0,0,0,0,0',
      '0x1,0,0,0,0,0',
      '11,0,0,0,0,0',
      '99,0,0,0,0,0',
      '1,0,0,1,0,0', // the camera on its target: no direction to look in
      '1,0,0,0,0',
      '1,0,0,0,0,0,0',
      ' 1,0,0,0,0,0',
      '1.1234567,0,0,0,0,0',
      '1,,0,0,0,0',
    ])
      expect(parseLink(`v=1&cam=${cam}`).link, cam).toEqual({})
    for (const pose of [
      'sitting:-1',
      'sitting:1.5',
      'sitting:0.5:1',
      'standing:0.5',
      'sitting:.5',
      'sitting:1e0',
      'flying',
    ])
      expect(parseLink(`v=1&pose=${pose}`).link, pose).toEqual({})
    // A pose amount of zero is standing.
    expect(parseLink('v=1&pose=sitting:0').link).toEqual({ pose: null })
  })

  it('uses nothing of a hash without this version', () => {
    for (const hash of [
      'view=left',
      'v=2&view=left',
      'v=1&v=1&view=left',
      'v=&view=left',
      'javascript:alert(1)',
      '//evil.example',
      '%E0%A4%A',
    ])
      expect(parseLink(hash), hash).toMatchObject({ found: true, unreadable: true, link: {} })
    expect(parseLink('')).toEqual({ found: false, unreadable: false, link: {}, ignored: [] })
    expect(parseLink('#')).toMatchObject({ found: false })
  })

  it('caps the length of the hash, of each value, of the drawing and the number of parts', () => {
    expect(parseLink(`v=1&draw=1:a.${'A'.repeat(MAX_HASH_CHARS)}`).unreadable).toBe(true)
    expect(parseLink(`v=1${'&tp=1'.repeat(MAX_PAIRS)}`).unreadable).toBe(true)
    expect(parseLink(`v=1&story=${'meet'.repeat(60)}`).ignored).toEqual(['story'])
    const longDrawing = `15002:ab.${'A'.repeat(MAX_DRAWING_CHARS)}`
    expect(parseLink(`v=1&draw=${longDrawing}`).ignored).toEqual(['draw'])
    const drawing = `15002:ab.${'A'.repeat(MAX_DRAWING_CHARS - 20)}`
    expect(parseLink(`v=1&draw=${drawing}`).link).toEqual({ drawing })
  })

  it('never throws, and reports keys in printable characters, on 2,000 random strings', () => {
    const r = rng(7)
    const alphabet = 'v=1&,:.%-_#?/\\\'"<>ab§é漢😀\u0000\u202e '
    for (let i = 0; i < 2000; i++) {
      let s = r() < 0.5 ? 'v=1&' : ''
      const n = Math.floor(r() * 80)
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(r() * alphabet.length)]
      const parsed = parseLink(s)
      for (const k of parsed.ignored) expect(k).toMatch(/^[\x20-\x7e]{0,24}$/)
      expect(() => withDefaults(parsed.link)).not.toThrow()
    }
  })
})

describe('the screen link and the store', () => {
  beforeEach(() => {
    resetApp()
    registerLayers(['bone', 'disc', 'muscle', 'skin', 'landmark'])
    markView('Three-quarter')
  })

  it('the start screen is the start link', () => {
    expect(linkOf(appStore.getState(), null)).toEqual(linkDefaults())
  })

  it('reads every field from the store', () => {
    markView('Posterior')
    goToPose('stretch')
    setMuscleSide('l')
    setLayerVisible('skin', true)
    setAttachmentsVisible('psoas_major', false)
    setPatternShown('iliopsoas', true)
    setPainSide('r')
    setPresenting(true)
    setStoryStep('pain-back', true)
    setShownExercise('couch_stretch')
    expect(encodeLink(linkOf(appStore.getState(), null))).toBe(
      'v=1&view=posterior&pose=stretch&side=left&layers=bone,disc,muscle,skin&att=iliacus&pain=iliopsoas&pside=right' +
        '&present=1&story=pain-back&ex=couch_stretch',
    )
    // A camera moved by hand replaces the view.
    leaveView()
    expect(linkOf(appStore.getState(), { position: [1, 2, 3], target: [0, 0, 0] }).camera).toEqual({
      position: [1, 2, 3],
      target: [0, 0, 0],
    })
  })

  it('applies a link and reads the same link back, for 100 random screens', () => {
    const r = rng(99)
    for (let i = 0; i < 100; i++) {
      const link = { ...randomLink(r), drawing: null }
      applyLinkToStore(link, { moving: i % 2 === 1 })
      // Moving goes there through the rig's animation; what the store heads for is the link. The
      // start screen's layers read back as "the start screen's layers".
      const canon = (l: LinkState) =>
        encodeLink({ ...l, layers: l.layers?.join() === 'bone,disc,muscle' ? null : l.layers })
      expect(canon(linkOf(appStore.getState(), link.camera))).toBe(canon(link))
    }
  })

  it('sets a sitting amount at once when opening, and animates there when moving', () => {
    applyLinkToStore(withDefaults({ pose: { target: 'sitting', amount: 0.5 } }), { moving: false })
    expect(appStore.getState().posture).toMatchObject({ target: 'sitting', amount: 0.5, goal: null })
    resetApp()
    applyLinkToStore(withDefaults({ pose: { target: 'sitting', amount: 0.5 } }), { moving: true })
    expect(appStore.getState().posture).toMatchObject({ amount: 0, goal: { target: 'sitting', amount: 0.5 } })
  })

  it('applies layers only to the kinds the models have, and to a kind that arrives later', () => {
    resetApp()
    const link = withDefaults({ layers: ['muscle', 'skin'] })
    expect(applyLinkLayers(link)).toEqual([])
    registerLayers(['bone', 'skin'])
    expect(applyLinkLayers(link)).toEqual(['bone', 'skin'])
    registerLayers(['muscle'])
    expect(appStore.getState().viewer.layers).toEqual({ bone: false, skin: true, muscle: true })
    setLayerVisible('muscle', false)
    applyLinkLayers(link, ['muscle'])
    expect(appStore.getState().viewer.layers).toEqual({ bone: false, skin: true, muscle: true })
  })

  it('tells a discrete change (its own history entry) from a camera moved by hand', () => {
    const start = linkOf(appStore.getState(), null)
    setSittingAmount(0.3)
    const sat = linkOf(appStore.getState(), null)
    expect(isDiscreteChange(start, sat)).toBe(true)
    leaveView()
    const dragged = linkOf(appStore.getState(), { position: [1, 1, 1], target: [0, 0, 0] })
    expect(isDiscreteChange(sat, dragged)).toBe(false)
    const draggedAgain = linkOf(appStore.getState(), { position: [1, 2, 1], target: [0, 0, 0] })
    expect(isDiscreteChange(dragged, draggedAgain)).toBe(false)
    markView('Left')
    expect(isDiscreteChange(draggedAgain, linkOf(appStore.getState(), null))).toBe(true)
  })
})
