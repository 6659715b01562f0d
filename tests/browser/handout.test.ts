import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import {
  BACKGROUND,
  canvasPixels,
  diffFraction,
  dragThrough,
  foregroundMask,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
} from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import { renderPdf, type PixelRect } from '../../tools/pdfRender'
import { storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** Replace the print dialog by a counter: the page stays as printing leaves it, for `page.pdf()`. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(`window.__printed = 0; window.print = () => { window.__printed++ }`)
}
const printed = (page: Page): Promise<number> => page.evaluate(`window.__printed`) as Promise<number>

/**
 * The patient's drawing as the handout's pictures show it: the Okabe–Ito blue of the hatching
 * (#0072b2) mixed into the pale skin, clearly bluer than the skin (#c3ccd6), the bones, the heat
 * colours or the light picture ground.
 */
const isDrawing = (r: number, g: number, b: number): boolean => b > 110 && b > r + 60 && b > g + 25

/** Pixels of a rendered page inside a rectangle that match. */
function countIn(png: PNG, rect: PixelRect, match: (r: number, g: number, b: number) => boolean): number {
  let n = 0
  for (let y = Math.ceil(rect.y); y < Math.floor(rect.y + rect.height); y++)
    for (let x = Math.ceil(rect.x); x < Math.floor(rect.x + rect.width); x++) {
      const i = (y * png.width + x) * 4
      if (match(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n++
    }
  return n
}

/** Click Print handout, wait for the page, and print it to PDF in `format`; returns page 1 rendered and the link. */
async function printToPdf(page: Page, format: 'A4' | 'Letter') {
  await page.getByRole('button', { name: 'Print handout', exact: true }).click()
  await page.waitForSelector('.handout-print[data-ready="true"]', { state: 'attached' })
  const link = (await page.getAttribute('.handout-print [data-link]', 'data-link')) ?? ''
  // 216 dpi: a 0.4 mm module is 3.4 pixels, enough for the decoder (a phone sees paper sharper still).
  const rendered = await renderPdf(suite.browser, await page.pdf({ format }), 3)
  return { rendered, link }
}

/** The text a QR code on a rendered page holds, or undefined when none decodes. */
const qrText = (image: PNG): string | undefined =>
  jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data

/** Tick exercises for the handout by id. */
async function tick(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids)
    await page.locator(`[data-exercise="${id}"]`).getByRole('checkbox', { name: 'On the handout' }).check()
}

/** Text with every space taken out and ligatures spelt out: PDF text comes in pieces. */
const squeeze = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '')

describe('something to take home', () => {
  it('prints one page on A4 and on Letter with the drawing, the ticked exercises and the QR code, without changing the screen', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('button', { name: 'Back', exact: true }).click()
      await settled(page, 400)
      await openPanel(page, 'Pain')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      // Down the right of the low back: the back picture must show it, the front one not.
      await dragThrough(page, await paraspinalStroke(page, -35, 5))
      await page.getByRole('button', { name: 'Done painting', exact: true }).click()
      // The skin hidden on screen: the handout's pictures show it (and the drawing on it) by themselves.
      await openPanel(page, 'Layers')
      await page.getByRole('checkbox', { name: 'Skin', exact: true }).uncheck()
      await settled(page)
      await openPanel(page, 'Explain')
      const ticked = ['half_kneeling_stretch', 'standing_hip_flexion'] as const
      await tick(page, ticked)
      await stubPrint(page)
      const before = await storeState<AppState>(page)
      const shotBefore = await canvasPixels(page)

      const titles = { half_kneeling_stretch: 'Kneeling hip stretch', standing_hip_flexion: 'Standing knee lift' }
      const untickedTitle = 'Couch stretch (front of hip and thigh)'
      const name = 'Alex Example'
      const links: string[] = []
      for (const format of ['A4', 'Letter'] as const) {
        // A name typed for the Letter page only: the A4 page must not carry one.
        if (format === 'Letter') await page.getByLabel('Name on the handout (optional; not saved)').fill(name)
        const { rendered: r, link } = await printToPdf(page, format)
        links.push(link)
        const at = `on ${format}`
        expect(r.pages, at).toBe(1)
        expect(r.sizePt.width, at).toBeCloseTo(format === 'A4' ? 595.9 : 612, 0)

        // Two raster pictures, front then back, and the drawing in the back one.
        expect(r.images.length, at).toBe(2)
        const [front, back] = [...r.images].sort((a, b) => a.x - b.x) as [PixelRect, PixelRect]
        expect(back.height / back.width, at).toBeGreaterThan(1.4)
        const drawnBack = countIn(r.image, back, isDrawing)
        const drawnFront = countIn(r.image, front, isDrawing)
        expect(drawnBack, `drawing pixels in the back picture ${at}`).toBeGreaterThan(200)
        // Painted on the back only: the front picture shows (next to) none of it.
        expect(drawnFront, `drawing pixels in the front picture ${at}`).toBeLessThan(drawnBack / 10)

        // The ticked exercises' titles, and not the others'.
        const text = squeeze(r.text)
        for (const id of ticked) expect(text, `${titles[id]} ${at}`).toContain(squeeze(titles[id]))
        expect(text, at).not.toContain(squeeze(untickedTitle))
        expect(text, at).toContain(squeeze('For education, not diagnosis'))
        if (format === 'Letter') expect(text).toContain(squeeze(name))
        else expect(text).not.toContain(squeeze(name))

        // The QR code decodes to the link the page was made with.
        expect(qrText(r.image), `QR code ${at}`).toBe(link)
      }
      expect(await printed(page)).toBe(2)
      expect(links[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)

      // The pictures were made without changing the screen: the store and the view are as they were.
      const after = await storeState<AppState>(page)
      expect(after.viewer.layers.skin).toBe(false)
      expect(after.viewer).toEqual(before.viewer)
      expect(after.pain).toEqual(before.pain)
      expect(after.posture).toEqual(before.posture)
      expect(diffFraction(shotBefore, await canvasPixels(page))).toBeLessThan(0.01)
      // The name is on the paper only: not stored, not in the link.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + location.href)
      expect(stored).not.toContain('Alex')
      expect(links[1]).not.toContain('Alex')

      expect(w.consoleErrors).toEqual([])
      expect([...w.requestOrigins]).toEqual([new URL(suite.url).origin])
    } finally {
      await w.context.close()
    }
    // Two prints to PDF, each rendered with PDF.js: about 50 s alone on two busy cores, 90 s when
    // the machine is shared; the suite's 90 s default is too tight for it.
  }, 240_000)

  it('puts a QR code on the page that opens this screen again', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await openPanel(page, 'Explain')
      await tick(page, ['psoas_release', 'couch_stretch'])
      await stubPrint(page)
      const { rendered, link } = await printToPdf(page, 'A4')
      expect(rendered.pages).toBe(1)
      // The code holds what the link code gave for this screen at the time…
      const decoded = qrText(rendered.image)
      expect(decoded).toBe(link)
      expect(decoded).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
      // …and opening it shows the same posture and patterns as the page it came from.
      const from = await storeState<AppState>(page)
      const other = await w.context.newPage()
      await openReady(other, decoded!)
      const reopened = await storeState<AppState>(other)
      const pick = (s: AppState) => ({
        posture: [s.posture.target, s.posture.amount],
        pain: [s.pain.shown, s.pain.side],
      })
      expect(pick(reopened)).toEqual(pick(from))
      await other.close()
      expect(w.consoleErrors).toEqual([])
      expect([...w.requestOrigins]).toEqual([new URL(suite.url).origin])
    } finally {
      await w.context.close()
    }
  })

  it('saves the current view as a PNG with its caption and key, and leaves the view as it was', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      await openReady(page, `${suite.url}?aa=0`)
      await page.getByRole('button', { name: 'Back', exact: true }).click()
      await settled(page, 400)
      await openPanel(page, 'Explain')
      const shot = await canvasPixels(page)
      const aspect = shot.width / shot.height
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Save image', exact: true }).click()
      const file = await download
      expect(file.suggestedFilename()).toMatch(/^hip-flexors-\d{4}-\d{2}-\d{2}-\d{4}\.png$/)
      const png = PNG.sync.read(await readAll(await file.createReadStream()))
      expect(png.width).toBe(1600)
      const viewHeight = Math.round(1600 / aspect)
      expect(png.height).toBeGreaterThan(viewHeight + 150)

      // The view: the scene's background at the corner and the model in the middle, framed as on
      // screen (the share of the picture the model covers matches the canvas's).
      const view = crop(png, 0, 0, png.width, viewHeight)
      expect([...png.data.subarray(0, 3)]).toEqual([...BACKGROUND])
      const share = (p: PNG) => foregroundMask(p).reduce((a, b) => a + b, 0) / (p.width * p.height)
      expect(share(view)).toBeGreaterThan(0.05)
      expect(share(view)).toBeCloseTo(share(shot), 1)
      // The caption band: white, with dark lines of text in it.
      const band = crop(png, 0, viewHeight, png.width, png.height - viewHeight)
      let white = 0
      let ink = 0
      for (let i = 0; i < band.data.length; i += 4) {
        const [r, g, b] = [band.data[i]!, band.data[i + 1]!, band.data[i + 2]!]
        if (r > 245 && g > 245 && b > 245) white++
        else if (r < 90 && g < 90 && b < 100) ink++
      }
      const total = band.width * band.height
      expect(white / total).toBeGreaterThan(0.7)
      expect(ink).toBeGreaterThan(2000)
      // The key's swatches: the vermillion of the attachment stripes (the bones are painted at start).
      const vermillion = countIn(band, { x: 0, y: 0, width: band.width, height: band.height }, (r, g, b) => {
        return r > 180 && g > 60 && g < 130 && b < 60
      })
      expect(vermillion).toBeGreaterThan(50)

      // The user's view has not moved.
      expect(diffFraction(shot, await canvasPixels(page))).toBeLessThan(0.01)
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved hip-flexors-' }).count()).toBe(1)
      expect(w.consoleErrors).toEqual([])
      expect([...w.requestOrigins]).toEqual([new URL(suite.url).origin])
    } finally {
      await w.context.close()
    }
  })
})

/** A part of an image as its own image. */
function crop(src: PNG, x: number, y: number, width: number, height: number): PNG {
  const out = new PNG({ width, height })
  PNG.bitblt(src, out, x, y, width, height, 0, 0)
  return out
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer))
  return Buffer.concat(chunks)
}
