import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { dragThrough, newWatchedPage, openReady, settled, touchDrag, type WatchedPage } from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import {
  pointOn,
  readScreenLayout,
  screenBounds,
  storeState,
  waitForPosture,
  type Rect,
} from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/**
 * The clinic story as a physiotherapist does it, with a finger or a mouse: open the posture, sit the model in
 * the side view and watch the knee come forward; tap the psoas and show its pain pattern from the
 * info line; paint the patient's low back pain and read the ranking. Every action is a tap or a
 * stroke on what is on screen at that moment, counted.
 */
async function clinicStory(w: WatchedPage, layout: 'desk' | 'tablet' | 'phone'): Promise<number> {
  const page = w.page
  let actions = 0
  // A finger on a tablet or phone, a mouse on a desk.
  const press = (x: number, y: number) => (layout === 'desk' ? page.mouse.click(x, y) : page.touchscreen.tap(x, y))
  const tap = async (name: string, role: 'button' = 'button') => {
    const el = page.getByRole(role, { name, exact: true })
    const b = (await el.boundingBox())!
    expect(b, name).not.toBeNull()
    // On screen, not under anything: the finger lands on the control itself.
    const hit = await page.evaluate(
      ([x, y, label]) => {
        const e = document.elementFromPoint(x!, y!)
        return !!e && (e.closest('button')?.textContent ?? '').includes(label!)
      },
      [b.x + b.width / 2, b.y + b.height / 2, name] as const,
    )
    expect(hit, `${name} is not covered`).toBe(true)
    await press(b.x + b.width / 2, b.y + b.height / 2)
    actions++
    await settled(page)
  }
  const tab = async (name: string) => {
    const el = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true })
    const b = (await el.boundingBox())!
    await press(b.x + b.width / 2, b.y + b.height / 2)
    actions++
    await expect.poll(() => el.getAttribute('aria-expanded')).toBe('true')
    await settled(page)
  }
  const chooseView = async (label: string) => {
    if (layout === 'phone') await tab('Views')
    await tap(label)
  }

  // Side view, posture panel, Sit.
  await chooseView('Left side')
  await tab('Posture')
  const standing = await screenBounds(page, 'femur_l')
  const lengthBefore = Number(await page.getByTestId('length-psoas_major_l').getAttribute('data-length-mm'))
  await tap('Sit')
  await waitForPosture(page, 1)
  await settled(page, 800)
  // The knee came forward: the thigh now lies across the screen (in the Left view the front of
  // the body is to the left)…
  const sitting = await screenBounds(page, 'femur_l')
  expect(sitting.right - sitting.left).toBeGreaterThan(2 * (standing.right - standing.left))
  expect(sitting.left).toBeLessThan(standing.left - 30)
  // …the camera kept the whole thigh in the free area, clear of every panel…
  const canvas = await page.evaluate(() => document.querySelector('canvas')!.getBoundingClientRect().toJSON() as Rect)
  expect(sitting.left).toBeGreaterThanOrEqual(canvas.left)
  expect(sitting.right).toBeLessThanOrEqual(canvas.right)
  expect(sitting.top).toBeGreaterThanOrEqual(canvas.top)
  expect(sitting.bottom).toBeLessThanOrEqual(canvas.bottom)
  for (const box of (await readScreenLayout(page)).boxes) {
    const apart =
      sitting.right <= box.x ||
      sitting.left >= box.x + box.width ||
      sitting.bottom <= box.y ||
      sitting.top >= box.y + box.height
    expect(apart, `the thigh is clear of ${box.name}`).toBe(true)
  }
  // …and the readout beside it says the psoas is shorter.
  const lengthAfter = Number(await page.getByTestId('length-psoas_major_l').getAttribute('data-length-mm'))
  expect(lengthAfter).toBeLessThan(lengthBefore)

  // Tap the psoas: it is named, and its pain pattern is offered, not shown.
  const psoas = await pointOn(page, 'psoas_major_l')
  await press(psoas.x, psoas.y)
  actions++
  await expect.poll(() => page.getByTestId('selected-name').textContent()).toBe('Left psoas major')
  expect((await storeState<AppState>(page)).pain.shown.iliopsoas).toBe(false)
  await tap('Show its pain pattern')
  const shown = await storeState<AppState>(page)
  expect(shown.pain.shown.iliopsoas).toBe(true)
  expect(shown.pain.side).toBe('l')
  expect(shown.viewer.layers.skin).toBe(true)

  // From behind, paint the patient's pain beside the low back.
  await chooseView('Back')
  await tab('Pain')
  await tap('Paint pain')
  const stroke = (await paraspinalStroke(page, 35, 5)).map((p) => ({ x: p.x, y: p.y }))
  if (layout === 'desk') await dragThrough(page, stroke)
  else await touchDrag(page, stroke)
  actions++
  // The ranking appears, and in view: no scrolling to find it.
  const ranking = page.getByRole('list', { name: 'Patterns ranked by how much of the drawing they cover' })
  await expect.poll(() => ranking.locator('li').count()).toBeGreaterThan(0)
  const first = ranking.locator('li').first()
  expect(['iliopsoas', 'quadratus_lumborum']).toContain(await first.getAttribute('data-muscle'))
  const row = (await first.boundingBox())!
  const sheet = (await page.locator('.sheet-body').boundingBox())!
  expect(row.y).toBeGreaterThanOrEqual(sheet.y - 1)
  expect(row.y + row.height).toBeLessThanOrEqual(sheet.y + sheet.height + 1)
  expect(w.consoleErrors).toEqual([])
  return actions
}

describe('the clinic story', () => {
  it.each([
    { width: 1280, height: 720, layout: 'desk', touch: false, mobile: false, most: 10 },
    { width: 768, height: 1024, layout: 'tablet', touch: true, mobile: false, most: 10 },
    { width: 390, height: 844, layout: 'phone', touch: true, mobile: true, most: 11 },
  ] as const)(
    'on the $layout ($width×$height): sit, show the pattern, paint, read the ranking, in at most $most actions',
    async ({ width, height, layout, touch, mobile, most }) => {
      const w = await newWatchedPage(suite.browser, { width, height }, { hasTouch: touch, isMobile: mobile })
      try {
        await openReady(w.page, `${suite.url}?aa=0`)
        const actions = await clinicStory(w, layout)
        expect(actions).toBeLessThanOrEqual(most)
      } finally {
        await w.context.close()
      }
    },
  )
})
