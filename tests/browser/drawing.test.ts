import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../src/anatomy/types'
import { dragThrough, newWatchedPage, openPanel, openReady, settled } from '../../tools/harness'
import { frontThighStroke, paraspinalStroke, skinLandmark, skinOnScreen } from '../../tools/painStrokes'
import { browserSuite } from './suite'

import { landmark, onScreen, drawingAt, view } from './painPage'

const suite = browserSuite()

/** Open the app, show the skin from behind and turn on the brush. */
async function startPainting(page: Page): Promise<void> {
  // Without MSAA: every brush move redraws, and software rendering halves its frame rate with it.
  await openReady(page, `${suite.url}?aa=0`)
  await view(page, 'Back')
  // Painting shows the skin by itself.
  await openPanel(page, 'Pain')
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
}

describe("the patient's pain drawing", () => {
  it('paints the iliopsoas zone, ranks iliopsoas first, survives a reload, and sends nothing', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await startPainting(page)
      const requests: string[] = []
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`))

      // The right paraspinal band, T12 to the sacroiliac joint, 2–5 cm from the midline.
      for (const dx of [-25, -45]) await dragThrough(page, await paraspinalStroke(page, dx, 5))
      // The upper front of the right thigh.
      await view(page, 'Front')
      for (const dx of [-10, 15]) await dragThrough(page, await frontThighStroke(page, dx, 0.08, 0.25, 4))
      const ranking = page.getByRole('list', { name: 'Patterns ranked by how much of the drawing they cover' })
      await expect.poll(() => ranking.locator('li').first().getAttribute('data-muscle')).toBe('iliopsoas')
      const firstText = (await ranking.locator('li').first().textContent()) ?? ''
      expect(firstText).toMatch(/right/)
      const score = Number(/(\d+)%/.exec(firstText)?.[1])
      expect(score).toBeGreaterThan(20)
      // Painting asked nothing of any server. Chromium fetches the tab's icon again when the
      // address changes within the page (the address follows the screen); that is all it may ask.
      const origin = new URL(suite.url).origin
      expect(requests.filter((r) => r !== `GET ${origin}/icons/favicon-32.png`)).toEqual([])
      // Between the two thigh strokes, a fifth of the way from the hip to the knee.
      const hip = await skinLandmark(page, 'femoral_head_centre_r')
      const knee = await skinLandmark(page, 'knee_centre_r')
      const painted = await skinOnScreen(
        page,
        [hip[0] + (knee[0] - hip[0]) * 0.2, hip[1] + (knee[1] - hip[1]) * 0.2, hip[2] + 60],
        [0, 0, 1],
      )
      expect(await drawingAt(page, painted.vertex)).toBeGreaterThan(0.5)

      // Undo takes back the last stroke only.
      await page.getByRole('button', { name: 'Undo', exact: true }).click()
      await settled(page)
      await expect.poll(() => ranking.locator('li').first().getAttribute('data-muscle')).toBe('iliopsoas')

      // A reload keeps the drawing (local storage), and the ranking with it.
      await page.reload()
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]')
      await openPanel(page, 'Pain')
      await expect.poll(() => drawingAt(page, painted.vertex)).toBeGreaterThan(0)
      await expect.poll(() => ranking.locator('li').first().getAttribute('data-muscle')).toBe('iliopsoas')

      // Clearing asks first; "Keep" keeps it.
      await page.getByRole('button', { name: 'Clear drawing…', exact: true }).click()
      await page.getByRole('button', { name: 'Keep', exact: true }).click()
      expect(await ranking.count()).toBe(1)
      await page.getByRole('button', { name: 'Clear drawing…', exact: true }).click()
      await page.getByRole('button', { name: 'Yes, clear', exact: true }).click()
      await expect.poll(() => ranking.count()).toBe(0)
      const stored = await page.evaluate(() => localStorage.getItem('hip-flexors.pain-drawing.v1') ?? '')
      expect(stored).toContain('"data"')

      expect(w.consoleErrors).toEqual([])
      expect(requests.filter((r) => !r.startsWith('GET ') || !r.includes(new URL(suite.url).host))).toEqual([])
    } finally {
      await w.context.close()
    }
  })

  it('resizing the window keeps the drawing and its undo', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await startPainting(page)
      const undo = page.getByRole('button', { name: 'Undo', exact: true })
      expect(await undo.isDisabled()).toBe(true) // a new browser profile: nothing drawn yet

      // One stroke down the right side of the low back, T12 to the sacroiliac joint.
      const t12 = await landmark(page, 't12_spinous_tip')
      const psis = await landmark(page, 'psis_r')
      const rest: Vec3[] = []
      for (let k = 0; k <= 4; k++) rest.push([-35, t12[1] + ((psis[1] - t12[1]) * k) / 4, t12[2]])
      const pts = []
      for (const r of rest) pts.push(await onScreen(page, r, [0, 0, -1]))
      await dragThrough(page, pts)
      const touched = pts[2]!.vertex
      expect(await drawingAt(page, touched)).toBeGreaterThan(0.5)
      expect(await undo.isEnabled()).toBe(true)

      for (const size of [
        { width: 768, height: 1024 },
        { width: 1280, height: 720 },
      ]) {
        const at = `at ${size.width}×${size.height}`
        await page.setViewportSize(size)
        // The view has taken the new size: the canvas fills the stage the new layout leaves it (the
        // whole width on an upright tablet, beside the column on a desk)…
        const expected = size.width < 900 ? size.width : size.width - 340
        await expect
          .poll(() => page.evaluate(() => document.querySelector('canvas')?.clientWidth), { message: at })
          .toBe(expected)
        await settled(page)
        // …and the drawing and its undo step are still there.
        expect(await drawingAt(page, touched), at).toBeGreaterThan(0.5)
        expect(await undo.isEnabled(), `Undo ${at}`).toBe(true)
      }
      await undo.click()
      await settled(page)
      expect(await drawingAt(page, touched)).toBe(0)
      expect(await undo.isDisabled()).toBe(true)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
