import { beforeEach, describe, expect, it } from 'vitest'
import {
  dismissSelection,
  lookUpSkin,
  selectStructure,
  setPainting,
  setPatternOnSkin,
  showPatternOnSkin,
} from '../../src/store/actions'
import { appStore, initialAppState, resetApp, subscribeSlice } from '../../src/store/appStore'
import { setPainSide, setPatternShown } from '../../src/store/painSlice'
import { goToPose } from '../../src/store/postureSlice'
import { registerLayers, setLayerVisible } from '../../src/store/viewerSlice'

const state = () => appStore.getState()

beforeEach(() => {
  resetApp()
  registerLayers(['bone', 'muscle', 'skin'])
})

describe('the one store', () => {
  it('holds the viewer, posture and pain slices, and one reset puts all three back', () => {
    setLayerVisible('bone', false)
    goToPose('sitting')
    setPatternShown('sartorius', true)
    resetApp()
    expect(state()).toEqual(initialAppState())
  })

  it('tells a slice subscriber only about its own slice', () => {
    const seen: string[] = []
    const off = subscribeSlice('pain', (s, prev) => seen.push(`${prev.side}→${s.side}`))
    goToPose('sitting')
    setLayerVisible('bone', false)
    setPainSide('l')
    off()
    setPainSide('r')
    expect(seen).toEqual(['both→l'])
  })
})

describe('actions that span slices', () => {
  it('selecting anything changes nothing but the selection (a psoas, a bone, a trigger point)', () => {
    const before = state()
    for (const id of ['psoas_major_l', 'iliacus_r', 'iliacus_origin_fossa_l', 'femur_r', 'trigger:iliopsoas:IP-T1:l']) {
      selectStructure(id)
      expect(state().viewer.selectedId).toBe(id)
      expect(state().pain).toBe(before.pain)
      expect(state().posture).toBe(before.posture)
      expect(state().viewer).toEqual({ ...before.viewer, selectedId: id })
    }
  })

  it('a skin lookup lets go of the selection; Esc lets go of both', () => {
    selectStructure('femur_l')
    lookUpSkin({ point: [10, 0, 0], side: 'l', entries: [] })
    expect(state().viewer.selectedId).toBeNull()
    expect(state().pain.lookup?.side).toBe('l')
    selectStructure('femur_l')
    dismissSelection()
    expect(state().viewer.selectedId).toBeNull()
    expect(state().pain.lookup).toBeNull()
  })

  it('showing a pattern, ticking one, or painting shows the skin; unticking leaves it', () => {
    showPatternOnSkin('gluteus_minimus', 'r')
    expect(state().pain).toMatchObject({ side: 'r' })
    expect(state().pain.shown.gluteus_minimus).toBe(true)
    expect(state().viewer.layers.skin).toBe(true)
    setLayerVisible('skin', false)
    setPatternOnSkin('gluteus_minimus', false)
    expect(state().viewer.layers.skin).toBe(false)
    setPatternOnSkin('sartorius', true)
    expect(state().viewer.layers.skin).toBe(true)
    setLayerVisible('skin', false)
    setPainting(true)
    expect(state().pain.paintMode).toBe('brush')
    expect(state().viewer.layers.skin).toBe(true)
    setPainting(false)
    expect(state().pain.paintMode).toBe('off')
  })
})
