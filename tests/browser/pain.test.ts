import type { Page } from 'playwright-core'
import type { PNG } from 'pngjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Vec3 } from '../../src/anatomy/types'
import { canvasPixels, dragThrough, newWatchedPage, openReady, settled, type WatchedPage } from '../../tools/harness'
import { browserSuite } from './suite'

const suite = browserSuite()

type Screen = { x: number; y: number; depth: number; vertex: number }

const landmark = (page: Page, id: string): Promise<Vec3> =>
  page.evaluate((i) => {
    const p = (window as unknown as { __painProbe: { landmark(id: string): Vec3 | null } }).__painProbe.landmark(i)
    if (!p) throw new Error(`no landmark ${i}`)
    return p
  }, id)

/** Screen position of the skin vertex nearest a rest-frame point, facing `normal`. */
const onScreen = (page: Page, rest: Vec3, normal: Vec3): Promise<Screen> =>
  page.evaluate(
    ([r, n]) => {
      const s = (
        window as unknown as { __painProbe: { skinPoint(r: Vec3, n: Vec3): Screen | null } }
      ).__painProbe.skinPoint(r, n)
      if (!s) throw new Error('no skin vertex')
      return s
    },
    [rest, normal] as const,
  )

/** The pain drawing's value (0–1) at a skin vertex. */
const drawingAt = (page: Page, vertex: number): Promise<number> =>
  page.evaluate(
    (i) => (window as unknown as { __painProbe: { drawing(i: number): number } }).__painProbe.drawing(i),
    vertex,
  )

/** Mean absolute RGB difference of two screenshots in a square around a point. */
function regionDiff(a: PNG, b: PNG, at: { x: number; y: number }, half = 7): number {
  let sum = 0
  let n = 0
  for (let y = Math.round(at.y) - half; y <= Math.round(at.y) + half; y++)
    for (let x = Math.round(at.x) - half; x <= Math.round(at.x) + half; x++) {
      if (x < 0 || y < 0 || x >= a.width || y >= a.height) continue
      const i = (y * a.width + x) * 4
      sum +=
        Math.abs(a.data[i]! - b.data[i]!) +
        Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
        Math.abs(a.data[i + 2]! - b.data[i + 2]!)
      n += 3
    }
  return sum / n
}

/** Mean colour in a square around a point. */
function meanColor(png: PNG, at: { x: number; y: number }, half = 4): [number, number, number] {
  const c = [0, 0, 0]
  let n = 0
  for (let y = Math.round(at.y) - half; y <= Math.round(at.y) + half; y++)
    for (let x = Math.round(at.x) - half; x <= Math.round(at.x) + half; x++) {
      const i = (y * png.width + x) * 4
      c[0]! += png.data[i]!
      c[1]! += png.data[i + 1]!
      c[2]! += png.data[i + 2]!
      n++
    }
  return c.map((v) => v / n) as [number, number, number]
}

/** Warm heat colour (yellow–orange–red scale over the pale blue-grey skin): red well above blue. */
const isHeat = ([r, , b]: [number, number, number]) => r > b + 50

async function view(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click()
  await settled(page, 400)
}
async function pattern(page: Page, muscle: string, on: boolean) {
  const box = page.getByRole('checkbox', { name: `Pain pattern: ${muscle}`, exact: true })
  if (on) await box.check()
  else await box.uncheck()
  await settled(page, 400)
}
const sideRadio = (page: Page, side: 'Left' | 'Right' | 'Both') =>
  page.getByRole('radiogroup', { name: 'Pain side' }).getByRole('radio', { name: side, exact: true })
async function painSide(page: Page, side: 'Left' | 'Right' | 'Both') {
  await sideRadio(page, side).check()
  await settled(page, 400)
}
const postureSlider = (page: Page) => page.getByRole('slider', { name: 'Posture' })

/** Points on the skin, from landmarks (rest frame, mm). */
async function spots(page: Page) {
  const l3 = await landmark(page, 'l3_spinous_tip')
  const hipR = await landmark(page, 'femoral_head_centre_r')
  const kneeR = await landmark(page, 'knee_centre_r')
  const along = (t: number): Vec3 => [
    hipR[0] + (kneeR[0] - hipR[0]) * t,
    hipR[1] + (kneeR[1] - hipR[1]) * t,
    hipR[2] + (kneeR[2] - hipR[2]) * t,
  ]
  const thigh = along(0.2)
  const mid = along(0.5)
  return {
    /** Back, 3.5 cm to the patient's right of the L3 spinous process. */
    backRight: { rest: [l3[0] - 35, l3[1], l3[2]] as Vec3, normal: [0, 0, -1] as Vec3 },
    backLeft: { rest: [l3[0] + 35, l3[1], l3[2]] as Vec3, normal: [0, 0, -1] as Vec3 },
    /** Front of the right thigh, a fifth of the way to the knee. */
    thighFrontRight: { rest: [thigh[0], thigh[1], thigh[2] + 60] as Vec3, normal: [0, 0, 1] as Vec3 },
    thighFrontLeft: { rest: [-thigh[0], thigh[1], thigh[2] + 60] as Vec3, normal: [0, 0, 1] as Vec3 },
    /** Outside of the right thigh, half-way to the knee. */
    thighLateralRight: { rest: [mid[0] - 70, mid[1], mid[2]] as Vec3, normal: [-1, 0, 0] as Vec3 },
  }
}

describe('referred-pain heatmap on the skin', () => {
  let w: WatchedPage
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser)
    // Without MSAA (`?aa=0`): the colours inside the zones are under test, not edge smoothing, and
    // software frames cost half as much.
    await openReady(w.page, `${suite.url}?aa=0`)
    await w.page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
    await settled(w.page)
  })
  afterAll(async () => {
    await w?.context.close()
  })

  /**
   * Each test starts from the skin as first shown, whatever the test before it did (or failed to
   * undo): no pattern, both sides, standing, nothing selected or looked up.
   */
  beforeEach(async () => {
    const page = w.page
    await page.mouse.move(2, 400)
    await page.keyboard.press('Escape')
    let changed = false
    for (const box of await page.getByRole('checkbox', { name: /^Pain pattern: / }).all())
      if (await box.isChecked()) {
        await box.uncheck()
        changed = true
      }
    if (!(await sideRadio(page, 'Both').isChecked())) {
      await sideRadio(page, 'Both').check()
      changed = true
    }
    if (!(await postureSlider(page).getAttribute('aria-valuetext'))?.startsWith('0%')) {
      await page.getByRole('button', { name: 'Stand', exact: true }).click()
      await expect.poll(() => postureSlider(page).getAttribute('aria-valuetext')).toMatch(/^0%/)
      changed = true
    }
    if (changed) await settled(page, 400)
    expect(await page.getByRole('checkbox', { name: 'Skin', exact: true }).isChecked()).toBe(true)
    expect(await page.getByTestId('pain-lookup').count()).toBe(0)
  })
  afterEach(() => {
    expect(w.consoleErrors).toEqual([])
  })

  it('posterior view: iliopsoas on the right lights the right lumbar band, not the left', async () => {
    const page = w.page
    await view(page, 'Posterior')
    const s = await spots(page)
    const right = await onScreen(page, s.backRight.rest, s.backRight.normal)
    const left = await onScreen(page, s.backLeft.rest, s.backLeft.normal)
    // Patient's right is on the screen's right when we look at their back.
    expect(right.x).toBeGreaterThan(left.x + 20)
    await painSide(page, 'Right')
    const before = await canvasPixels(page)
    await pattern(page, 'Iliopsoas', true)
    const after = await canvasPixels(page)
    expect(regionDiff(before, after, right)).toBeGreaterThan(30)
    expect(regionDiff(before, after, left)).toBeLessThan(3)
    expect(isHeat(meanColor(after, right))).toBe(true)
    expect(isHeat(meanColor(after, left))).toBe(false)
    await pattern(page, 'Iliopsoas', false)
  })

  it('anterior view: iliopsoas on the right lights the upper front of the right thigh only', async () => {
    const page = w.page
    await view(page, 'Anterior')
    const s = await spots(page)
    const right = await onScreen(page, s.thighFrontRight.rest, s.thighFrontRight.normal)
    const left = await onScreen(page, s.thighFrontLeft.rest, s.thighFrontLeft.normal)
    expect(right.x).toBeLessThan(left.x - 20) // facing the patient, their right is on our left
    await painSide(page, 'Right')
    const before = await canvasPixels(page)
    await pattern(page, 'Iliopsoas', true)
    const after = await canvasPixels(page)
    expect(regionDiff(before, after, right)).toBeGreaterThan(30)
    expect(regionDiff(before, after, left)).toBeLessThan(3)
    expect(isHeat(meanColor(after, right))).toBe(true)
    // "Both" lights the left thigh too.
    await painSide(page, 'Both')
    expect(isHeat(meanColor(await canvasPixels(page), left))).toBe(true)
    await painSide(page, 'Right')
    await pattern(page, 'Iliopsoas', false)
  })

  it('keeps the heatmap on the same patch of skin when the model sits', async () => {
    const page = w.page
    await view(page, 'Right')
    await pattern(page, 'Gluteus minimus', true)
    const s = await spots(page)
    const standing = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    expect(isHeat(meanColor(await canvasPixels(page), standing))).toBe(true)
    await page.getByRole('button', { name: 'Sit', exact: true }).click()
    await page.waitForFunction(() =>
      document.querySelector('.posture input[type="range"]')?.getAttribute('aria-valuetext')?.startsWith('100%'),
    )
    await settled(page, 500)
    const sitting = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    // The thigh swung forward to level, so that patch of skin moved across the screen…
    expect(Math.hypot(sitting.x - standing.x, sitting.y - standing.y)).toBeGreaterThan(40)
    // …and the heat went with it.
    expect(isHeat(meanColor(await canvasPixels(page), sitting))).toBe(true)
    await page.getByRole('button', { name: 'Stand', exact: true }).click()
    await page.waitForFunction(() =>
      document.querySelector('.posture input[type="range"]')?.getAttribute('aria-valuetext')?.startsWith('0%'),
    )
    await settled(page, 500)
    await pattern(page, 'Gluteus minimus', false)
  })

  it('marks trigger points and names one with its palpation hint', async () => {
    const page = w.page
    await view(page, 'Anterior')
    await pattern(page, 'Tensor fasciae latae', true)
    const markers = await page.evaluate(() =>
      (
        window as unknown as { __triggerProbe: { visible(): { id: string; x: number; y: number }[] } }
      ).__triggerProbe.visible(),
    )
    expect(markers.length).toBeGreaterThan(0)
    const m = markers[0]!
    await page.mouse.click(m.x, m.y)
    await settled(page)
    await expect.poll(() => page.getByTestId('selected-name').textContent()).toMatch(/^Trigger point: /)
    const hint = (await page.getByTestId('trigger-hint').textContent()) ?? ''
    expect(hint.length).toBeGreaterThan(20)
    await page.keyboard.press('Escape')
    await pattern(page, 'Tensor fasciae latae', false)
  })

  it('lists the muscles whose patterns cover a tapped spot, best first', async () => {
    const page = w.page
    await view(page, 'Posterior')
    const s = await spots(page)
    const back = await onScreen(page, s.backRight.rest, s.backRight.normal)
    await page.mouse.click(back.x, back.y)
    await settled(page)
    const first = page.getByTestId('pain-lookup').locator('li').first()
    expect(['iliopsoas', 'quadratus_lumborum']).toContain(await first.getAttribute('data-muscle'))
    expect(await page.getByTestId('pain-lookup').textContent()).toContain('right')

    await view(page, 'Right')
    const lateral = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    await page.mouse.click(lateral.x, lateral.y)
    await settled(page)
    const top = await page.getByTestId('pain-lookup').locator('li').first().getAttribute('data-muscle')
    expect(['tensor_fasciae_latae', 'gluteus_minimus']).toContain(top)
    // Its button shows that pattern.
    await page.getByTestId('pain-lookup').locator('li').first().getByRole('button', { name: 'Show pattern' }).click()
    const label = top === 'gluteus_minimus' ? 'Gluteus minimus' : 'Tensor fasciae latae'
    await expect.poll(() => page.getByRole('checkbox', { name: `Pain pattern: ${label}` }).isChecked()).toBe(true)
    await pattern(page, label, false)
    await page.keyboard.press('Escape')
  })

  it('never fails quietly: no console errors, nothing requested from another origin', () => {
    expect(w.consoleErrors).toEqual([])
    expect([...w.requestOrigins].every((o) => suite.url.startsWith(o))).toBe(true)
  })
})

describe("the patient's pain drawing", () => {
  it('paints the iliopsoas zone, ranks iliopsoas first, survives a reload, and sends nothing', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      // Without MSAA: every brush move redraws, and software rendering halves its frame rate with it.
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
      await view(page, 'Posterior')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      const requests: string[] = []
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`))

      // The right paraspinal band, T12 to the sacroiliac joint, 2–5 cm from the midline.
      const t12 = await landmark(page, 't12_spinous_tip')
      const psis = await landmark(page, 'psis_r')
      for (const dx of [-25, -45]) {
        const pts = []
        for (let k = 0; k <= 5; k++) {
          const y = t12[1] + ((psis[1] - t12[1]) * k) / 5
          pts.push(await onScreen(page, [dx, y, t12[2]], [0, 0, -1]))
        }
        await dragThrough(page, pts)
      }
      // The upper front of the right thigh.
      await view(page, 'Anterior')
      const hip = await landmark(page, 'femoral_head_centre_r')
      const knee = await landmark(page, 'knee_centre_r')
      for (const dx of [-10, 15]) {
        const pts = []
        for (let k = 0; k <= 4; k++) {
          const t = 0.08 + (0.25 * k) / 4
          pts.push(
            await onScreen(
              page,
              [hip[0] + (knee[0] - hip[0]) * t + dx, hip[1] + (knee[1] - hip[1]) * t, hip[2] + 60],
              [0, 0, 1],
            ),
          )
        }
        await dragThrough(page, pts)
      }
      const ranking = page.getByRole('list', { name: 'Patterns ranked by overlap with the drawing' })
      await expect.poll(() => ranking.locator('li').first().getAttribute('data-muscle')).toBe('iliopsoas')
      const firstText = (await ranking.locator('li').first().textContent()) ?? ''
      expect(firstText).toMatch(/right/)
      const score = Number(/(\d+)%/.exec(firstText)?.[1])
      expect(score).toBeGreaterThan(20)
      // Painting asked nothing of any server.
      expect(requests).toEqual([])
      const painted = await onScreen(
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
  }, 300_000)

  it('resizing the window keeps the drawing and its undo', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
      await view(page, 'Posterior')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
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
        // The view has taken the new size (the stroke's spot is drawn somewhere else now)…
        await expect
          .poll(() => page.evaluate(() => document.querySelector('canvas')?.clientWidth), { message: at })
          .toBe(size.width)
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
