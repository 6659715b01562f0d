import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, VIEWS, viewDirection, viewLabel } from '../../src/anatomy/views'
import { appStore, resetApp } from '../../src/store/appStore'
import {
  allFilesSettled,
  attachmentShown,
  canRetry,
  clearSelection,
  loadingProgress,
  markView,
  registerFiles,
  registerLayers,
  requestView,
  setAttachmentsVisible,
  setFileStatus,
  setLayerVisible,
  setManifestLoaded,
  setExpertTerms,
  setSelected,
} from '../../src/store/viewerSlice'
import { canvasOptions } from '../../src/ui/options'

beforeEach(() => resetApp())
const viewer = () => appStore.getState().viewer

describe('preset views', () => {
  it('look at the patient from the named side (Left = patient left = +X)', () => {
    expect(viewDirection('Anterior')).toEqual([0, 0, 1])
    expect(viewDirection('Posterior')).toEqual([0, 0, -1])
    expect(viewDirection('Left')[0]).toBe(1)
    expect(viewDirection('Right')[0]).toBe(-1)
    expect(viewDirection('Superior')[1]).toBeGreaterThan(0.99)
    expect(VIEWS.map((v) => v.key)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(DEFAULT_VIEW).toBe('Three-quarter')
  })

  it('carry a plain label for the buttons and the anatomical term beside it', () => {
    expect(VIEWS.map((v) => [v.label, v.term])).toEqual([
      ['Front', 'anterior'],
      ['Back', 'posterior'],
      ['Left side', 'left lateral'],
      ['Right side', 'right lateral'],
      ['From above', 'superior'],
      ['Angled', 'three-quarter'],
    ])
    expect(viewLabel(DEFAULT_VIEW)).toBe('Angled')
    // Labels must differ from "Reset view" and from each other: the buttons are found by them.
    expect(new Set([...VIEWS.map((v) => v.label), 'Reset view']).size).toBe(VIEWS.length + 1)
  })
})

describe('viewer store', () => {
  it('registers layers visible except landmarks, and toggles them', () => {
    registerLayers(['bone', 'disc', 'landmark'])
    expect(viewer().layers).toEqual({ bone: true, disc: true, landmark: false })
    setLayerVisible('bone', false)
    expect(viewer().layers.bone).toBe(false)
    registerLayers(['bone'])
    expect(viewer().layers.bone).toBe(false) // re-registering keeps the user's choice
  })

  it('selects and clears', () => {
    setSelected('femur_l')
    expect(viewer().selectedId).toBe('femur_l')
    clearSelection()
    expect(viewer().selectedId).toBeNull()
  })

  it('marks the framed view without a new request, and leaves the slice alone when nothing changes', () => {
    markView('Left')
    expect(viewer()).toMatchObject({ view: 'Left', viewRequest: 0 })
    // Asking for what is already so writes nothing (no subscriber wakes, no frame is drawn).
    const before = appStore.getState()
    markView('Left')
    clearSelection()
    expect(appStore.getState()).toBe(before)
  })

  it('starts in plain words, switches the expert terms on and off, and resets them', () => {
    expect(viewer().expertTerms).toBe(false)
    setExpertTerms(true)
    expect(viewer().expertTerms).toBe(true)
    // Asking for what is already so writes nothing.
    const before = appStore.getState()
    setExpertTerms(true)
    expect(appStore.getState()).toBe(before)
    setExpertTerms(false)
    expect(viewer().expertTerms).toBe(false)
    setExpertTerms(true)
    resetApp()
    expect(viewer().expertTerms).toBe(false)
  })

  it('counts every request for a view, so the same preset can be asked for twice', () => {
    requestView('Anterior')
    requestView('Anterior')
    expect(viewer()).toMatchObject({ view: 'Anterior', viewRequest: 2 })
  })

  it('is settled only when every file has loaded or failed', () => {
    expect(allFilesSettled(viewer())).toBe(false)
    setFileStatus('a.glb', { state: 'loading', loaded: 0, total: 1 })
    setManifestLoaded()
    setFileStatus('b.glb', { state: 'loaded' })
    expect(allFilesSettled(viewer())).toBe(false)
    setFileStatus('a.glb', { state: 'failed', message: 'x' })
    expect(allFilesSettled(viewer())).toBe(true)
  })
})

describe('canvasOptions', () => {
  it('reads auto-rotation and antialiasing from the URL and ignores nonsense', () => {
    expect(canvasOptions('?autorotate=0.3&aa=0')).toEqual({ autoRotate: 0.3, antialias: false, continuous: false })
    expect(canvasOptions('?autorotate=banana')).toEqual({ autoRotate: 0, antialias: true, continuous: false })
    expect(canvasOptions('?autorotate=1e9&render=continuous')).toEqual({
      autoRotate: 0,
      antialias: true,
      continuous: true,
    })
  })
})

describe('attachment layers', () => {
  it('paint each muscle’s areas with its toggle, and the shared insertion with either', () => {
    const s = () => viewer()
    expect(attachmentShown(s(), 'psoas_major')).toBe(true)
    setAttachmentsVisible('psoas_major', false)
    expect(attachmentShown(s(), 'psoas_major')).toBe(false)
    expect(attachmentShown(s(), 'iliopsoas')).toBe(true)
    setAttachmentsVisible('iliacus', false)
    expect(attachmentShown(s(), 'iliopsoas')).toBe(false)
  })
})

describe('loading progress', () => {
  it('weighs the bar by bytes and lists each file still coming with its share', () => {
    registerFiles([
      { file: 'pelvis.glb', bytes: 400 },
      { file: 'femur_l.glb', bytes: 100 },
      { file: 'skin.glb', bytes: 500 },
    ])
    expect(loadingProgress(viewer())).toEqual({
      fraction: 0,
      coming: [
        { file: 'pelvis.glb', loaded: 0, total: 400, percent: 0 },
        { file: 'femur_l.glb', loaded: 0, total: 100, percent: 0 },
        { file: 'skin.glb', loaded: 0, total: 500, percent: 0 },
      ],
    })
    // The skin is in, the femur has failed (it will not come) and the pelvis is held at 10 %: the
    // bar is 64 % of the bytes, not the 0 % of "the only file still coming is at 0 %".
    setFileStatus('skin.glb', { state: 'loaded' })
    setFileStatus('pelvis.glb', { state: 'loading', loaded: 40, total: 400 })
    setFileStatus('femur_l.glb', { state: 'failed', message: 'x', reason: 'stalled' })
    const p = loadingProgress(viewer())
    expect(p.fraction).toBeCloseTo(0.64, 10)
    expect(p.coming).toEqual([{ file: 'pelvis.glb', loaded: 40, total: 400, percent: 10 }])
  })

  it('never shows a file as whole before it is read, even when the server sends more than listed', () => {
    registerFiles([{ file: 'a.glb', bytes: 100 }])
    setFileStatus('a.glb', { state: 'loading', loaded: 100, total: 100 })
    expect(loadingProgress(viewer()).coming[0]!.percent).toBe(99)
    setFileStatus('a.glb', { state: 'loading', loaded: 150, total: 100 })
    expect(loadingProgress(viewer()).fraction).toBe(1)
    expect(loadingProgress({ files: {}, fileBytes: {} })).toEqual({ fraction: 0, coming: [] })
  })

  it('offers Retry for what a second try can fix, not for a blocked decoder or a file without a reason', () => {
    expect(canRetry({ state: 'failed', message: 'x', reason: 'stalled' })).toBe(true)
    expect(canRetry({ state: 'failed', message: 'x', reason: 'missing' })).toBe(true)
    expect(canRetry({ state: 'failed', message: 'x', reason: 'decoder' })).toBe(false)
    expect(canRetry({ state: 'failed', message: 'x' })).toBe(false)
    expect(canRetry({ state: 'loaded' })).toBe(false)
  })
})
