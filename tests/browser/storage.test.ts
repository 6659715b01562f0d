import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { dragThrough, newWatchedPage, openPanel, settled } from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import { drawingAt } from './painPage'
import { browserSuite } from './suite'

const suite = browserSuite()
const STORAGE_KEY = 'hip-flexors.pain-drawing.v1'
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)

/** Open the app in `page`, turn to the back and start painting. */
async function readyToPaint(page: Page): Promise<void> {
  await page.bringToFront()
  await page.goto(`${suite.url}?aa=0`)
  await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await settled(page, 400)
  await openPanel(page, 'Pain')
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
}

/** One stroke down the back, `dx` px from the middle; returns a vertex it painted. */
async function stroke(page: Page, dx: number): Promise<number> {
  // A tab in the background gets no animation frames; the one painted on is in front.
  await page.bringToFront()
  const points = await paraspinalStroke(page, dx, 4)
  await dragThrough(page, points)
  await settled(page)
  return points[2]!.vertex
}

describe('the drawing in browser storage', () => {
  it('notices another tab saving a different drawing and lets the user choose, losing neither', async () => {
    const w = await newWatchedPage(suite.browser)
    // A second tab of the same browser profile: the same storage, the same origin.
    const other = await w.context.newPage()
    const otherErrors: string[] = []
    other.on('pageerror', (e) => otherErrors.push(e.message))
    try {
      await readyToPaint(w.page)
      await readyToPaint(other)
      const mine = await stroke(w.page, -35)
      const savedMine = await stored(w.page)
      expect(savedMine).toContain('"data"')

      // The other tab, with nothing painted, follows this one; then it paints the other side of
      // the spine, and its save (both strokes) reaches this tab.
      await expect.poll(() => drawingAt(other, mine)).toBeGreaterThan(0.5)
      const theirs = await stroke(other, 35)
      const savedTheirs = await stored(other)
      expect(savedTheirs).not.toBe(savedMine)
      const clash = w.page.getByRole('alert', { name: 'The drawing changed in another tab' })
      await expect
        .poll(() => clash.textContent())
        .toContain('Another tab or window of this viewer has saved a different drawing')
      // A stroke here now is kept on screen but does not overwrite the other tab's drawing.
      const second = await stroke(w.page, -85)
      expect(await drawingAt(w.page, second)).toBeGreaterThan(0.5)
      expect(await stored(w.page)).toBe(savedTheirs)

      // Take the other drawing: it shows here, and Undo brings this tab's back.
      await clash.getByRole('button', { name: 'Show the other drawing' }).click()
      await expect.poll(() => clash.count()).toBe(0)
      expect(await drawingAt(w.page, theirs)).toBeGreaterThan(0.5)
      expect(await drawingAt(w.page, second)).toBe(0)
      await w.page.getByRole('button', { name: 'Undo', exact: true }).click()
      await expect.poll(() => drawingAt(w.page, second)).toBeGreaterThan(0.5)
      expect(await drawingAt(w.page, theirs)).toBe(0)

      // Undo saved this tab's drawing again, which the other tab now hears of; it keeps its own.
      const otherClash = other.getByRole('alert', { name: 'The drawing changed in another tab' })
      await expect.poll(() => otherClash.count()).toBe(1)
      await otherClash.getByRole('button', { name: 'Keep this drawing and save it' }).click()
      await expect.poll(() => otherClash.count()).toBe(0)
      expect(await stored(other)).toBe(savedTheirs)
      expect(await drawingAt(other, theirs)).toBeGreaterThan(0.5)
      expect(w.consoleErrors).toEqual([])
      expect(otherErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  }, 180_000)

  it('says when storage is full, keeps drawing, and drops the notice once a later stroke is saved', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      await readyToPaint(w.page)
      // Fill this origin's storage to the brim with other data.
      const filled = await w.page.evaluate(() => {
        const block = 'x'.repeat(256 * 1024)
        let i = 0
        try {
          for (; i < 200; i++) localStorage.setItem(`filler-${i}`, block)
        } catch {
          // Full.
        }
        let small = 0
        try {
          for (; small < 4096; small++) localStorage.setItem(`filler-small-${small}`, 'x'.repeat(512))
        } catch {
          // Full to the byte, near enough.
        }
        return i
      })
      expect(filled).toBeGreaterThan(0)
      expect(filled).toBeLessThan(200)
      const first = await stroke(w.page, -35)
      expect(await drawingAt(w.page, first)).toBeGreaterThan(0.5)
      const notice = w.page.getByText('The drawing could not be saved on this device')
      await expect.poll(() => notice.count()).toBe(1)
      expect(await stored(w.page)).toBeNull()

      // Space is freed; the next stroke is saved and the notice goes.
      await w.page.evaluate(() => {
        for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k)
      })
      const second = await stroke(w.page, 35)
      await expect.poll(() => notice.count()).toBe(0)
      expect(await stored(w.page)).toContain('"data"')
      expect(await drawingAt(w.page, first)).toBeGreaterThan(0.5)
      expect(await drawingAt(w.page, second)).toBeGreaterThan(0.5)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  }, 120_000)
})
