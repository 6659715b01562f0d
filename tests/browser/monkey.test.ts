import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { newWatchedPage, openReady } from '../../tools/harness'
import { seeded } from '../../tools/linkStates'
import { answers, monkey, tallyTotal, tameThePage } from '../../tools/monkey'
import { storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/**
 * Random UI actions in all (the full-size run, `npm run soak`, makes 10,000 in one page), in
 * {@link SESSIONS} fresh pages with their own seeds, so each test stays well inside its limit
 * beside the other browser files: 1,000 in one test took over 540 s in the full suite.
 */
const ACTIONS = 1000
const SESSIONS = 4
const EACH = ACTIONS / SESSIONS

describe('a seeded monkey', () => {
  it.each([0, 1, 2, 3])(
    `makes ${EACH} random actions (session %i of ${SESSIONS}) across panels, the 3D view, keys and painting: no error, still answering`,
    async (session) => {
      const w = await newWatchedPage(suite.browser, { width: 640, height: 480 })
      try {
        await tameThePage(w.page)
        await openReady(w.page, `${suite.url}?aa=0`)
        const origin = new URL(suite.url).origin
        const tally = await monkey(w.page, seeded(2026 + session), EACH, {
          onBreath: async (done) => {
            // Checked as it goes, so a failure names the action it followed.
            expect(w.consoleErrors, `after ${done} actions`).toEqual([])
            expect([...w.requestOrigins], `after ${done} actions`).toEqual([origin])
          },
        })
        expect(tallyTotal(tally)).toBeGreaterThanOrEqual(EACH)
        // Every kind of action happened, in numbers (about 44 % clicks, 26 % keys, 22 % drags).
        expect(tally.clicks).toBeGreaterThan(EACH / 5)
        expect(tally.keys).toBeGreaterThan(EACH / 7)
        expect(tally.drags).toBeGreaterThan(EACH / 8)
        expect(tally.wheels + tally.sliders + tally.resizes).toBeGreaterThan(EACH / 20)
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
      // 250 actions took 145–191 s in CI's full suite on a busy two-core machine: the limit leaves
      // more than 2× room over the slowest.
    },
    420_000,
  )
})
