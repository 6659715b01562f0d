import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { newWatchedPage, openPanel, openReady, settled, type WatchedPage } from '../../tools/harness'
import { patternBox } from './painPage'
import { pointOn, storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** The store as the page holds it (a copy, through the screen probe). */
const state = (page: Page): Promise<AppState> => storeState<AppState>(page)

/** The parts of the state a test restores: everything but what the pointer and the camera do. */
const settings = (s: AppState) => ({
  ...s,
  viewer: { ...s.viewer, hoveredId: null, selectedId: null, view: null, viewRequest: 0 },
})

/** Click `id` where the pointer names it. */
async function clickOn(page: Page, id: string): Promise<void> {
  const p = await pointOn(page, id)
  await page.mouse.click(p.x, p.y)
}

const painSide = (page: Page, side: 'Left' | 'Right' | 'Both') =>
  page.getByRole('radiogroup', { name: 'Pain side' }).getByRole('radio', { name: side, exact: true })

const crosses = (page: Page): Promise<{ id: string }[]> =>
  page.evaluate(() =>
    (window as unknown as { __triggerProbe: { visible(): { id: string }[] } }).__triggerProbe.visible(),
  )
const shown = (page: Page, id: string): Promise<boolean | null> =>
  page.evaluate(
    (i) => (window as unknown as { __anatomyViewer: { shown(id: string): boolean | null } }).__anatomyViewer.shown(i),
    id,
  )

describe('a click names a structure; what goes with it is offered, not done', () => {
  let w: WatchedPage
  /** The settings as the app opened. */
  let opened: ReturnType<typeof settings>
  const open = async () => {
    await openReady(w.page, `${suite.url}?aa=0`)
    opened = settings(await state(w.page))
  }
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser)
    await open()
  })
  afterAll(() => w.context.close())

  /** Each test starts from the app as it opened: nothing selected, every setting as it was (else reopen). */
  beforeEach(async () => {
    await w.page.mouse.move(2, 400)
    await w.page.keyboard.press('Escape')
    if (JSON.stringify(settings(await state(w.page))) !== JSON.stringify(opened)) await open()
    await w.page.getByRole('button', { name: 'Front', exact: true }).click()
    await settled(w.page)
  })
  afterEach(() => {
    expect(w.consoleErrors).toEqual([])
    expect([...w.requestOrigins]).toEqual([new URL(suite.url).origin])
  })

  it('a click on a muscle changes nothing but the selection and the info line', async () => {
    const page = w.page
    const at = await pointOn(page, 'psoas_major_r')
    const before = await state(page)
    expect(before.viewer.selectedId).toBeNull()
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => page.getByTestId('selected-name').textContent()).toBe('Right psoas major')
    await settled(page)
    const after = await state(page)
    expect(after.viewer.selectedId).toBe('psoas_major_r')
    // Layers, attachments, files, the preset view: all as they were.
    expect(after.viewer).toEqual({ ...before.viewer, selectedId: 'psoas_major_r' })
    expect(after.pain).toEqual(before.pain) // no pattern shown, the side as it was
    expect(after.posture).toEqual(before.posture)
    expect(after.screen).toEqual(before.screen) // no panel opened or closed
    expect(after.viewer.layers.skin).toBe(false)
    // The info line offers what goes with it, as buttons that say what they do.
    const offers = page.getByRole('group', { name: 'What goes with it' }).getByRole('button')
    expect(await offers.allTextContents()).toEqual(['Show its pain pattern', 'Hide where it attaches'])
    for (const b of await offers.all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  })

  it('offers the muscle’s pain pattern: pressed, it shows the iliopsoas pattern on the right, on the skin', async () => {
    const page = w.page
    await clickOn(page, 'psoas_major_r')
    await page.getByRole('button', { name: 'Show its pain pattern', exact: true }).click()
    await settled(page)
    const s = await state(page)
    expect(s.pain.shown.iliopsoas).toBe(true)
    expect(Object.entries(s.pain.shown).filter(([, on]) => on)).toEqual([['iliopsoas', true]])
    expect(s.pain.side).toBe('r')
    expect(s.viewer.layers.skin).toBe(true)
    expect(s.viewer.selectedId).toBe('psoas_major_r')
    expect(await shown(page, 'skin')).toBe(true)
    await openPanel(page, 'Pain')
    expect(await patternBox(page, 'Iliopsoas').isChecked()).toBe(true)
    expect(await painSide(page, 'Right').isChecked()).toBe(true)
    // Now it offers to take it away again, and does.
    await page.getByRole('button', { name: 'Hide its pain pattern', exact: true }).click()
    await expect.poll(async () => (await state(page)).pain.shown.iliopsoas).toBe(false)
    await page.getByRole('button', { name: 'Show its pain pattern', exact: true }).waitFor()
    // Put back what this test changed.
    await painSide(page, 'Both').check()
    await openPanel(page, 'Layers')
    await page.getByRole('checkbox', { name: 'Skin', exact: true }).uncheck()
  })

  it('offers where the muscle attaches, and takes the paint off and on', async () => {
    const page = w.page
    await clickOn(page, 'iliacus_l')
    await page.getByRole('button', { name: 'Hide where it attaches', exact: true }).click()
    await expect.poll(async () => (await state(page)).viewer.attachments).toEqual({ psoas_major: true, iliacus: false })
    expect(await page.getByRole('checkbox', { name: 'Iliacus attachments', exact: true }).isChecked()).toBe(false)
    await page.getByRole('button', { name: 'Show where it attaches', exact: true }).click()
    await expect.poll(async () => (await state(page)).viewer.attachments).toEqual({ psoas_major: true, iliacus: true })
    expect((await state(page)).viewer.selectedId).toBe('iliacus_l')
  })

  it('keeps the iliopsoas crosses on the muscles, and hides them with what carries them: none float in the air', async () => {
    const page = w.page
    await clickOn(page, 'psoas_major_r')
    await page.getByRole('button', { name: 'Show its pain pattern', exact: true }).click()
    await settled(page)
    await expect.poll(async () => (await crosses(page)).length).toBeGreaterThan(0)
    const withSkin = (await crosses(page)).map((c) => c.id).sort()
    await openPanel(page, 'Layers')
    await page.getByRole('checkbox', { name: 'Skin', exact: true }).uncheck()
    await settled(page)
    // The psoas and iliacus points sit on the muscles, which still show.
    expect((await crosses(page)).map((c) => c.id).sort()).toEqual(withSkin)
    expect(await shown(page, 'skin')).toBe(false)
    await page.getByRole('checkbox', { name: 'Muscles', exact: true }).uncheck()
    await settled(page)
    expect(await crosses(page)).toEqual([])
    await page.getByRole('checkbox', { name: 'Muscles', exact: true }).check()
    await settled(page)
    // With the skin hidden the pattern is not on screen, so it is offered again.
    await page.getByRole('button', { name: 'Show its pain pattern', exact: true }).waitFor()
    await openPanel(page, 'Pain')
    await patternBox(page, 'Iliopsoas').uncheck()
    await painSide(page, 'Both').check()
    await openPanel(page, 'Layers')
  })
})
