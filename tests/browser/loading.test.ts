import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { preview, type Plugin } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canvasPixels, diffFraction, litStats, newWatchedPage, settled, waitInPage } from '../../tools/harness'
import { browserSuite } from './suite'

const suite = browserSuite()

/** The bone files (every model file but the skin). */
const BONE_FILES = /\/models\/(pelvis|lumbar_spine|femur_l|femur_r|lower_leg_l|lower_leg_r)\.glb$/

/** `window.__anatomyViewer.shown(id)`: null while no node carries the id. */
const shown = (page: Page, id: string): Promise<boolean | null> =>
  page.evaluate(
    (i) =>
      (window as unknown as { __anatomyViewer?: { shown(id: string): boolean | null } }).__anatomyViewer?.shown(i) ??
      null,
    id,
  )

const ready = (page: Page) => page.getByTestId('canvas-container').getAttribute('data-ready')

describe('loading in order', () => {
  it('draws the muscles and the skin only once the bones are in, under one progress bar listing what is still coming', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      // Hold every bone file back until the test lets them go.
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(BONE_FILES, async (route) => {
        await held
        await route.continue()
      })
      await page.goto(`${suite.url}?aa=0`)
      // The muscles are built in the app at once, and the skin file is not held: both are in the scene…
      await waitInPage(
        page,
        `!!window.__anatomyViewer && window.__anatomyViewer.ids().includes('psoas_major_l') && window.__anatomyViewer.ids().includes('skin')`,
      )
      // …and even a skin the user asks for waits for the bones.
      await page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
      await settled(page)
      for (const id of ['psoas_major_l', 'psoas_major_r', 'iliacus_l', 'iliacus_r', 'skin'])
        expect(await shown(page, id), id).toBe(false)
      expect(litStats(await canvasPixels(page)).count).toBeLessThan(50) // nothing floats in the air
      expect(await ready(page)).toBe('false')
      // One bar for everything, and it says what it is waiting for.
      expect(await page.locator('progress').count()).toBe(1)
      const coming = (await page.getByTestId('loading-files').textContent()) ?? ''
      for (const f of [
        'pelvis.glb',
        'lumbar_spine.glb',
        'femur_l.glb',
        'femur_r.glb',
        'lower_leg_l.glb',
        'lower_leg_r.glb',
      ])
        expect(coming).toContain(f)
      expect(coming).toContain('Pelvis (pelvis.glb) 0 %') // plain words first, then its own share
      expect(coming).not.toContain('skin.glb')
      expect(coming).toContain('Muscles and skin appear once the bones are in.')

      release()
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      for (const id of ['psoas_major_l', 'iliacus_r', 'skin', 'femur_l']) expect(await shown(page, id), id).toBe(true)
      expect(await page.locator('progress').count()).toBe(0)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })

  it('shows the muscles when a bone file fails: a failure does not hide them for ever', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      await w.page.route('**/models/femur_r.glb', (r) => r.fulfill({ status: 404, body: 'not found' }))
      await w.page.goto(`${suite.url}?aa=0`)
      await w.page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      expect(await shown(w.page, 'psoas_major_r')).toBe(true)
      expect(await shown(w.page, 'femur_r')).toBeNull()
      expect(w.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})

/**
 * A second preview server whose pelvis.glb, while `holding`, sends about a tenth of its bytes and
 * then goes quiet without closing: a stalled connection, which `page.route` cannot make (it answers
 * whole or not at all). Once `holding` is off it serves the file as usual.
 */
async function startStallingPreview() {
  const file = 'pelvis.glb'
  const bytes = readFileSync(resolve('dist/models', file))
  const sent = Math.round(bytes.length * 0.105) // 10.5 %: far from a whole percent either way
  const open: ServerResponse[] = []
  const gate = { holding: true }
  const stall: Plugin = {
    name: 'stall-pelvis',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!gate.holding || !req.url?.startsWith(`/models/${file}`)) return next()
        res.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': String(bytes.length) })
        res.write(bytes.subarray(0, sent))
        open.push(res)
      })
    },
  }
  const server = await preview({
    plugins: [stall],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('preview server did not report its address')
  const close = async () => {
    for (const r of open) r.destroy()
    await server.close()
  }
  return { url, file, size: bytes.length, sent, gate, close }
}

describe('a file that stops arriving', () => {
  let stalling: Awaited<ReturnType<typeof startStallingPreview>>
  beforeAll(async () => {
    stalling = await startStallingPreview()
  })
  afterAll(async () => {
    await stalling?.close()
  })

  it('names it with its share while the others finish, times it out with Retry, and loads it on Retry', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      const page = w.page
      const manifest = (await (await fetch(new URL('models/manifest.json', stalling.url))).json()) as {
        files: { file: string; bytes: number }[]
      }
      const total = manifest.files.reduce((n, f) => n + f.bytes, 0)
      expect(manifest.files.find((f) => f.file === stalling.file)?.bytes).toBe(stalling.size)
      // The page's clock, so the 20 s of silence can be skipped rather than waited for.
      await page.clock.install()
      await page.goto(`${stalling.url}?aa=0`)

      // Every other file in: the list names only the pelvis, plain words first, with its share…
      const percent = Math.floor((100 * stalling.sent) / stalling.size)
      const coming = page.getByTestId('loading-files').locator('li')
      await expect
        .poll(() => coming.allTextContents(), { timeout: 60_000 })
        .toEqual([`Pelvis (pelvis.glb) ${percent} %`])
      expect(percent).toBe(10)
      // …and the bar counts bytes: everything but the pelvis's missing 90 %, not 0 % for "one file left".
      const bar = Number(await page.locator('progress').getAttribute('value'))
      expect(bar).toBe(Math.round((100 * (total - stalling.size + stalling.sent)) / total))
      expect(bar).toBeGreaterThan(70)
      // Every file but the stalled one (the manifest's count: 6 of 7 with the lower legs).
      const files = manifest.files.length
      expect(files).toBe(7)
      expect(await page.locator('#loading-label').textContent()).toBe(`Loading models… ${files - 1} of ${files}`)

      // No byte for 20 s: the file is given up, named, with a Retry of its own.
      await page.clock.fastForward(20_000)
      const alert = page.getByRole('alert')
      await expect
        .poll(() => alert.textContent())
        .toContain('Pelvis: pelvis.glb stopped arriving: the network went quiet for 20 s.')
      await expect.poll(() => alert.textContent()).toContain('Everything else is shown.')
      const retry = page.getByRole('button', { name: 'Retry pelvis.glb' })
      expect(await retry.count()).toBe(1)
      expect(await page.locator('progress').count()).toBe(0)

      // Meanwhile the rest works: the other bones are drawn and a view key turns the camera.
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]')
      expect(await shown(page, 'femur_l')).toBe(true)
      expect(await shown(page, 'hip_bone_l')).toBeNull()
      const before = await canvasPixels(page)
      await page.getByTestId('canvas-container').focus()
      await page.keyboard.press('2') // Back
      await settled(page)
      expect(diffFraction(before, await canvasPixels(page))).toBeGreaterThan(0.005)

      // The connection is back: Retry brings the pelvis in, the page is ready again and the alert goes.
      stalling.gate.holding = false
      await retry.click()
      await expect.poll(() => shown(page, 'hip_bone_l'), { timeout: 60_000 }).toBe(true)
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      expect(await page.getByRole('alert').count()).toBe(0)
      expect(await page.locator('progress').count()).toBe(0)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  }, 180_000)
})
