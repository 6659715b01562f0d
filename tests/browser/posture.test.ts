import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import type { PNG } from 'pngjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  canvasPixels,
  countPixels,
  foregroundMask,
  newWatchedPage,
  openPanel,
  openReady,
  pixelOf,
  settled,
  type CanvasShot,
  type WatchedPage,
  waitInPage,
} from '../../tools/harness'
import { screenBounds } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()
let w: WatchedPage
/** The report command's lines, as the clinician-facing numbers must match them. */
let report: { muscle: string; strand: string | null; pose: string | null; hipFlexionDeg: number; lengthMm: number }[]

beforeAll(async () => {
  w = await newWatchedPage(suite.browser)
  // The report runs in its own process while the page opens.
  const [out] = await Promise.all([
    promisify(execFile)('npx', ['tsx', 'scripts/report-muscles.ts'], { encoding: 'utf8' }),
    // Without MSAA (`?aa=0`): nothing here is about edge smoothing, and software frames cost half as much.
    openReady(w.page, `${suite.url}?aa=0`),
  ])
  report = out.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as (typeof report)[number])
})
afterAll(async () => {
  await w?.context.close()
})

/** Muscle red (belly), lit or in shade: green and blue stay close, unlike the vermillion origin paint. */
const isMuscle = (r: number, g: number, b: number) => r > 70 && r > 1.8 * g && r > 1.8 * b && Math.abs(g - b) < 30

/** Width over height of the foreground's bounding box, counting only rows above `belowRow`. */
function silhouetteAspect(png: PNG, belowRow = png.height): number {
  const mask = foregroundMask(png)
  let [x0, y0, x1, y1] = [png.width, png.height, -1, -1]
  for (let y = 0; y < Math.min(png.height, belowRow); y++)
    for (let x = 0; x < png.width; x++)
      if (mask[y * png.width + x]) {
        x0 = Math.min(x0, x)
        x1 = Math.max(x1, x)
        y0 = Math.min(y0, y)
        y1 = Math.max(y1, y)
      }
  return (x1 - x0 + 1) / Math.max(1, y1 - y0 + 1)
}

async function readout(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid^="length-"]')].map((el) => [
        el.dataset.testid!.slice('length-'.length),
        Number(el.dataset.lengthMm),
      ]),
    ),
  )
}

/** The report's length for a readout row (`muscle` or `muscle-strand`) in a named pose. */
function reported(row: string, pose: string): number | undefined {
  const [muscle, strand] = row.split('-') as [string, string | undefined]
  return report.find((l) => l.pose === pose && l.muscle === muscle && l.strand === (strand ?? null))?.lengthMm
}

/** True when every readout row shows the report's standing length. */
const isStanding = (lengths: Record<string, number>) =>
  Object.keys(lengths).length > 0 && Object.entries(lengths).every(([row, v]) => v === reported(row, 'standing'))

const renders = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __anatomyViewer: { renders(): number } }).__anatomyViewer.renders())

/** Wait until the posture animation has arrived and the view has drawn it. */
async function arrive(page: Page) {
  await waitInPage(page, `!document.querySelector('.quickbar')?.textContent?.includes('Pause')`)
  await settled(page, 500)
}

const sideRadio = (page: Page, name: 'Left' | 'Right' | 'Both') =>
  page.getByRole('radiogroup', { name: 'Muscle side' }).getByRole('radio', { name, exact: true })

describe('posture and muscles', () => {
  /** Each test starts standing, paused, both sides, muscles shown, with reduced motion (as the page opened). */
  beforeEach(async () => {
    const page = w.page
    await page.emulateMedia({ reducedMotion: 'reduce' })
    let changed = false
    if ((await page.getByRole('button', { name: 'Pause', exact: true }).count()) > 0) {
      await page.getByRole('button', { name: 'Pause', exact: true }).click()
      changed = true
    }
    await openPanel(page, 'Layers')
    const muscles = page.getByRole('checkbox', { name: 'Muscles', exact: true })
    if (!(await muscles.isChecked())) {
      await muscles.check()
      changed = true
    }
    // The readout and the side choice are in the Posture panel; Stand, Sit and Play stay on screen.
    await openPanel(page, 'Posture')
    if (!(await sideRadio(page, 'Both').isChecked())) {
      await sideRadio(page, 'Both').check()
      changed = true
    }
    if (!isStanding(await readout(page))) {
      await page.getByRole('button', { name: 'Stand', exact: true }).click()
      await arrive(page)
      changed = true
    }
    if (changed) await settled(page)
    expect(isStanding(await readout(page))).toBe(true)
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1)
  })
  afterEach(() => {
    expect(w.consoleErrors).toEqual([])
  })

  it('has the posture controls with their accessible names', async () => {
    const p = w.page
    await expect(p.getByRole('slider', { name: 'Posture' }).count()).resolves.toBe(1)
    for (const name of ['Stand', 'Sit', 'Stretch', 'Play'])
      await expect(p.getByRole('button', { name, exact: true }).count()).resolves.toBe(1)
    for (const name of ['Left', 'Right', 'Both'] as const) await expect(sideRadio(p, name).count()).resolves.toBe(1)
  })

  it('draws the muscles and hides them with the Muscles layer', async () => {
    await w.page.getByRole('button', { name: 'Front', exact: true }).click()
    await settled(w.page)
    const on = countPixels(await canvasPixels(w.page), isMuscle)
    expect(on).toBeGreaterThan(3000)
    await openPanel(w.page, 'Layers')
    await w.page.getByRole('checkbox', { name: 'Muscles', exact: true }).uncheck()
    await settled(w.page)
    expect(countPixels(await canvasPixels(w.page), isMuscle)).toBeLessThan(on * 0.05)
    await w.page.getByRole('checkbox', { name: 'Muscles', exact: true }).check()
    await settled(w.page)
    expect(countPixels(await canvasPixels(w.page), isMuscle)).toBeGreaterThan(on * 0.95)
  })

  it('brings the femurs forward and shortens the muscles on Sit, with the readout equal to the report', async () => {
    await w.page.getByRole('button', { name: 'Left side', exact: true }).click()
    await settled(w.page)
    const standingImage = await canvasPixels(w.page)
    const standing = await readout(w.page)
    const knee = () =>
      w.page.evaluate(() =>
        (
          window as unknown as { __anatomyViewer: { project(id: string): { x: number; y: number } } }
        ).__anatomyViewer.project('knee_centre_l'),
      )
    // The shanks hang from the knees in both poses, so the shape that tells is the part above them.
    const aboveKnee = (shot: CanvasShot, at: { x: number; y: number }) =>
      silhouetteAspect(shot, Math.round(pixelOf(shot, at).y))
    const kneeBefore = await knee()
    await w.page.getByRole('button', { name: 'Sit', exact: true }).click()
    await arrive(w.page)
    const kneeAfter = await knee()
    // Left view: anterior is screen left; the knee swings forward by far more than 100 px.
    expect(kneeBefore.x - kneeAfter.x).toBeGreaterThan(100)
    // Above the knee the silhouette changes from tall (thighs hanging down) to wide (thighs level,
    // reaching forward); the camera follows, so the shape, not the position, is what tells.
    expect(aboveKnee(standingImage, kneeBefore)).toBeLessThan(0.8)
    expect(aboveKnee(await canvasPixels(w.page), kneeAfter)).toBeGreaterThan(1.2)
    const sitting = await readout(w.page)
    for (const id of ['psoas_major_l', 'psoas_major_r', 'iliacus_l', 'iliacus_r'])
      expect(sitting[id]).toBeLessThan(standing[id]! * 0.95)
    for (const [row, value] of Object.entries(sitting)) {
      const line = reported(row, 'sitting')
      expect(line, row).toBeDefined()
      expect(value, row).toBe(line)
    }
    for (const [row, value] of Object.entries(standing)) expect(value, row).toBe(reported(row, 'standing'))
  })

  it('lengthens the muscles in the stretch and returns on Stand', async () => {
    const standing = await readout(w.page)
    await w.page.getByRole('button', { name: 'Stretch', exact: true }).click()
    await arrive(w.page)
    const stretch = await readout(w.page)
    for (const id of ['psoas_major_l', 'iliacus_l']) expect(stretch[id]).toBeGreaterThan(standing[id]!)
    await w.page.getByRole('button', { name: 'Stand', exact: true }).click()
    await arrive(w.page)
    expect(await readout(w.page)).toEqual(standing)
  })

  it('follows the Posture slider and the Muscle side choice', async () => {
    const standing = await readout(w.page)
    await w.page.getByRole('slider', { name: 'Posture' }).fill('0.5')
    await settled(w.page)
    const half = await readout(w.page)
    expect(half.psoas_major_l).toBeLessThan(standing.psoas_major_l!)
    await sideRadio(w.page, 'Left').check()
    await settled(w.page)
    const left = await readout(w.page)
    expect(Object.keys(left).every((k) => k.includes('_l'))).toBe(true)
    expect(left.psoas_major_l).toBe(half.psoas_major_l)
  })

  it('shows the strand rows, the view terms and a chart key only in the expert view', async () => {
    const page = w.page
    const expert = page.getByRole('checkbox', { name: 'Show anatomical terms and details (for clinicians)' })
    expect(await expert.isChecked()).toBe(false)
    const plain = await readout(page)
    expect(Object.keys(plain).some((row) => row.includes('-'))).toBe(false) // whole muscles only
    await expect(page.getByRole('columnheader', { name: 'Compared with standing' }).count()).resolves.toBe(1)
    await expect(page.locator('.views .view-term').count()).resolves.toBe(0)
    // The chart says which line is which and what the dot means, in its own words.
    const chart = await page.locator('svg.chart').textContent()
    for (const word of ['Psoas major', 'Iliacus', 'now', 'Hip bend (flexion), degrees', 'Length, % of standing'])
      expect(chart).toContain(word)
    await expert.check()
    await settled(page)
    const detailed = await readout(page)
    const strands = Object.keys(detailed).filter((row) => row.includes('-'))
    expect(strands.length).toBeGreaterThan(0)
    for (const row of strands) expect(detailed[row], row).toBe(reported(row, 'standing'))
    await expect(page.locator('.views .view-term').count()).resolves.toBe(6)
    // The term is beside the label, but the button keeps its plain name.
    await expect(page.getByRole('button', { name: 'Front', exact: true }).count()).resolves.toBe(1)
    await expert.uncheck()
    await settled(page)
    expect(await readout(page)).toEqual(plain)
  })

  it('keeps both kneecaps in the picture when sitting in a side view, on a tablet and a phone', async () => {
    const page = w.page
    const desk = page.viewportSize()!
    try {
      await page.getByRole('button', { name: 'Sit', exact: true }).click()
      await arrive(page)
      for (const size of [
        { width: 768, height: 1024 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size)
        // The Left view's button sits in the Views panel on a phone; its key works on every screen.
        await page.keyboard.press('3')
        await settled(page)
        for (const id of ['patella_l', 'patella_r']) {
          // With the skin off the framing leaves out the shanks but takes in the knee, with room
          // to spare: a kneecap touching the edge of a phone reads as cut off. (Framed by the
          // femurs alone, the kneecaps came 14 px from the phone's edge and 35 px from the tablet's.)
          const b = await screenBounds(page, id)
          const where = `${id} at ${size.width}×${size.height}`
          const room = size.width * 0.05
          expect(b.left, where).toBeGreaterThanOrEqual(room)
          expect(b.right, where).toBeLessThanOrEqual(size.width - room)
          expect(b.top, where).toBeGreaterThanOrEqual(0)
          expect(b.bottom, where).toBeLessThanOrEqual(size.height)
        }
      }
    } finally {
      await page.setViewportSize(desk)
      await settled(page)
    }
  })

  it('plays and pauses', async () => {
    const page = w.page
    const before = await readout(page)
    // With reduced motion (as this page asks), Play jumps to sitting and holds each pose.
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1)
    await expect
      .poll(async () => (await readout(page)).psoas_major_l, { timeout: 10_000 })
      .toBeLessThan(before.psoas_major_l!)
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1)
    await settled(page)
    // On a busy machine the two-second hold may be over before Pause lands (the pose then jumps
    // back to standing), so the glide below starts from a pose set on purpose: Sit, at once.
    await page.getByRole('button', { name: 'Sit', exact: true }).click()
    await settled(page)
    const sitting = await readout(page)
    expect(sitting.psoas_major_l).toBeLessThan(before.psoas_major_l! * 0.95)

    // Without reduced motion Play glides, changing the pose on every frame it draws… At half speed
    // the glide back to standing takes five seconds, time enough to pause it part-way.
    await page.getByLabel('Speed').selectOption('0.5')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await expect
      .poll(async () => (await readout(page)).psoas_major_l, { timeout: 10_000 })
      .toBeGreaterThan(sitting.psoas_major_l!)
    await page.getByRole('button', { name: 'Pause', exact: true }).click()
    // …so a view that stops drawing has stopped moving (a glide still going never settles),
    await settled(page)
    const paused = await readout(page)
    const slider = await page.getByRole('slider', { name: 'Posture' }).getAttribute('aria-valuetext')
    expect(paused.psoas_major_l).toBeGreaterThan(sitting.psoas_major_l!) // paused part-way,
    expect(paused.psoas_major_l).toBeLessThan(before.psoas_major_l!)
    // and a frame drawn after the pause (asked for by a preset key) moves nothing.
    const drawn = await renders(page)
    await page.keyboard.press('6')
    await settled(page)
    expect(await renders(page)).toBeGreaterThan(drawn)
    expect(await readout(page)).toEqual(paused)
    expect(await page.getByRole('slider', { name: 'Posture' }).getAttribute('aria-valuetext')).toBe(slider)
    await page.getByLabel('Speed').selectOption('1')
  })

  it('logged no console errors', () => {
    expect(w.consoleErrors).toEqual([])
  })
})
