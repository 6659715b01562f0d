import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { canvasPixels, litStats, newWatchedPage, settled, waitInPage } from '../../tools/harness'
import { browserSuite } from './suite'

const suite = browserSuite()

/** The bone files (every model file but the skin). */
const BONE_FILES = /\/models\/(pelvis|lumbar_spine|femur_l|femur_r)\.glb$/

/** `window.__anatomyViewer.shown(id)`: null while no node carries the id. */
const shown = (page: Page, id: string): Promise<boolean | null> =>
  page.evaluate(
    (i) =>
      (window as unknown as { __anatomyViewer?: { shown(id: string): boolean | null } }).__anatomyViewer?.shown(i) ??
      null,
    id,
  )

const ready = (page: Page) => page.getByTestId('canvas-container').getAttribute('data-ready')

describe('loading in order', () => {
  it('draws the muscles and the skin only once the bones are in, under one progress bar naming what is still coming', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      // Hold every bone file back until the test lets them go.
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(BONE_FILES, async (route) => {
        await held
        await route.continue()
      })
      await page.goto(`${suite.url}?aa=0`)
      // The muscles are built in the app at once, and the skin file is not held: both are in the scene…
      await waitInPage(
        page,
        `!!window.__anatomyViewer && window.__anatomyViewer.ids().includes('psoas_major_l') && window.__anatomyViewer.ids().includes('skin')`,
      )
      // …and even a skin the user asks for waits for the bones.
      await page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
      await settled(page)
      for (const id of ['psoas_major_l', 'psoas_major_r', 'iliacus_l', 'iliacus_r', 'skin'])
        expect(await shown(page, id), id).toBe(false)
      expect(litStats(await canvasPixels(page)).count).toBeLessThan(50) // nothing floats in the air
      expect(await ready(page)).toBe('false')
      // One bar for everything, and it says what it is waiting for.
      expect(await page.locator('progress').count()).toBe(1)
      const coming = (await page.getByTestId('loading-files').textContent()) ?? ''
      for (const f of ['pelvis.glb', 'lumbar_spine.glb', 'femur_l.glb', 'femur_r.glb']) expect(coming).toContain(f)
      expect(coming).not.toContain('skin.glb')
      expect(coming).toContain('Muscles and skin appear once the bones are in.')

      release()
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      for (const id of ['psoas_major_l', 'iliacus_r', 'skin', 'femur_l']) expect(await shown(page, id), id).toBe(true)
      expect(await page.locator('progress').count()).toBe(0)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })

  it('shows the muscles when a bone file fails: a failure does not hide them for ever', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      await w.page.route('**/models/femur_r.glb', (r) => r.fulfill({ status: 404, body: 'not found' }))
      await w.page.goto(`${suite.url}?aa=0`)
      await w.page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      expect(await shown(w.page, 'psoas_major_r')).toBe(true)
      expect(await shown(w.page, 'femur_r')).toBeNull()
      expect(w.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
