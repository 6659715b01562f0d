import { beforeEach, describe, expect, it } from 'vitest'
import {
  attachmentsShownFor,
  hideAttachmentsOf,
  hidePainPatternOf,
  painPatternShownFor,
  showAttachmentsOf,
  showPainPatternOf,
} from '../../src/store/actions'
import { appStore, resetApp } from '../../src/store/appStore'
import { painInitial, setPainSide, setPatternShown } from '../../src/store/painSlice'
import { registerLayers, setAttachmentsVisible, setLayerVisible } from '../../src/store/viewerSlice'

const state = () => appStore.getState()

beforeEach(() => {
  resetApp()
  registerLayers(['bone', 'disc', 'muscle', 'skin'])
})

describe('the info line’s offers', () => {
  it('shows a selected muscle’s pattern on its side, on the skin, and hides it again', () => {
    expect(painPatternShownFor(state(), 'psoas_major_r')).toBe(false)
    expect(painPatternShownFor(state(), 'femur_r')).toBeNull()
    showPainPatternOf('psoas_major_r')
    expect(state().pain.shown.iliopsoas).toBe(true)
    expect(state().pain.side).toBe('r')
    expect(state().viewer.layers.skin).toBe(true)
    expect(painPatternShownFor(state(), 'psoas_major_r')).toBe(true)
    expect(painPatternShownFor(state(), 'iliacus_origin_crest_r')).toBe(true)
    // The other side's muscle is not shown (Pain side is right), and neither is a hidden skin.
    expect(painPatternShownFor(state(), 'iliacus_l')).toBe(false)
    setLayerVisible('skin', false)
    expect(painPatternShownFor(state(), 'psoas_major_r')).toBe(false)
    setLayerVisible('skin', true)
    hidePainPatternOf('psoas_major_r')
    expect(state().pain.shown.iliopsoas).toBe(false)
    expect(state().viewer.layers.skin).toBe(true) // hiding a pattern leaves the skin as it is
  })

  it('counts a pattern shown on both sides as shown for either side', () => {
    setPatternShown('iliopsoas', true)
    setPainSide('both')
    setLayerVisible('skin', true)
    expect(painPatternShownFor(state(), 'psoas_major_l')).toBe(true)
    expect(painPatternShownFor(state(), 'trigger:iliopsoas:IP-T1:r')).toBe(true)
  })

  it('leaves other patterns alone when showing or hiding one', () => {
    setPatternShown('sartorius', true)
    showPainPatternOf('iliacus_l')
    hidePainPatternOf('iliacus_l')
    expect(state().pain.shown.sartorius).toBe(true)
    // An id without a pattern does nothing.
    const before = state()
    showPainPatternOf('femur_l')
    hidePainPatternOf('femur_l')
    expect(state()).toBe(before)
  })

  it('paints where a muscle attaches (and the layers carrying it), and takes it off again', () => {
    setAttachmentsVisible('psoas_major', false)
    setAttachmentsVisible('iliacus', false)
    setLayerVisible('disc', false)
    expect(attachmentsShownFor(state(), 'psoas_major_l')).toBe(false)
    expect(attachmentsShownFor(state(), 'landmark_nonsense')).toBeNull()
    showAttachmentsOf('psoas_major_l')
    expect(state().viewer.attachments).toEqual({ psoas_major: true, iliacus: false })
    expect(state().viewer.layers.disc).toBe(true) // psoas origins lie on the discs
    expect(attachmentsShownFor(state(), 'psoas_major_l')).toBe(true)
    expect(attachmentsShownFor(state(), 'femur_l')).toBe(false) // the iliacus inserts there too
    showAttachmentsOf('femur_l')
    expect(attachmentsShownFor(state(), 'femur_l')).toBe(true)
    hideAttachmentsOf('iliacus_r')
    expect(state().viewer.attachments).toEqual({ psoas_major: true, iliacus: false })
    expect(state().pain).toEqual(painInitial()) // nothing about pain changed
  })

  it('does not add a layer the models do not have', () => {
    resetApp()
    registerLayers(['bone'])
    showAttachmentsOf('psoas_major_l')
    expect(state().viewer.layers).toEqual({ bone: true })
  })
})
