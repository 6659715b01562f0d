import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  canvasPixels,
  newWatchedPage,
  openPanel,
  openReady,
  project,
  settled,
  type WatchedPage,
} from '../../tools/harness'
import { waitForPosture } from '../../tools/screenLayout'
import { browserSuite } from './suite'

import {
  onScreen,
  regionDiff,
  meanColor,
  isHeat,
  view,
  pattern,
  patternBox,
  sideRadio,
  painSide,
  postureSlider,
  spots,
} from './painPage'

const suite = browserSuite()

describe('referred-pain heatmap on the skin', () => {
  let w: WatchedPage
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser)
    // Without MSAA (`?aa=0`): the colours inside the zones are under test, not edge smoothing, and
    // software frames cost half as much.
    await openReady(w.page, `${suite.url}?aa=0`)
    await openPanel(w.page, 'Layers')
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
    // Patterns, side and the posture readout are in two panels; one is open at a time.
    await openPanel(page, 'Pain')
    for (const box of await page.getByRole('checkbox', { name: /^Pain pattern: / }).all())
      if (await box.isChecked()) {
        await box.uncheck()
        changed = true
      }
    if (!(await sideRadio(page, 'Both').isChecked())) {
      await sideRadio(page, 'Both').check()
      changed = true
    }
    await openPanel(page, 'Posture')
    if (!(await postureSlider(page).getAttribute('aria-valuetext'))?.startsWith('0%')) {
      await page.getByRole('button', { name: 'Stand', exact: true }).click()
      await expect.poll(() => postureSlider(page).getAttribute('aria-valuetext')).toMatch(/^0%/)
      changed = true
    }
    if (changed) await settled(page, 400)
    await openPanel(page, 'Layers')
    expect(await page.getByRole('checkbox', { name: 'Skin', exact: true }).isChecked()).toBe(true)
    expect(await page.getByTestId('pain-lookup').count()).toBe(0)
  })
  afterEach(() => {
    expect(w.consoleErrors).toEqual([])
  })

  it('posterior view: iliopsoas on the right lights the right lumbar band, not the left', async () => {
    const page = w.page
    await view(page, 'Back')
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
    await view(page, 'Front')
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
    await view(page, 'Right side')
    await pattern(page, 'Gluteus minimus', true)
    const s = await spots(page)
    const standing = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    const hipStanding = await project(page, 'hip_bone_r')
    expect(isHeat(meanColor(await canvasPixels(page), standing))).toBe(true)
    await page.getByRole('button', { name: 'Sit', exact: true }).click()
    await waitForPosture(page, 1)
    await settled(page, 500)
    const sitting = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    const hipSitting = await project(page, 'hip_bone_r')
    // The thigh swung forward to level, so that patch of skin moved on screen against the pelvis
    // (the camera follows the model as it sits, so the pelvis is the fixed reference)…
    const moved = {
      x: sitting.x - hipSitting.x - (standing.x - hipStanding.x),
      y: sitting.y - hipSitting.y - (standing.y - hipStanding.y),
    }
    expect(Math.hypot(moved.x, moved.y)).toBeGreaterThan(40)
    // …and the heat went with it.
    expect(isHeat(meanColor(await canvasPixels(page), sitting))).toBe(true)
    await page.getByRole('button', { name: 'Stand', exact: true }).click()
    await waitForPosture(page, 0)
    await settled(page, 500)
    await pattern(page, 'Gluteus minimus', false)
  })

  it('marks trigger points and names one with its palpation hint', async () => {
    const page = w.page
    await view(page, 'Front')
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
    await view(page, 'Back')
    const s = await spots(page)
    const back = await onScreen(page, s.backRight.rest, s.backRight.normal)
    await page.mouse.click(back.x, back.y)
    await settled(page)
    const first = page.getByTestId('pain-lookup').locator('li').first()
    expect(['iliopsoas', 'quadratus_lumborum']).toContain(await first.getAttribute('data-muscle'))
    expect(await page.getByTestId('pain-lookup').textContent()).toContain('right')

    await view(page, 'Right side')
    const lateral = await onScreen(page, s.thighLateralRight.rest, s.thighLateralRight.normal)
    await page.mouse.click(lateral.x, lateral.y)
    await settled(page)
    const top = await page.getByTestId('pain-lookup').locator('li').first().getAttribute('data-muscle')
    expect(['tensor_fasciae_latae', 'gluteus_minimus']).toContain(top)
    // Its button shows that pattern.
    await page.getByTestId('pain-lookup').locator('li').first().getByRole('button', { name: 'Show pattern' }).click()
    const label = top === 'gluteus_minimus' ? 'Gluteus minimus' : 'Tensor fasciae latae'
    await openPanel(page, 'Pain')
    await expect.poll(() => patternBox(page, label).isChecked()).toBe(true)
    await pattern(page, label, false)
    await page.keyboard.press('Escape')
  })

  it('never fails quietly: no console errors, nothing requested from another origin', () => {
    expect(w.consoleErrors).toEqual([])
    expect([...w.requestOrigins].every((o) => suite.url.startsWith(o))).toBe(true)
  })
})
