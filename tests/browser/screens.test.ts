import { describe, expect, it } from 'vitest'
import { canvasPixels, diffFraction, litStats, newWatchedPage, openReady, settled, project } from '../../tools/harness'
import type { AppState } from '../../src/store/appStore'
import { pointOn, screenBounds, storeState } from '../../tools/screenLayout'
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

describe('mouse gestures that aim', () => {
  it('centres the view on a structure with a double-click, and zooms towards the pointer', async () => {
    const w = await newWatchedPage(suite.browser, { width: 1280, height: 720 })
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('button', { name: 'Front', exact: true }).click()
      await settled(page)
      const canvas = await page.evaluate(() => document.querySelector('canvas')!.getBoundingClientRect().toJSON())
      const centre = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }
      const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y)

      // The wheel over the left femur: the model grows, and the femur stays under the pointer
      // instead of sliding away from the centre of the view.
      const at = await pointOn(page, 'femur_l')
      expect(dist(at, centre)).toBeGreaterThan(60)
      const before = await screenBounds(page, 'femur_l')
      const femur0 = await project(page, 'femur_l')
      await page.mouse.move(at.x, at.y)
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200)
      await settled(page, 500)
      const after = await screenBounds(page, 'femur_l')
      expect(after.bottom - after.top).toBeGreaterThan((before.bottom - before.top) * 1.15)
      const femur1 = await project(page, 'femur_l')
      // Zoomed about the centre, the femur's centre would move out by the zoom factor; about the
      // pointer, it moves far less.
      const grown = (after.bottom - after.top) / (before.bottom - before.top)
      const aboutCentre = dist(femur0, centre) * (grown - 1)
      expect(dist(femur1, femur0)).toBeLessThan(aboutCentre * 0.5)

      // A double-click on the femur brings it to the middle of the view and leaves the preset.
      const on = await pointOn(page, 'femur_l')
      await page.mouse.dblclick(on.x, on.y)
      await expect
        .poll(async () => dist(await project(page, 'femur_l'), centre), { timeout: 15_000 })
        .toBeLessThan(dist(on, centre) * 0.35 + 20)
      expect((await storeState<AppState>(page)).viewer.view).toBeNull()
      await expect.poll(() => page.getByTestId('selected-name').textContent()).toBe('Left thigh bone (femur)')
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
