import { describe, expect, it } from 'vitest'
import { newWatchedPage, openReady } from '../../tools/harness'
import { seeded } from '../../tools/linkStates'
import { held, soak, type Held } from '../../tools/soak'
import { browserSuite } from './suite'

const suite = browserSuite()

/** Posture cycles in the test, after the warm-up (the full-size run, `npm run soak`, goes on for 10 minutes). */
const CYCLES = 150
/**
 * Cycles that first visit every toggle many times, so every shader is compiled, every cache is
 * filled and the JavaScript engine has compiled its optimised code, which takes heap too: measured
 * 30 cycles at a time with no toggle, the heap grew 216, 78, 189, 89, 18, 33 and 25 kB, settling.
 */
const WARM_UP = 80

describe('a long session', () => {
  it(`${CYCLES} posture cycles with patterns, layers, sides, views, present mode and the story toggled: nothing piles up`, async () => {
    const w = await newWatchedPage(suite.browser, { width: 640, height: 480 })
    try {
      await openReady(w.page, `${suite.url}?aa=0`)
      const cdp = await w.context.newCDPSession(w.page)
      const r = seeded(77)
      await soak(w.page, r, WARM_UP)
      const before = await held(w.page, cdp)
      const samples: Held[] = []
      await soak(w.page, r, CYCLES, {
        onCycle: async (done) => {
          if (done % 50 === 0) samples.push(await held(w.page, cdp))
        },
      })
      const after = await held(w.page, cdp)
      console.log(
        `soak: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, samples ${JSON.stringify(samples)}`,
      )
      // Renderer resources: exactly what the warmed-up page had.
      expect({ ...after, heap: 0 }).toEqual({ ...before, heap: 0 })
      for (const s of samples) expect({ ...s, heap: 0 }).toEqual({ ...before, heap: 0 })
      // The heap: under 5 % growth.
      expect(after.heap / before.heap).toBeLessThan(1.05)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
    // 210 cycles took 378 s beside two other busy processes on two cores; the limit leaves twice that.
  }, 900_000)
})
