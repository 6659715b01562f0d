import { deflateRawSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { dragThrough, openPanel, openReady, settled, waitInPage } from '../../tools/harness'
import {
  cameraAngle,
  cameraGap,
  foreignRequests,
  randomScreenHash,
  readScreen,
  screenSettled,
  seeded,
  setHash,
  watchPage,
  type PageWatch,
  type ScreenRead,
} from '../../tools/linkStates'
import { frontThighStroke, paraspinalStroke } from '../../tools/painStrokes'
import { storeState } from '../../tools/screenLayout'
import type { AppState } from '../../src/store/appStore'
import { drawingAt, view } from './painPage'
import { browserSuite } from './suite'

const suite = browserSuite()

/** A desk layout, small enough to draw quickly in software. */
const VIEWPORT = { width: 800, height: 600 }

/** One context for many pages: the first-use hint is marked seen, so no page reserves space for it. */
async function linkContext(browser: Browser, options: { clipboard?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    // No service worker: each page must load what the test serves (tools/harness.ts, newWatchedPage).
    serviceWorkers: 'block',
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  })
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await context.addInitScript(() => localStorage.setItem('iliopsoas-viewer.hint-seen', '1'))
  return context
}

const address = (page: Page): Promise<string> => page.evaluate(() => location.href)
const historyLength = (page: Page): Promise<number> => page.evaluate(() => history.length)

/** Run `jobs` with at most `limit` at a time (fresh pages load in parallel while the cores wait on frames). */
async function pool<T>(limit: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = []
  let next = 0
  const run = async () => {
    while (next < jobs.length) {
      const i = next++
      out[i] = await jobs[i]!()
    }
  }
  await Promise.all(Array.from({ length: limit }, run))
  return out
}

/** Something a person does after opening a link: turn or zoom the model by hand, or press a view key. */
async function randomAction(page: Page, r: () => number): Promise<string> {
  const box = (await page.locator('canvas').boundingBox())!
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const roll = r()
  if (roll < 0.3) {
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    await page.mouse.move(cx + 40 + r() * 80, cy + (r() - 0.5) * 60, { steps: 4 })
    await page.mouse.up()
    return 'drag'
  }
  if (roll < 0.5) {
    await page.mouse.move(cx + (r() - 0.5) * 80, cy + (r() - 0.5) * 80)
    await page.mouse.wheel(0, r() < 0.5 ? -240 : 240)
    return 'wheel'
  }
  if (roll < 0.7) {
    const key = String(1 + Math.floor(r() * 6))
    await page.keyboard.press(key)
    return `key ${key}`
  }
  return 'none'
}

/** The same screen: every store field a link carries, the camera within 1 cm and half a degree. */
function expectSameScreen(got: ScreenRead, want: ScreenRead, label: string): void {
  expect(got.fields, label).toEqual(want.fields)
  expect(cameraGap(got.camera, want.camera), `${label}: camera (m)`).toBeLessThan(0.01)
  expect(cameraAngle(got.camera!, want.camera!), `${label}: camera angle (°)`).toBeLessThan(0.5)
}

describe('a link that reopens the screen', () => {
  // 30 random screens in three tests of ten, so that each stays well inside its time limit.
  it.each([0, 1, 2])(
    '10 random screens (set %i of 3): the address opened in a fresh page shows the same screen',
    async (set) => {
      const context = await linkContext(suite.browser)
      const watch: PageWatch = { errors: [], requests: [] }
      try {
        const a = await context.newPage()
        watchPage(a, watch)
        await openReady(a, `${suite.url}?aa=0`)
        const r = seeded(2026 + set)
        const checks: (() => Promise<void>)[] = []
        const started: Promise<void>[] = []
        /** What went wrong in the fresh pages (they run beside the loop, so they report here). */
        const failures: string[] = []
        for (let i = 0; i < 10; i++) {
          // A screen reached through a link, then changed by hand.
          const hash = randomScreenHash(r)
          // The link is applied when its hashchange has been handled (the camera jumps, the pose
          // jumps with reduced motion), so the hand can act at once; the view settles after both.
          await setHash(a, hash)
          const action = await randomAction(a, r)
          await screenSettled(a, 150)
          const href = await address(a)
          const want = await readScreen(a)
          const label = `#${set * 10 + i} ${hash} then ${action} → ${href}`
          expect(href, label).toMatch(/\?aa=0#v=1(&|$)/)
          checks.push(async () => {
            const b = await context.newPage()
            watchPage(b, watch)
            try {
              await openReady(b, href)
              await screenSettled(b, 120)
              expectSameScreen(await readScreen(b), want, label)
              // The address is the link as it was opened: nothing of it was dropped or rewritten.
              expect(await address(b), label).toBe(href)
            } catch (e) {
              failures.push((e as Error).message)
            } finally {
              await b.close()
            }
          })
          // Open the fresh pages while the next screens are made, three at a time.
          if (checks.length === 3) started.push(pool(3, checks.splice(0)).then(() => undefined))
        }
        started.push(pool(3, checks.splice(0)).then(() => undefined))
        await Promise.all(started)
        expect(failures).toEqual([])
        expect(watch.errors).toEqual([])
        expect(foreignRequests(watch, new URL(suite.url).origin)).toEqual([])
      } finally {
        await context.close()
      }
      // 10 fresh loads of the whole app: about 35 s alone on two busy cores, 80 s beside the other browser files.
    },
    240_000,
  )

  it('Back and Forward walk the screens; quick changes and hand moves add no entries', async () => {
    const context = await linkContext(suite.browser)
    const watch = { errors: [], requests: [] } as PageWatch
    try {
      const page = await context.newPage()
      watchPage(page, watch)
      await openReady(page, `${suite.url}?aa=0`)
      await settled(page)
      // Opened without a link: the address is left as it is.
      expect(await address(page)).toBe(`${suite.url}?aa=0`)
      const start = await readScreen(page)
      const base = await historyLength(page)
      // Changes closer than 400 ms together make one entry: the next change waits that long.
      const since = async () => {
        const t = await page.evaluate(() => performance.now())
        await waitInPage(page, `performance.now() - ${t} > 450`)
      }

      await page.keyboard.press('3') // Left side
      await screenSettled(page)
      expect(await address(page)).toBe(`${suite.url}?aa=0#v=1&view=left`)
      const left = await readScreen(page)
      await since()

      await page.getByRole('button', { name: 'Sit', exact: true }).click()
      await screenSettled(page)
      expect(await address(page)).toBe(`${suite.url}?aa=0#v=1&view=left&pose=sitting`)
      // Turning the model by hand replaces the entry's camera: no new entry.
      const box = (await page.locator('canvas').boundingBox())!
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2 + 20, { steps: 5 })
      await page.mouse.up()
      await screenSettled(page)
      expect(await address(page)).toMatch(/#v=1&cam=[-\d.,]+&pose=sitting$/)
      const sat = await readScreen(page)
      expect(sat.fields.view).toBeNull()
      await since()

      // Two layers ticked at once (one task, as a burst of changes would come): one entry.
      await openPanel(page, 'Layers')
      const skinBox = page.getByRole('checkbox', { name: 'Skin', exact: true })
      const landmarkBox = page.getByRole('checkbox', { name: 'Landmarks', exact: true })
      await skinBox.evaluate(
        (skinEl, landmarkEl) => {
          ;(skinEl as HTMLInputElement).click()
          ;(landmarkEl as HTMLInputElement).click()
        },
        await landmarkBox.elementHandle(),
      )
      await screenSettled(page)
      expect(await address(page)).toMatch(/&pose=sitting&layers=bone,disc,muscle,skin,landmark$/)
      const skin = await readScreen(page)
      expect(await historyLength(page)).toBe(base + 3)

      // Back: the screen before, camera and all, and no entry is added on the way.
      await page.goBack()
      await screenSettled(page)
      expectSameScreen(await readScreen(page), sat, 'back to sitting, turned by hand')
      await page.goBack()
      await screenSettled(page)
      expectSameScreen(await readScreen(page), left, 'back to the left side')
      await page.goBack()
      await screenSettled(page)
      expectSameScreen(await readScreen(page), start, 'back to the start')
      await page.goForward()
      await page.goForward()
      await page.goForward()
      await screenSettled(page)
      expectSameScreen(await readScreen(page), skin, 'forward to the skin')
      expect(await historyLength(page)).toBe(base + 3)
      expect(await page.locator('.link-notice').count()).toBe(0)
      expect(watch.errors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('puts the drawing in only when asked, opens it elsewhere, and offers the link without it when too long', async () => {
    const context = await linkContext(suite.browser, { clipboard: true })
    const other = await linkContext(suite.browser, { clipboard: true })
    const watch = { errors: [], requests: [] } as PageWatch
    try {
      const page = await context.newPage()
      watchPage(page, watch)
      await openReady(page, `${suite.url}?aa=0`)
      // Three strokes: two beside the lumbar spine, one on the front of the right thigh.
      await view(page, 'Back')
      await openPanel(page, 'Pain')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      const back = await paraspinalStroke(page, -30, 4)
      for (const dx of [-30, -50]) await dragThrough(page, await paraspinalStroke(page, dx, 4))
      await view(page, 'Front')
      const thigh = await frontThighStroke(page, 0, 0.1, 0.25, 4)
      await dragThrough(page, thigh)
      await page.getByRole('button', { name: 'Done painting', exact: true }).click()
      const vertices = await page.evaluate(() =>
        (window as unknown as { __painProbe: { vertexCount(): number } }).__painProbe.vertexCount(),
      )

      await page.locator('[data-panel="explain"]').click()
      const include = page.getByRole('checkbox', { name: 'Include the drawing' })
      await expect.poll(() => include.isEnabled()).toBe(true)
      expect(await include.isChecked()).toBe(false)
      const copy = page.getByRole('button', { name: 'Copy link to this screen', exact: true })
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText())
      await copy.click()
      // Painting leaves the preset view (the camera stays where Front put it).
      await expect.poll(clipboard).toMatch(/#v=1&(view=anterior|cam=[-\d.,]+)&layers=bone,disc,muscle,skin$/)
      expect(await clipboard()).not.toContain('draw=')
      await include.check()
      await copy.click()
      await expect.poll(clipboard).toContain('draw=')
      const withDrawing = await clipboard()
      const token = /draw=([^&]+)/.exec(withDrawing)![1]!
      // The link leaves out the page's own options (`?aa=0`) and goes to the app's address.
      expect(withDrawing.startsWith(`${suite.url}#v=1`)).toBe(true)
      console.log(
        `drawing link: ${vertices} skin vertices, 3 strokes → token ${token.length} characters, link ${withDrawing.length}`,
      )
      expect(await page.getByText(/too long for a QR code/).count()).toBe(0)

      // Another device (no drawing saved there) opens it: the drawing is there, as one undo step.
      const b = await other.newPage()
      watchPage(b, watch)
      await openReady(b, withDrawing.replace('#', '?aa=0#'))
      await screenSettled(b)
      await expect.poll(() => drawingAt(b, back[2]!.vertex)).toBeGreaterThan(0.5)
      expect(await drawingAt(b, thigh[2]!.vertex)).toBeGreaterThan(0.5)
      expect((await storeState<AppState>(b)).pain.undoDepth).toBe(1)
      // The address keeps the screen but not the drawing: it is on this device now.
      expect(await address(b)).not.toContain('draw=')

      // A drawing far too busy for a QR code (every vertex a random level), made outside the app.
      const key = token.slice(0, token.indexOf('.'))
      const count = Number(key.split(':')[0])
      const r = seeded(5)
      const packed = new Uint8Array(Math.ceil(count / 2)).map(() => Math.floor(r() * 256))
      const busy = `${key}.${deflateRawSync(packed).toString('base64url')}`
      await setHash(b, `v=1&draw=${busy}`)
      await expect.poll(() => drawingAt(b, 3)).toBeCloseTo((packed[1]! >> 4) / 15, 5)
      await b.locator('[data-panel="explain"]').click()
      await b.getByRole('checkbox', { name: 'Include the drawing' }).check()
      const tooLong = b.getByText(/too long for a QR code/)
      await expect.poll(() => tooLong.count()).toBe(1)
      expect(await tooLong.textContent()).toMatch(/this link is [\d,]+ characters long/)
      await b.getByRole('button', { name: 'Copy the link without the drawing', exact: true }).click()
      await expect.poll(() => b.evaluate(() => navigator.clipboard.readText())).toMatch(/#v=1/)
      expect(await b.evaluate(() => navigator.clipboard.readText())).not.toContain('draw=')
      expect(await b.getByRole('status').filter({ hasText: 'Link copied, without the drawing.' }).count()).toBe(1)

      // A drawing made on another body model is not shown, and the notice says so.
      await setHash(b, `v=1&view=left&draw=${count}:0.${token.slice(token.indexOf('.') + 1)}`)
      const notice = b.locator('.link-notice')
      await expect.poll(() => notice.textContent()).toMatch(/drawing in this link could not be shown/)
      await notice.getByRole('button', { name: 'OK' }).click()
      expect(await notice.count()).toBe(0)
      expect(watch.errors).toEqual([])
      expect(foreignRequests(watch, new URL(suite.url).origin)).toEqual([])
    } finally {
      await context.close()
      await other.close()
    }
  }, 120_000)

  it('shows the link to copy by hand where the clipboard is not allowed', async () => {
    const context = await linkContext(suite.browser)
    try {
      await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
      const page = await context.newPage()
      const watch = watchPage(page)
      await openReady(page, `${suite.url}?aa=0#v=1&view=posterior&pose=sitting`)
      await page.locator('[data-panel="explain"]').click()
      expect(await page.getByRole('checkbox', { name: 'Include the drawing' }).isDisabled()).toBe(true)
      await page.getByRole('button', { name: 'Copy link to this screen', exact: true }).click()
      const field = page.getByRole('textbox', { name: /Copying is not allowed here/ })
      await expect.poll(() => field.inputValue()).toBe(`${suite.url}#v=1&view=posterior&pose=sitting`)
      // Selected, ready to copy.
      expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
        (await field.inputValue()).length,
      )
      expect(watch.errors).toEqual([])
    } finally {
      await context.close()
    }
  })
})
