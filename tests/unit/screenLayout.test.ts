import { beforeEach, describe, expect, it } from 'vitest'
import { fitBoxDistance, freeBand, reservedInsets } from '../../src/scene/framing'
import { appStore, resetApp } from '../../src/store/appStore'
import { openPanel, setHelpOpen, togglePanel } from '../../src/store/screenSlice'
import { layoutFor } from '../../src/ui/layout/layoutKind'

describe('layouts by size', () => {
  it('gives each clinic screen its layout', () => {
    expect(layoutFor(1920, 1080)).toBe('desk')
    expect(layoutFor(1280, 720)).toBe('desk')
    expect(layoutFor(1024, 768)).toBe('desk')
    expect(layoutFor(768, 1024)).toBe('tablet')
    expect(layoutFor(390, 844)).toBe('phone')
    // A phone turned sideways has room for the column, not for a bottom sheet.
    expect(layoutFor(844, 390)).toBe('desk')
    expect(layoutFor(600, 900)).toBe('tablet')
    expect(layoutFor(559, 900)).toBe('phone')
  })
})

describe('one panel at a time', () => {
  beforeEach(() => resetApp())
  const open = () => appStore.getState().screen.openPanel

  it('opens one panel, closing the other, and closes it on a second tap', () => {
    expect(open()).toBeNull()
    togglePanel('posture')
    expect(open()).toBe('posture')
    togglePanel('pain')
    expect(open()).toBe('pain')
    togglePanel('pain')
    expect(open()).toBeNull()
    openPanel('layers')
    openPanel('layers')
    expect(open()).toBe('layers')
  })

  it('keeps the help sheet apart from the panels, and resets with the app', () => {
    openPanel('pain')
    setHelpOpen(true)
    expect(appStore.getState().screen).toEqual({ openPanel: 'pain', helpOpen: true, presenting: false })
    resetApp()
    expect(appStore.getState().screen).toEqual({ openPanel: null, helpOpen: false, presenting: false })
  })
})

describe('framing the model', () => {
  const canvas = { left: 340, top: 0, right: 1280, bottom: 720 }

  it('keeps the model clear of wide boxes at the top and bottom, not of a corner button', () => {
    const views = { left: 572, top: 12, right: 1216, bottom: 70 }
    const help = { left: 1224, top: 12, right: 1268, bottom: 56 }
    const bar = { left: 928, top: 656, right: 1268, bottom: 708 }
    expect(reservedInsets(canvas, [views, help, bar])).toEqual({ top: 70, bottom: 64 })
    expect(reservedInsets(canvas, [help])).toEqual({ top: 0, bottom: 0 })
    // A box beside the canvas (the desk column) reserves nothing in it.
    expect(reservedInsets(canvas, [{ left: 12, top: 0, right: 340, bottom: 720 }])).toEqual({ top: 0, bottom: 0 })
    // Never more than 40 % of the height at each end.
    expect(reservedInsets(canvas, [{ left: 340, top: 0, right: 1280, bottom: 600 }]).top).toBe(288)
  })

  it('narrows the field of view to the free band, keeping the width, and centres the band', () => {
    const full = freeBand(35, 940, 720, { top: 0, bottom: 0 })
    expect(full.fovDeg).toBeCloseTo(35, 9)
    expect(full.aspect).toBeCloseTo(940 / 720, 9)
    expect(full.shiftPx).toBe(0)
    // 70 px clear at the top, 10 at the bottom: the band is 640 px of 720, and its centre lies
    // 30 px below the canvas centre, so the picture moves down by 30 px.
    const band = freeBand(35, 940, 720, { top: 70, bottom: 10 })
    expect(Math.tan((band.fovDeg * Math.PI) / 360)).toBeCloseTo(Math.tan((35 * Math.PI) / 360) * (640 / 720), 9)
    expect(band.aspect).toBeCloseTo(940 / 640, 9)
    expect(band.shiftPx).toBe(-30)
    // A caption covering 60 % at the bottom of a short window: the band keeps 35 % of the height.
    const tight = freeBand(35, 940, 720, { top: 60, bottom: 432 })
    expect(tight.aspect).toBeCloseTo(940 / (720 * 0.35), 6)
    expect(tight.shiftPx).toBeGreaterThan(0)
  })

  it('fits every corner of a box, from any side', () => {
    // A unit cube seen face on through a 90° square view: the near face (z = 0.5) must fit, so the
    // distance is 0.5 (to that face) + 0.5 / tan(45°), with no margin.
    expect(fitBoxDistance([0.5, 0.5, 0.5], [0, 0, 1], 90, 1, 1)).toBeCloseTo(1, 9)
    // A thigh lying across the view (1.8 m wide here) backs the camera off in an upright window…
    expect(fitBoxDistance([0.9, 0.2, 0.15], [0, 0, 1], 35, 0.5)).toBeGreaterThan(
      fitBoxDistance([0.9, 0.2, 0.15], [0, 0, 1], 35, 2),
    )
    // …while a tall standing body (0.4 × 1.8 × 0.3 m) is limited by the height in both.
    const tall = fitBoxDistance([0.2, 0.9, 0.15], [0, 0, 1], 35, 0.5)
    // …and every corner really is inside the view at that distance.
    const tanV = Math.tan((35 * Math.PI) / 360)
    for (const y of [-0.9, 0.9])
      for (const z of [-0.15, 0.15]) expect(Math.abs(y) / (tall - z)).toBeLessThanOrEqual(tanV + 1e-9)
    // From above (up is nearly along the view), it still gives a finite, sensible distance.
    const above = fitBoxDistance([0.2, 0.9, 0.15], [0, 1, -0.02], 35, 1.3)
    expect(above).toBeGreaterThan(0.9)
    expect(above).toBeLessThan(3)
  })
})
