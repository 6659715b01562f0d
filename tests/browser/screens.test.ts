import { describe, expect, it } from 'vitest'
import { canvasPixels, diffFraction, litStats, newWatchedPage, openReady, settled, project } from '../../tools/harness'
import { browserSuite } from './suite'

const suite = browserSuite()

describe('touch', () => {
  it('rotates with one finger, zooms with a pinch and pans with two fingers', async () => {
    // Without MSAA (`?aa=0`): the gestures, not the edge smoothing, are under test here, and every
    // software frame costs half as much.
    const w = await newWatchedPage(suite.browser, { width: 1024, height: 768 }, { hasTouch: true })
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('button', { name: 'Front', exact: true }).click()
      await settled(page)
      const cdp = await w.context.newCDPSession(page)
      type Point = { x: number; y: number }
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) })
      /** Where the two femurs are on screen: the camera's move, read from the scene itself. */
      const femurs = async () => ({ l: await project(page, 'femur_l'), r: await project(page, 'femur_r') })
      /**
       * Move fingers from `from` to `to` in five steps, as a hand does, each delivered before the
       * next (a step sent before the page took the last one may be merged into it), then wait until
       * the camera has followed and the view has settled: no fixed number of frames per step.
       */
      const gesture = async (from: Point[], to: Point[], moved: (f: Awaited<ReturnType<typeof femurs>>) => boolean) => {
        await touch('touchStart', from)
        for (let i = 1; i <= 5; i++)
          await touch(
            'touchMove',
            from.map((f, k) => ({ x: f.x + ((to[k]!.x - f.x) * i) / 5, y: f.y + ((to[k]!.y - f.y) * i) / 5 })),
          )
        await touch('touchEnd', [])
        await expect.poll(async () => moved(await femurs()), { timeout: 20_000 }).toBe(true)
        await settled(page)
      }
      const c = { x: 512, y: 384 }
      const start = await canvasPixels(page)
      const f0 = await femurs()
      // One finger across: the model turns about its vertical axis (the femurs close up on screen).
      await gesture([c], [{ x: c.x + 160, y: c.y }], (f) => Math.abs(f.l.x - f.r.x) < Math.abs(f0.l.x - f0.r.x) * 0.8)
      const rotated = await canvasPixels(page)
      expect(diffFraction(start, rotated)).toBeGreaterThan(0.02)
      const before = litStats(rotated).count
      const f1 = await femurs()
      const spread = (f: typeof f1) => Math.hypot(f.l.x - f.r.x, f.l.y - f.r.y)
      // Pinch out: the model grows (the femurs move apart on screen).
      await gesture(
        [
          { x: c.x - 40, y: c.y },
          { x: c.x + 40, y: c.y },
        ],
        [
          { x: c.x - 200, y: c.y },
          { x: c.x + 200, y: c.y },
        ],
        (f) => spread(f) > spread(f1) * 1.2,
      )
      const zoomed = await canvasPixels(page)
      expect(litStats(zoomed).count).toBeGreaterThan(before * 1.2)
      const f2 = await femurs()
      // Two fingers down: the model follows them down the screen.
      await gesture(
        [
          { x: c.x - 60, y: c.y },
          { x: c.x + 60, y: c.y },
        ],
        [
          { x: c.x - 60, y: c.y + 150 },
          { x: c.x + 60, y: c.y + 150 },
        ],
        (f) => f.l.y > f2.l.y + 50 && f.r.y > f2.r.y + 50,
      )
      expect(diffFraction(zoomed, await canvasPixels(page))).toBeGreaterThan(0.02)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
