import { spawnSync } from 'node:child_process'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { newWatchedPage, openPanel, openReady } from '../tools/harness'
import { median, quantile, round } from './bench-stats'
import { APP_MARK, MAX_WINDOW_MS, MIN_FRAMES, MIN_WINDOW_MS, VIEWPORT } from './bench-config'
import { type FrameRun, type Scenario, type Session } from './bench-scenarios'

/** Measuring in the page: CPU time from Chromium's own accounting (CDP), frames, marks, and one scenario or session. */
export interface CpuSnapshot {
  /** CPU seconds by `type:pid`, from SystemInfo.getProcessInfo. */
  readonly processes: ReadonlyMap<string, number>
  /** Performance.getMetrics of the page (seconds for the durations). */
  readonly metrics: ReadonlyMap<string, number>
  readonly renders: number
  readonly costs: number
}

/** CPU seconds of every Chromium process, by `type:pid` (SystemInfo.getProcessInfo, all threads). */
export async function processCpu(browserCdp: CDPSession): Promise<Map<string, number>> {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo')
  return new Map(processInfo.map((p) => [`${p.type}:${p.id}`, p.cpuTime]))
}

/**
 * Frames drawn so far and CPU time so far. A 1-pixel readPixels on the app's own WebGL context
 * first waits until the GPU process has finished every frame already submitted, so the CPU time
 * read next belongs to the frames counted (at about one frame a second, a frame still in flight
 * at either end of a window would otherwise be a 10% error).
 */
export async function snapshot(browserCdp: CDPSession, pageCdp: CDPSession, page: Page): Promise<CpuSnapshot> {
  const probe = (await page.evaluate(`(() => {
    const gl = document.querySelector('canvas')?.getContext('webgl2')
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
    return { renders: window.__anatomyViewer.renders(), costs: window.__anatomyViewer.updateCosts().length }
  })()`)) as { renders: number; costs: number }
  const processes = await processCpu(browserCdp)
  const { metrics } = await pageCdp.send('Performance.getMetrics')
  return { processes, metrics: new Map(metrics.map((m) => [m.name, m.value])), ...probe }
}

/** CPU seconds spent between two readings, by process type (a process started in between counts from 0). */
export function cpuDelta(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): { total: number; byType: Map<string, number> } {
  const byType = new Map<string, number>()
  let total = 0
  for (const [key, t] of b) {
    const d = t - (a.get(key) ?? 0)
    const type = key.slice(0, key.lastIndexOf(':'))
    byType.set(type, (byType.get(type) ?? 0) + d)
    total += d
  }
  return { total, byType }
}

export const metricDelta = (a: CpuSnapshot, b: CpuSnapshot, name: string): number =>
  (b.metrics.get(name) ?? NaN) - (a.metrics.get(name) ?? NaN)

export const readMark = (page: Page, name: string): Promise<number> =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name)

/** Resolve once the app has drawn `n` more frames (past shader compiles that a setup step caused). */
export async function framesAdvance(page: Page, n: number, timeoutMs = 30_000): Promise<void> {
  // Sent as source text: tsx wraps named functions in a helper the page does not have.
  await page.evaluate(`new Promise((done, fail) => {
    const api = window.__anatomyViewer
    const goal = api.renders() + ${n}
    const t0 = performance.now()
    const poll = () => {
      if (api.renders() >= goal) return done()
      if (performance.now() - t0 > ${timeoutMs}) return fail(new Error('no frames drawn'))
      setTimeout(poll, 20)
    }
    poll()
  })`)
}

/** rAF timestamps until the window holds MIN_FRAMES app frames and MIN_WINDOW_MS, or MAX_WINDOW_MS. */
export const sampleFrames = (page: Page): Promise<number[]> =>
  page.evaluate(`new Promise((done) => {
    const api = window.__anatomyViewer
    const start = api.renders()
    const out = []
    const t0 = performance.now()
    const tick = (t) => {
      out.push(t)
      const elapsed = performance.now() - t0
      if ((api.renders() - start >= ${MIN_FRAMES} && elapsed >= ${MIN_WINDOW_MS}) || elapsed >= ${MAX_WINDOW_MS}) done(out)
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })`) as Promise<number[]>

/** Sample one scenario in a page that is already showing the app. */
export async function sampleScenario(
  browserCdp: CDPSession,
  pageCdp: CDPSession,
  page: Page,
  s: Scenario,
  readyMs: number,
) {
  for (const c of s.check ?? []) {
    await openPanel(page, c.panel)
    await page.getByRole('checkbox', { name: c.name, exact: true }).check()
  }
  if (s.play) await page.getByRole('button', { name: 'Play', exact: true }).click()
  if (s.closePanels) {
    const close = page.getByRole('button', { name: 'Close panel', exact: true })
    if (await close.count()) await close.click()
  }
  for (const k of s.keys ?? []) await page.keyboard.press(k)
  // A constructed sheet, not a <style> tag: the app's security policy forbids inline styles.
  const style = s.style
    ? await page.evaluateHandle((css) => {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync(css)
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
        return sheet
      }, s.style)
    : null
  // Past the first frame after a change (it compiles the new shaders), then one ordinary frame.
  if (s.check || s.play || s.closePanels || s.keys || s.style) await framesAdvance(page, 2)
  const a = await snapshot(browserCdp, pageCdp, page)
  const stamps = await sampleFrames(page)
  const b = await snapshot(browserCdp, pageCdp, page)
  await style?.evaluate((sheet) => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet)
  })
  const info = (await page.evaluate('window.__anatomyViewer.renderInfo()')) as {
    calls: number
    triangles: number
    geometries: number
    textures: number
    programs: number
  }
  const costs = ((await page.evaluate('window.__anatomyViewer.updateCosts()')) as number[]).slice(a.costs)
  const frames = b.renders - a.renders
  const windowMs = metricDelta(a, b, 'Timestamp') * 1000
  const cpu = cpuDelta(a.processes, b.processes)
  const perFrame = (seconds: number) => round((seconds * 1000) / frames, 2)
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!)
  const run: FrameRun = {
    readyMs: round(readyMs, 1),
    frames,
    windowMs: round(windowMs, 0),
    fps: round((frames * 1000) / windowMs, 2),
    cpuMsPerFrame: perFrame(cpu.total),
    gpuProcessCpuMsPerFrame: perFrame(cpu.byType.get('GPU') ?? 0),
    rendererProcessCpuMsPerFrame: perFrame(metricDelta(a, b, 'ProcessTime')),
    mainThreadCpuMsPerFrame: perFrame(metricDelta(a, b, 'ThreadTime')),
    mainThreadTaskMsPerFrame: perFrame(metricDelta(a, b, 'TaskDuration')),
    scriptMsPerFrame: perFrame(metricDelta(a, b, 'ScriptDuration')),
    frameWallMsMedian: round(median(deltas), 2),
    frameWallMsP95: round(quantile(deltas, 0.95), 2),
    drawCallsPerFrame: info.calls,
    trianglesPerFrame: info.triangles,
    geometries: info.geometries,
    textures: info.textures,
    programs: info.programs,
    postureUpdates: costs.length,
    postureUpdateMsMedian: costs.length ? round(median(costs), 3) : null,
    postureUpdateMsP95: costs.length ? round(quantile(costs, 0.95), 3) : null,
  }
  return run
}

/** Load the app once for a session and sample each of its scenarios in turn. */
export async function runSession(
  browser: Browser,
  browserCdp: CDPSession,
  url: string,
  session: Session,
): Promise<Map<Scenario['key'], FrameRun>> {
  const w = await newWatchedPage(browser, VIEWPORT, { reducedMotion: 'no-preference' })
  try {
    if (session.manifest) {
      const body = session.manifest
      await w.page.route('**/models/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body }),
      )
    }
    const pageCdp = await w.context.newCDPSession(w.page)
    await pageCdp.send('Performance.enable')
    await openReady(w.page, `${url}${session.query}`, 120_000)
    const readyMs = await readMark(w.page, APP_MARK)
    const out = new Map<Scenario['key'], FrameRun>()
    for (const s of session.scenarios) out.set(s.key, await sampleScenario(browserCdp, pageCdp, w.page, s, readyMs))
    return out
  } finally {
    await w.context.close()
  }
}

/**
 * Navigation start → the page's own mark (page clock), in a fresh context (no cache shared with
 * other loads); and the CPU time all Chromium processes spent from just before navigating until
 * the page said it was ready, which machine load inflates far less than the wall-clock time.
 */
export async function timeToMark(
  browser: Browser,
  browserCdp: CDPSession,
  url: string,
  mark: string,
): Promise<{ ms: number; cpuMs: number }> {
  const w = await newWatchedPage(browser, VIEWPORT, { reducedMotion: 'no-preference' })
  try {
    const before = await processCpu(browserCdp)
    await openReady(w.page, url, 120_000)
    const after = await processCpu(browserCdp)
    return { ms: round(await readMark(w.page, mark), 1), cpuMs: round(cpuDelta(before, after).total * 1000, 0) }
  } finally {
    await w.context.close()
    // Let the closed page's renderer and GPU resources go before the next load is timed.
    await new Promise((done) => setTimeout(done, 300))
  }
}

/** The Node micro-benchmark, in its own process (bench/ may import the scene layer; scripts may not). */
export function postureMicroBench(): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/posture.ts', '--json'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`bench/posture.ts failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!)
}
