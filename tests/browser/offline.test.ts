import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import {
  canvasPixels,
  dragThrough,
  litStats,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  startPreview,
} from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import { storeState } from '../../tools/screenLayout'
import { drawingAt } from './painPage'
import { browserSuite } from './suite'

const suite = browserSuite()

/** The desk layout the drawing tests paint in. */
const VIEWPORT = { width: 1280, height: 720 }

/** The browser's own line for a download that failed (offline, nothing the app logs itself). */
const BROWSER_FETCH_LINE = /^Failed to load resource/

/** Wait until the app's service worker is active and in charge of this page. */
async function waitControlled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration()
          return r?.active?.state === 'activated' && navigator.serviceWorker.controller !== null
        }),
      { timeout: 90_000, interval: 250 },
    )
    .toBe(true)
}

/** Every address the service worker has stored, as paths. */
const cachedPaths = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const out: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) out.push(new URL(request.url).pathname)
    }
    return out
  })

/** The bytes of an address fetched by the page itself (so, offline, from the service worker). */
const fetchBytes = async (page: Page, path: string): Promise<{ status: number; type: string; bytes: Buffer }> => {
  const r = await page.evaluate(async (p) => {
    const res = await fetch(p)
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      bytes: [...new Uint8Array(await res.arrayBuffer())],
    }
  }, path)
  return { ...r, bytes: Buffer.from(r.bytes) }
}

/** Every file of a build, as the paths the server gives them. */
function buildFiles(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? buildFiles(dir, `${under}/${e.name}`) : [`${under}/${e.name}`],
  )
}

describe('offline and installable', () => {
  it('after one visit the whole app, its models and the handout work without a network; the manifest and icons are served', async () => {
    const w = await newWatchedPage(suite.browser, VIEWPORT, { serviceWorkers: 'allow' })
    try {
      const page = w.page
      await openReady(page, suite.url)
      await settled(page)
      const online = litStats(await canvasPixels(page))
      await waitControlled(page)
      await page.getByTestId('offline-ready').waitFor()
      expect(await page.getByTestId('offline-ready').innerText()).toContain('Ready to work without a network')

      // Everything the build made is stored (sw.js and Workbox's runtime are the worker itself;
      // _headers is for the host, not the browser).
      const stored = new Set(await cachedPaths(page))
      const expected = buildFiles('dist').filter((p) => !/^\/((sw|workbox-[\w-]+)\.js|_headers)$/.test(p))
      expect(expected.length).toBeGreaterThan(15)
      expect(expected.filter((p) => !stored.has(p))).toEqual([])
      for (const model of ['pelvis', 'lumbar_spine', 'femur_l', 'femur_r', 'lower_leg_l', 'lower_leg_r', 'skin'])
        expect(stored.has(`/models/${model}.glb`), model).toBe(true)
      expect(expected.some((p) => /^\/assets\/printHandout-.*\.js$/.test(p))).toBe(true)

      await w.context.setOffline(true)
      // Really offline: the server cannot be reached from the page except through the worker.
      expect(await page.evaluate(() => navigator.onLine)).toBe(false)
      w.consoleErrors.length = 0
      await openReady(page, suite.url)
      await settled(page)
      // Every model file loaded, and the picture as lit as it was online.
      const files = await storeState<AppState>(page).then((s) => Object.values(s.viewer.files).map((f) => f.state))
      expect(files.length).toBeGreaterThanOrEqual(5)
      expect(files.every((f) => f === 'loaded')).toBe(true)
      const lit = litStats(await canvasPixels(page))
      expect(online.fraction).toBeGreaterThan(0.02)
      expect(lit.fraction).toBeGreaterThan(online.fraction * 0.95)
      expect(lit.shades).toBeGreaterThan(20)

      // The handout is a lazily loaded chunk: it must come from the worker too.
      await openPanel(page, 'Explain')
      // The handout needs two to four exercises ticked.
      for (const id of ['half_kneeling_stretch', 'standing_hip_flexion'])
        await page.locator(`[data-exercise="${id}"]`).getByRole('checkbox', { name: 'On the handout' }).check()
      await page.evaluate(`window.print = () => { window.__printed = (window.__printed ?? 0) + 1 }`)
      await page.getByRole('button', { name: 'Print handout', exact: true }).click()
      await page.waitForSelector('.handout-print[data-ready="true"]', { state: 'attached', timeout: 60_000 })
      await expect.poll(() => page.evaluate(`window.__printed`)).toBe(1)

      // The web app manifest and its icons, offline: valid PNGs of the sizes it states.
      const link = await page.getAttribute('link[rel="manifest"]', 'href')
      expect(link).toBe('/manifest.webmanifest')
      const manifest = JSON.parse((await fetchBytes(page, link!)).bytes.toString('utf8')) as {
        name: string
        short_name: string
        start_url: string
        display: string
        theme_color: string
        background_color: string
        icons: { src: string; sizes: string; purpose: string }[]
      }
      expect(manifest).toMatchObject({
        name: 'Iliopsoas viewer',
        short_name: 'Hip flexors',
        start_url: '/',
        display: 'standalone',
        theme_color: '#1d2129',
        background_color: '#1d2129',
      })
      expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ])
      const linked = await page.$$eval('link[rel="icon"], link[rel="apple-touch-icon"]', (ls) =>
        ls.map((l) => ({ href: l.getAttribute('href')!, sizes: l.getAttribute('sizes') ?? '180x180' })),
      )
      const icons = [...manifest.icons.map((i) => ({ href: `/${i.src}`, sizes: i.sizes })), ...linked]
      expect(icons.length).toBe(6)
      for (const icon of icons) {
        const got = await fetchBytes(page, icon.href)
        expect(got.status, icon.href).toBe(200)
        const png = PNG.sync.read(got.bytes)
        expect(`${png.width}x${png.height}`, icon.href).toBe(icon.sizes)
        // Drawn, not blank: the bone ivory is in it.
        let ivory = 0
        for (let i = 0; i < png.width * png.height; i++)
          if (png.data[i * 4]! > 200 && png.data[i * 4 + 2]! > 170) ivory++
        expect(ivory / (png.width * png.height), icon.href).toBeGreaterThan(0.05)
      }
      expect(w.consoleErrors.filter((e) => !BROWSER_FETCH_LINE.test(e))).toEqual([])
    } finally {
      await w.context.close()
    }
  }, 180_000)

  it('asks before a new version takes over: Later keeps the page, Reload now brings the new version with the drawing and the screen', async () => {
    // A copy of the build this test can change, as a deploy would.
    const dir = mkdtempSync(join(tmpdir(), 'offline-test-'))
    cpSync('dist', dir, { recursive: true })
    const { server, url } = await startPreview({ outDir: dir })
    const w = await newWatchedPage(suite.browser, VIEWPORT, { serviceWorkers: 'allow' })
    /** Publish build `n`: index.html carries its number, and the worker's list says index.html changed. */
    const publish = (n: number) => {
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
        /<meta name="test-build"[^>]*>|<\/head>/,
        (m) =>
          m === '</head>'
            ? `<meta name="test-build" content="${n}"></head>`
            : `<meta name="test-build" content="${n}">`,
      )
      writeFileSync(join(dir, 'index.html'), html)
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
      const next = sw.replace(/(\{url:"index\.html",revision:")[^"]+"/, `$1test-build-${n}"`)
      expect(next).not.toBe(sw)
      writeFileSync(join(dir, 'sw.js'), next)
    }
    const build = (page: Page) =>
      page.evaluate(() => document.querySelector('meta[name="test-build"]')?.getAttribute('content') ?? 'first')
    const checkForUpdate = (page: Page) =>
      page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update()
      })
    const notice = (page: Page) => page.getByTestId('update-notice')
    try {
      const page = w.page
      // Without MSAA, as the drawing tests paint: every brush move redraws.
      await openReady(page, `${url}?aa=0#v=1&pain=iliopsoas`)
      await waitControlled(page)
      await page.getByRole('button', { name: 'Back', exact: true }).click()
      await settled(page, 400)

      // Something that must survive the reload: one stroke of the patient's drawing, and the screen.
      await openPanel(page, 'Pain')
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      const stroke = await paraspinalStroke(page, -35, 5)
      await dragThrough(page, stroke)
      await page.getByRole('button', { name: 'Done painting', exact: true }).click()
      // The stroke's most painted point, as it was stored.
      const values = await Promise.all(stroke.map((p) => drawingAt(page, p.vertex)))
      const painted = Math.max(...values)
      const vertex = stroke[values.indexOf(painted)]!.vertex
      expect(painted).toBeGreaterThan(0.3)
      const hash = await page.evaluate(() => location.hash)
      // The back view (as the camera, once painting has settled it), the skin shown for painting, the pattern.
      expect(hash).toMatch(/^#v=1&(view=back|cam=[-\d.,]+)&layers=[a-z,]*skin[a-z,]*&pain=iliopsoas$/)

      // A new version: the notice asks, and Later leaves the page as it is.
      publish(2)
      await page.evaluate(`window.__samePage = true`)
      await checkForUpdate(page)
      await notice(page).waitFor({ timeout: 60_000 })
      expect(await notice(page).innerText()).toContain('A new version of this viewer is ready')
      await notice(page).getByRole('button', { name: 'Later', exact: true }).click()
      await notice(page).waitFor({ state: 'detached' })
      await settled(page)
      expect(await page.evaluate(`window.__samePage`)).toBe(true)
      expect(await build(page)).toBe('first')

      // Another version while the first still waits: asked again, and this time Reload now.
      publish(3)
      await checkForUpdate(page)
      await notice(page).waitFor({ timeout: 60_000 })
      expect(await page.evaluate(`window.__samePage`)).toBe(true)
      const reloaded = page.waitForEvent('load', { timeout: 60_000 })
      await notice(page).getByRole('button', { name: 'Reload now', exact: true }).click()
      await reloaded
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      expect(await page.evaluate(`window.__samePage`)).toBeUndefined()
      expect(await build(page)).toBe('3')
      expect(await page.evaluate(() => location.hash)).toBe(hash)
      await expect.poll(() => drawingAt(page, vertex), { timeout: 30_000 }).toBeCloseTo(painted, 2)
      expect(await notice(page).count()).toBe(0)
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
