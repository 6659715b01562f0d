import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { newWatchedPage, openReady } from '../../tools/harness'
import { seeded } from '../../tools/linkStates'
import { answers, monkey, tallyTotal, tameThePage } from '../../tools/monkey'
import { storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** Random UI actions in the test (the full-size run, `npm run soak`, makes 10,000). */
const ACTIONS = 1000

describe('a seeded monkey', () => {
  it(`makes ${ACTIONS} random actions across panels, the 3D view, keys and painting: no error, still answering`, async () => {
    const w = await newWatchedPage(suite.browser, { width: 640, height: 480 })
    try {
      await tameThePage(w.page)
      await openReady(w.page, `${suite.url}?aa=0`)
      const origin = new URL(suite.url).origin
      const tally = await monkey(w.page, seeded(2026), ACTIONS, {
        onBreath: async (done) => {
          // Checked as it goes, so a failure names the action it followed.
          expect(w.consoleErrors, `after ${done} actions`).toEqual([])
          expect([...w.requestOrigins], `after ${done} actions`).toEqual([origin])
        },
      })
      expect(tallyTotal(tally)).toBeGreaterThanOrEqual(ACTIONS)
      // Every kind of action happened, in numbers.
      expect(tally.clicks).toBeGreaterThan(200)
      expect(tally.keys).toBeGreaterThan(150)
      expect(tally.drags).toBeGreaterThan(120)
      expect(tally.wheels + tally.sliders + tally.resizes).toBeGreaterThan(60)
      expect(w.consoleErrors).toEqual([])
      // Still the app, and it still does what it is asked: Esc out of anything, then the front view.
      await w.page.setViewportSize({ width: 1280, height: 720 })
      for (let i = 0; i < 3; i++) await w.page.keyboard.press('Escape')
      await w.page.locator('canvas').focus()
      await w.page.keyboard.press('1')
      await expect.poll(async () => (await storeState<AppState>(w.page)).viewer.view).toBe('Anterior')
      await answers(w.page)
      expect(await w.page.locator('[data-testid="canvas-container"]').getAttribute('data-ready')).toBe('true')
      expect(await w.page.locator('[role="alert"]').count()).toBe(0)
      console.log(`monkey: ${JSON.stringify(tally)}`)
    } finally {
      await w.context.close()
    }
    // About 220 s beside two other busy processes on two cores; the limit leaves room for a busier machine.
  }, 540_000)
})
