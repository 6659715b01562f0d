/**
 * Browser-test harness: serves the production build with Vite's preview server on a free local
 * port and drives Debian's Chromium through playwright-core (no browser download: TOOLCHAIN.md).
 * Shared by the browser tests, the README screenshots and the benchmark; it imports no test
 * framework, so scripts can use it (the Vitest suite setup is `tests/browser/suite.ts`).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { preview, type PreviewServer } from 'vite'

/** Where Chromium is: `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** SwiftShader WebGL flags known to work here (TOOLCHAIN.md §3); never --disable-software-rasterizer. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
]

/**
 * Serve a production build on a free port: the app's `dist/` by default, or another Vite build's
 * out dir (the benchmark's bare baseline page in `dist-bench-bare/`).
 */
export async function startPreview(options: { outDir?: string } = {}): Promise<{ server: PreviewServer; url: string }> {
  const outDir = options.outDir ?? 'dist'
  if (!existsSync(resolve(outDir, 'index.html')))
    throw new Error(
      outDir === 'dist'
        ? 'dist/ is missing: run `npm run build` first (npm test does).'
        : `${outDir}/ is missing: build it first (npm run bench does).`,
    )
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('preview server did not report its address')
  return { server, url }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
}

/** A page that records console errors, page errors and every request's origin. */
export interface WatchedPage {
  readonly page: Page
  readonly context: BrowserContext
  readonly consoleErrors: string[]
  readonly requestOrigins: Set<string>
}

export async function newWatchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  options: {
    reducedMotion?: 'reduce' | 'no-preference'
    hasTouch?: boolean
    isMobile?: boolean
    /**
     * The app's service worker (offline copy) is blocked unless a test is about it: a worker
     * answers from its own copy, past `page.route()` fakes of broken files, and its first-visit
     * download of every file would slow the page being measured.
     */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion ?? 'reduce',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
  })
  const page = await context.newPage()
  const consoleErrors: string[] = []
  const requestOrigins = new Set<string>()
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    const u = r.url()
    if (!u.startsWith('data:') && !u.startsWith('blob:')) requestOrigins.add(new URL(u).origin)
  })
  return { page, context, consoleErrors, requestOrigins }
}

/** Open the app and wait until it says it has drawn every model (`data-ready="true"`). */
export async function openReady(page: Page, url: string, timeout = 60_000): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout })
}

/** A screenshot of the canvas, with where the canvas's top-left corner is on the page. */
export type CanvasShot = PNG & { readonly origin: { readonly x: number; readonly y: number } }

/**
 * Decoded RGBA screenshot of the canvas area only (no panels). Probes give page coordinates;
 * `pixelOf` turns one into this image's pixel (the canvas sits beside a column on a desk).
 */
export async function canvasPixels(page: Page): Promise<CanvasShot> {
  // Panels float over the canvas; hide them for the shot so pixels are the 3D view's alone. One
  // rule, switched by a class, rather than a new style sheet for every shot. It is a constructed
  // sheet: the app's security policy forbids inline <style> elements, and adopted sheets are not
  // inline markup, so the shot works under the shipped policy. Sent as source text (see `settled`).
  const box = await page.evaluate(`(() => {
    if (!window.__harnessShot) {
      const sheet = new CSSStyleSheet()
      sheet.replaceSync('html.harness-shot :is(.panel, .title, .status, [data-ui-box]) { visibility: hidden !important; }')
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
      window.__harnessShot = sheet
    }
    document.documentElement.classList.add('harness-shot')
    const r = document.querySelector('canvas').getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  })()`)
  try {
    // A clipped page shot, without an element shot's scrolling and waiting.
    const clip = box as { x: number; y: number; width: number; height: number }
    return Object.assign(PNG.sync.read(await page.screenshot({ clip })), { origin: { x: clip.x, y: clip.y } })
  } finally {
    await page.evaluate(`document.documentElement.classList.remove('harness-shot')`)
  }
}

/** The pixel of a canvas shot at a page position. */
export const pixelOf = (shot: CanvasShot, at: { x: number; y: number }): { x: number; y: number } => ({
  x: at.x - shot.origin.x,
  y: at.y - shot.origin.y,
})

/** The scene background colour (#1d2129). */
export const BACKGROUND: readonly [number, number, number] = [0x1d, 0x21, 0x29]

/** Pixels that differ clearly from the background: what the models cover. */
export function foregroundMask(png: PNG, tolerance = 18): Uint8Array {
  const mask = new Uint8Array(png.width * png.height)
  for (let i = 0; i < mask.length; i++) {
    const r = png.data[i * 4]!
    const g = png.data[i * 4 + 1]!
    const b = png.data[i * 4 + 2]!
    const d = Math.abs(r - BACKGROUND[0]) + Math.abs(g - BACKGROUND[1]) + Math.abs(b - BACKGROUND[2])
    mask[i] = d > tolerance ? 1 : 0
  }
  return mask
}

/** Count of foreground pixels and of distinct shades among them (lit, shaded geometry has many). */
export function litStats(png: PNG): { count: number; fraction: number; shades: number } {
  const mask = foregroundMask(png)
  const shades = new Set<number>()
  let count = 0
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue
    count++
    // Quantise to 4 bits a channel so noise does not inflate the count.
    shades.add(((png.data[i * 4]! >> 4) << 8) | ((png.data[i * 4 + 1]! >> 4) << 4) | (png.data[i * 4 + 2]! >> 4))
  }
  return { count, fraction: count / mask.length, shades: shades.size }
}

/** Fraction of pixels that differ (any channel by more than `threshold`) between two same-size images. */
export function diffFraction(a: PNG, b: PNG, threshold = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1
  let n = 0
  const total = a.width * a.height
  for (let i = 0; i < total; i++) {
    const o = i * 4
    if (
      Math.abs(a.data[o]! - b.data[o]!) > threshold ||
      Math.abs(a.data[o + 1]! - b.data[o + 1]!) > threshold ||
      Math.abs(a.data[o + 2]! - b.data[o + 2]!) > threshold
    )
      n++
  }
  return n / total
}

/**
 * Wait until the 3D view has drawn at least one new frame and then stopped drawing for `quietMs`:
 * the picture on screen is the settled result of whatever was just done. Software rendering takes
 * a few hundred milliseconds a frame here, so fixed sleeps are not enough.
 */
export async function settled(page: Page, quietMs = 300, timeout = 20_000): Promise<void> {
  // Sent as source text: tools that transpile this file (tsx keeps function names with a helper)
  // must not inject anything the page does not have.
  await page.evaluate(`new Promise((resolve, reject) => {
    const api = window.__anatomyViewer
    const start = api.renders()
    const t0 = performance.now()
    let last = start
    let lastChange = t0
    const tick = () => {
      const now = performance.now()
      const n = api.renders()
      if (n !== last) { last = n; lastChange = now }
      // A requested frame still to come is not settled: a software frame can take over a second.
      const pending = api.pending()
      if (n > start && now - lastChange >= ${quietMs} && !pending) return resolve()
      // Nothing to redraw (the action changed nothing on screen) is settled too.
      if (n === start && now - t0 >= ${quietMs * 3} && !pending) return resolve()
      if (now - t0 > ${timeout}) return reject(new Error('the view did not settle'))
      setTimeout(tick, 50)
    }
    tick()
  })`)
}

/**
 * Wait until `condition` (JavaScript source, an expression) is true in the page. Playwright's own
 * `waitForFunction` evaluates its predicate as a string on every poll, which the app's security
 * policy refuses (no `eval`); here the source is evaluated once, as DevTools evaluates it, and the
 * polling happens inside. Polls on a timer, so a tab in the background is waited on too.
 */
export async function waitInPage(page: Page, condition: string, timeout = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const test = () => (${condition})
    const t0 = performance.now()
    const tick = () => {
      let ok = false
      try { ok = !!test() } catch (e) { ok = false }
      if (ok) return resolve(true)
      if (performance.now() - t0 > ${timeout}) return reject(new Error(${JSON.stringify(`waited ${timeout} ms in vain for: `)} + ${JSON.stringify(condition)}))
      setTimeout(tick, 25)
    }
    tick()
  })`)
}

/** Where a structure is on screen (CSS px in the canvas, with its normalised depth), by the screen probe. */
export async function project(page: Page, id: string): Promise<{ x: number; y: number; depth: number }> {
  type Projected = { x: number; y: number; depth: number }
  const p = await page.evaluate(
    (i) =>
      (window as unknown as { __anatomyViewer: { project(id: string): Projected | null } }).__anatomyViewer.project(i),
    id,
  )
  if (!p) throw new Error(`${id} is not in the scene`)
  return p
}

/** Pixels whose colour matches a predicate (RGB 0–255). */
export function countPixels(png: PNG, match: (r: number, g: number, b: number) => boolean): number {
  let n = 0
  for (let i = 0; i < png.width * png.height; i++)
    if (match(png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!)) n++
  return n
}

/** Ivory bone under the studio lights: light, warm, low saturation. */
export const isBone = (r: number, g: number, b: number): boolean =>
  r > 110 && g > 100 && b > 80 && r >= b && r - b < 70 && r - g < 40

/** The origin paint (vermillion stripes), lit or in shade. */
export const isOriginPaint = (r: number, g: number, b: number): boolean =>
  r > 90 && r > 2 * g - 10 && r > 2.2 * b && g > 20

/** The insertion paint (blue with light dots). */
export const isInsertionPaint = (r: number, g: number, b: number): boolean => b > 80 && b > r + 50 && b > g + 15

/** Drag with the left button through screen points (the pain brush), then wait for the view to settle. */
export async function dragThrough(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  await page.mouse.move(points[0]!.x, points[0]!.y)
  await page.mouse.down()
  for (const p of points.slice(1)) await page.mouse.move(p.x, p.y, { steps: 2 })
  await page.mouse.up()
  await settled(page, 300)
}

/** The panels' tabs, by their labels (`ui/layout/PanelTabs.tsx`). */
export type PanelName = 'Views' | 'Layers' | 'Posture' | 'Pain' | 'Explain'

/**
 * Open a panel from its tab, as a user would (one panel is open at a time), unless it is open
 * already; resolves once its sheet is on screen.
 */
export async function openPanel(page: Page, name: PanelName): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true })
  if ((await tab.getAttribute('aria-expanded')) !== 'true') await tab.click()
  await page.locator(`#panel-${name.toLowerCase()}`).waitFor({ state: 'visible' })
}

/**
 * Drag one finger through `points` on a touch page (Chrome DevTools touch events, each delivered
 * before the next), then wait for the view to settle: a stroke of the brush or a turn of the model.
 */
export async function touchDrag(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const at = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 0 }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(points[0]!) })
    for (const p of points.slice(1))
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  } finally {
    await cdp.detach()
  }
  await settled(page, 300)
}
