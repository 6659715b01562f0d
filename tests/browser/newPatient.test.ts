import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { dragThrough, newWatchedPage, openPanel, openReady, settled } from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import { storeState, waitForPosture } from '../../tools/screenLayout'
import { browserSuite } from './suite'
import { drawingAt, pattern } from './painPage'

const suite = browserSuite()
const STORAGE_KEY = 'hip-flexors.pain-drawing.v1'

/**
 * A patient's screen: one stroke down the right of the low back, the iliopsoas pattern shown,
 * sitting, an exercise ticked for the handout. Returns a skin vertex the stroke painted.
 */
async function patientScreen(page: Page, url: string): Promise<number> {
  await openReady(page, url)
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await settled(page, 400)
  await openPanel(page, 'Pain')
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
  const stroke = await paraspinalStroke(page, -35, 4)
  await dragThrough(page, stroke)
  await page.getByRole('button', { name: 'Done painting', exact: true }).click()
  await pattern(page, 'Iliopsoas', true)
  await page.getByRole('button', { name: 'Sit', exact: true }).click()
  await waitForPosture(page, 1)
  await openPanel(page, 'Explain')
  await page.locator('[data-exercise="couch_stretch"]').getByRole('checkbox', { name: 'On the handout' }).check()
  const vertex = stroke[2]!.vertex
  expect(await drawingAt(page, vertex)).toBeGreaterThan(0.5)
  return vertex
}

/** What a patient leaves on the screen: the drawing summary, posture, patterns, ticks, layers, view. */
const patientPart = (s: AppState) => ({
  drawing: [s.pain.hasDrawing, s.pain.undoDepth],
  posture: [s.posture.target, s.posture.amount],
  pain: [s.pain.shown, s.pain.side],
  ticks: s.session.handoutExercises,
  layers: s.viewer.layers,
  view: s.viewer.view,
})

describe('New patient', () => {
  it('asks first, and Cancel or Esc keeps the drawing and the screen', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      const vertex = await patientScreen(page, `${suite.url}?aa=0`)
      const before = patientPart(await storeState<AppState>(page))
      expect(before.drawing).toEqual([true, 1])
      const dialog = page.getByRole('dialog', { name: 'Start with a new patient?' })

      await page.getByRole('button', { name: 'New patient…', exact: true }).click()
      await expect.poll(() => dialog.isVisible()).toBe(true)
      expect(await dialog.textContent()).toContain('This clears the drawing and resets the screen.')
      // It offers to keep something first.
      expect(await dialog.getByRole('button', { name: 'Save image first' }).isVisible()).toBe(true)
      expect(await dialog.getByRole('button', { name: 'Print handout first' }).isVisible()).toBe(true)
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click()
      await expect.poll(() => dialog.isVisible()).toBe(false)
      expect(await drawingAt(page, vertex)).toBeGreaterThan(0.5)
      expect(patientPart(await storeState<AppState>(page))).toEqual(before)

      await page.getByRole('button', { name: 'New patient…', exact: true }).click()
      await expect.poll(() => dialog.isVisible()).toBe(true)
      await page.keyboard.press('Escape')
      await expect.poll(() => dialog.isVisible()).toBe(false)
      await settled(page)
      expect(await drawingAt(page, vertex)).toBeGreaterThan(0.5)
      expect(patientPart(await storeState<AppState>(page))).toEqual(before)
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toContain('"data"')
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })

  it('after confirming, the drawing is gone for good (no Undo, not after a reload) and the screen is as at the start', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      // The address carries a screen state in its hash (the link work puts it there).
      const vertex = await patientScreen(page, `${suite.url}?aa=0#v=1&view=posterior&pside=right`)
      const start = await storeState<AppState>(page)
      expect(start.pain.hasDrawing).toBe(true)

      await page.getByRole('button', { name: 'New patient…', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Start with a new patient?' })
      await dialog.getByRole('button', { name: 'Clear and start again', exact: true }).click()
      await expect.poll(() => dialog.isVisible()).toBe(false)
      await settled(page)

      expect(await drawingAt(page, vertex)).toBe(0)
      const s = await storeState<AppState>(page)
      expect(s.pain.hasDrawing).toBe(false)
      expect(s.pain.undoDepth).toBe(0)
      expect(s.pain.matches.every((m) => m.score === 0)).toBe(true)
      expect(s.posture).toMatchObject({ amount: 0, goal: null, playing: false })
      expect(Object.values(s.pain.shown).some(Boolean)).toBe(false)
      expect(s.session).toMatchObject({ storyStep: null, exercise: null, handoutExercises: [] })
      expect(s.viewer.layers).toMatchObject({ bone: true, muscle: true, skin: false })
      expect(s.viewer.view).toBe('Three-quarter')
      // The loaded models stay loaded.
      expect(s.viewer.files).toEqual(start.viewer.files)
      // The address no longer carries the last patient's screen (the link of the start screen is
      // `#v=1`, which the address takes again as it follows the screen); the technical options stay.
      expect(['', '#v=1']).toContain(await page.evaluate(() => location.hash))
      expect(await page.evaluate(() => location.search)).toBe('?aa=0')
      // A desk opens with the layers beside the model, as at the start.
      expect(s.screen.openPanel).toBe('layers')

      // Undo cannot bring the last patient's drawing back.
      await openPanel(page, 'Pain')
      expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true)
      expect(await page.getByRole('button', { name: 'Clear drawing…', exact: true }).isDisabled()).toBe(true)
      // Nor can a reload: nothing of it is stored.
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull()
      await page.reload()
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]')
      await openPanel(page, 'Pain')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      await settled(page)
      expect(await drawingAt(page, vertex)).toBe(0)
      expect((await storeState<AppState>(page)).pain.hasDrawing).toBe(false)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
