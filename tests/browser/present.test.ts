import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SITTING_STORY, storySteps, type StoryStep } from '../../src/anatomy/story'
import type { AppState } from '../../src/store/appStore'
import {
  canvasPixels,
  dragThrough,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  type WatchedPage,
  waitInPage,
} from '../../tools/harness'
import { readScreenLayout, storeState } from '../../tools/screenLayout'
import { isHeat, meanColor, onScreen, spots } from './painPage'
import { browserSuite } from './suite'

const suite = browserSuite()
const state = (page: Page) => storeState<AppState>(page)
const STEPS = storySteps(SITTING_STORY, false)

/** The share of the window the canvas covers, 0–1. */
const canvasShare = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const r = document.querySelector('canvas')!.getBoundingClientRect()
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0))
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0))
    return (w * h) / (innerWidth * innerHeight)
  })

/** Wait until the story is at `step` and the scene has arrived there (pose reached, view drawn). */
async function atStep(page: Page, step: StoryStep): Promise<AppState> {
  const [id, pose] = [JSON.stringify(step.id), JSON.stringify(step.pose)]
  await waitInPage(
    page,
    `(() => {
      const s = window.__anatomyViewer.state()
      const p = s.posture
      const arrived = p.goal === null && (${pose} === 'standing' ? p.amount === 0 : p.target === ${pose} && p.amount === 1)
      return s.session.storyStep === ${id} && s.session.storyActive && arrived
    })()`,
  )
  await settled(page, 300)
  return state(page)
}

/** Check that the screen shows what the step's data says: caption, pose, view, layers, patterns. */
async function expectStep(page: Page, step: StoryStep): Promise<void> {
  const s = await atStep(page, step)
  await expect.poll(() => page.getByTestId('caption').locator('p').first().textContent()).toBe(step.caption)
  expect(s.viewer.view).toBe(step.view)
  for (const [kind, on] of Object.entries(s.viewer.layers)) expect(on, kind).toBe(step.layers.includes(kind as never))
  expect(
    Object.entries(s.pain.shown)
      .filter(([, on]) => on)
      .map(([m]) => m),
  ).toEqual([...step.patterns])
  if (step.patterns.length > 0) await expectPatternOnRight(page, step)
  // The dots say where we are.
  const current = page.getByRole('navigation', { name: 'Story steps' }).locator('[aria-current="step"]')
  expect(await current.getAttribute('aria-label')).toContain(`Step ${STEPS.indexOf(step) + 1} of ${STEPS.length}`)
}

/**
 * With no drawing, a pattern step paints the patient's right: heat on the right spot of the view
 * (back beside the spine, or front of the thigh) and none on the left one.
 */
async function expectPatternOnRight(page: Page, step: StoryStep): Promise<void> {
  const s = await spots(page)
  const [right, left] = step.view === 'Posterior' ? [s.backRight, s.backLeft] : [s.thighFrontRight, s.thighFrontLeft]
  const r = await onScreen(page, right.rest, right.normal)
  const l = await onScreen(page, left.rest, left.normal)
  const shot = await canvasPixels(page)
  expect(isHeat(meanColor(shot, r)), `${step.id}: heat on the right`).toBe(true)
  expect(isHeat(meanColor(shot, l)), `${step.id}: no heat on the left`).toBe(false)
}

describe('present mode and the guided story', () => {
  let w: WatchedPage
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser, { width: 1280, height: 720 })
    await openReady(w.page, `${suite.url}?aa=0`)
  })
  afterAll(async () => {
    await w?.context.close()
  })
  afterEach(() => {
    expect(w.consoleErrors).toEqual([])
  })

  it('P hides every panel and gives the 3D view the window; Esc brings the panels back', async () => {
    const page = w.page
    await openPanel(page, 'Posture')
    await page.keyboard.press('p')
    await page.getByTestId('present').waitFor()
    expect(await page.locator('.dock').count()).toBe(0)
    expect(await page.getByRole('navigation', { name: 'Panels' }).count()).toBe(0)
    expect(await page.locator('.sheet').count()).toBe(0)
    await settled(page, 300)
    expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.9)
    // The large controls: views, posture, the pain pattern and Done, each at least 56 px tall.
    for (const name of ['Front', 'Back', 'Side', 'Stand', 'Sit', 'Pain pattern', 'Done']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox()
      expect(box?.height, name).toBeGreaterThanOrEqual(56)
    }
    // The caption says what is shown, in plain words, large.
    const font = await page.getByTestId('caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(font).toBeGreaterThanOrEqual(28)
    await page.keyboard.press('Escape')
    await page.locator('.dock').waitFor()
    expect((await state(page)).screen).toMatchObject({ presenting: false, openPanel: 'posture' })
    expect((await readScreenLayout(page)).viewShare).toBeLessThan(0.9)
  })

  it('walks the whole story by keyboard, each step as its data says', async () => {
    const page = w.page
    await openPanel(page, 'Explain')
    await page.getByRole('button', { name: 'Present the story', exact: true }).click()
    await expectStep(page, STEPS[0]!)
    expect(await page.getByRole('button', { name: '‹ Back' }).isDisabled()).toBe(true)
    for (let i = 1; i < STEPS.length; i++) {
      // Space and the right arrow both turn the page.
      await page.keyboard.press(i % 2 === 0 ? ' ' : 'ArrowRight')
      await expectStep(page, STEPS[i]!)
    }
    // The last step lists the warning signs.
    expect(await page.getByTestId('caption').locator('li').count()).toBe(STEPS.at(-1)!.points!.length)
    await page.keyboard.press('ArrowLeft')
    await expectStep(page, STEPS.at(-2)!)
  })

  it('sitting shortens the muscles on screen; the stretch lengthens them', async () => {
    const page = w.page
    const share = async () =>
      Number(await page.getByTestId('length-line').locator('strong').first().getAttribute('data-share'))
    await page.getByRole('button', { name: 'Step 3 of', exact: false }).click()
    await atStep(page, STEPS[2]!)
    expect(await share()).toBeLessThan(0.95)
    const stretch = STEPS.find((s) => s.id === 'stretch')!
    await page.getByRole('button', { name: `Step ${STEPS.indexOf(stretch) + 1} of`, exact: false }).click()
    await atStep(page, stretch)
    expect(await share()).toBeGreaterThan(1)
  })

  it('leaving the story to explore keeps the step, and coming back returns to it', async () => {
    const page = w.page
    const step = STEPS.find((s) => s.id === 'pain-back')!
    await page.getByRole('button', { name: `Step ${STEPS.indexOf(step) + 1} of`, exact: false }).click()
    await atStep(page, step)
    await page.getByRole('button', { name: 'Explore', exact: true }).click()
    expect((await state(page)).session).toMatchObject({ storyStep: step.id, storyActive: false })
    // Explore: turn the model by hand and sit it down.
    await dragThrough(page, [
      { x: 640, y: 360 },
      { x: 760, y: 380 },
    ])
    await page.getByRole('button', { name: 'Sit', exact: true }).click()
    expect((await state(page)).viewer.view).toBeNull()
    await page.getByRole('button', { name: 'Resume story', exact: true }).click()
    await expectStep(page, step)
    // Leaving present mode also keeps the step; the Explain panel offers the way back.
    await page.keyboard.press('Escape')
    await openPanel(page, 'Explain')
    await page.getByRole('button', { name: `Back to step: ${step.title}`, exact: true }).click()
    await page.keyboard.press('p')
    await expectStep(page, step)
    await page.getByRole('button', { name: 'Done', exact: true }).click()
  })
})

describe('the story on a tablet, by swipe', () => {
  let w: WatchedPage
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser, { width: 768, height: 1024 }, { hasTouch: true })
    await openReady(w.page, `${suite.url}?aa=0`)
  })
  afterAll(async () => {
    await w?.context.close()
  })

  /** One finger across the caption, as a page is turned. */
  async function swipe(page: Page, dx: number): Promise<void> {
    const box = (await page.getByTestId('caption').boundingBox())!
    const y = box.y + box.height / 2
    const x0 = box.x + box.width / 2 - dx / 2
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] })
    await touch('touchStart', x0)
    for (let k = 1; k <= 6; k++) await touch('touchMove', x0 + (dx * k) / 6)
    await touch('touchEnd', x0 + dx)
    await cdp.detach()
  }

  it('a swipe to the left turns to the next step, to the right back', async () => {
    const page = w.page
    await openPanel(page, 'Explain')
    await page.getByRole('button', { name: 'Present the story', exact: true }).tap()
    await expectStep(page, STEPS[0]!)
    for (let i = 1; i <= 4; i++) {
      await swipe(page, -220)
      await expectStep(page, STEPS[i]!)
    }
    await swipe(page, 220)
    await expectStep(page, STEPS[3]!)
    // A short or vertical drag does not turn the page.
    await swipe(page, -20)
    await settled(page, 300)
    expect((await state(page)).session.storyStep).toBe(STEPS[3]!.id)
    expect(w.consoleErrors).toEqual([])
  })
})
