/**
 * `npm run bench`: load time, frame time and sizes of the production build in headless Chromium
 * at 1280×720, against an empty scene measured in the same run (these machines are noisy, so
 * ratios to a same-run baseline are what to compare). Prints JSON and writes bench-results/bench.json.
 * Not a test: it asserts nothing.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchBrowser, newWatchedPage, openReady, startPreview } from '../tools/harness'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SAMPLE_MS = 5000
const ROTATE = 0.25 // rad/s: a slow turn, as a clinician would show it

interface Scenario {
  readonly name: string
  /** Replace the model list (the baseline uses an empty one). */
  readonly manifest?: string
  /** URL query (default: slow auto-rotation). */
  readonly query?: string
  /** Press Play before sampling (posture animation). */
  readonly play?: boolean
  /** Tick these checkboxes (by accessible name) before sampling. */
  readonly check?: readonly string[]
}

interface RunResult {
  readyMs: number
  frameMedianMs: number
  frameP95Ms: number
  frames: number
  /** Posture update (rig + muscles) per animated frame, ms: median and p95. */
  updateMedianMs: number
  updateP95Ms: number
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}
const median = (xs: number[]) => quantile(xs, 0.5)

async function runOnce(browser: Browser, url: string, scenario: Scenario): Promise<RunResult> {
  const w = await newWatchedPage(browser, { width: 1280, height: 720 }, { reducedMotion: 'no-preference' })
  try {
    if (scenario.manifest) {
      const body = scenario.manifest
      await w.page.route('**/models/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body }),
      )
    }
    await openReady(w.page, `${url}${scenario.query ?? `?autorotate=${ROTATE}`}`, 120_000)
    const readyMs = await w.page.evaluate(() => performance.getEntriesByName('anatomy-ready')[0]?.startTime ?? NaN)
    for (const name of scenario.check ?? []) await w.page.getByRole('checkbox', { name, exact: true }).check()
    if (scenario.play) await w.page.getByRole('button', { name: 'Play', exact: true }).click()
    await w.page.waitForTimeout(1000)
    const costsBefore = await w.page.evaluate('window.__anatomyViewer.updateCosts().length')
    // Sent as source text: tsx wraps named functions in a helper the page does not have.
    const stamps = (await w.page.evaluate(`new Promise((done) => {
      const out = []
      const t0 = performance.now()
      const tick = (t) => {
        out.push(t)
        if (t - t0 < ${SAMPLE_MS}) requestAnimationFrame(tick)
        else done(out)
      }
      requestAnimationFrame(tick)
    })`)) as number[]
    const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!)
    const costs = ((await w.page.evaluate('window.__anatomyViewer.updateCosts()')) as number[]).slice(
      costsBefore as number,
    )
    return {
      readyMs,
      frameMedianMs: median(deltas),
      frameP95Ms: quantile(deltas, 0.95),
      frames: deltas.length,
      updateMedianMs: costs.length ? median(costs) : 0,
      updateP95Ms: costs.length ? quantile(costs, 0.95) : 0,
    }
  } finally {
    await w.context.close()
  }
}

async function measure(browser: Browser, url: string, scenario: Scenario) {
  const runs: RunResult[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(browser, url, scenario))
  return {
    runs,
    readyMs: median(runs.map((r) => r.readyMs)),
    frameMedianMs: median(runs.map((r) => r.frameMedianMs)),
    frameP95Ms: median(runs.map((r) => r.frameP95Ms)),
    updateMedianMs: median(runs.map((r) => r.updateMedianMs)),
    updateP95Ms: median(runs.map((r) => r.updateP95Ms)),
  }
}

function sizes() {
  const assets = resolve('dist/assets')
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const jsBytes = js.reduce((n, f) => n + readFileSync(resolve(assets, f)).byteLength, 0)
  const jsGzipBytes = js.reduce((n, f) => n + gzipSync(readFileSync(resolve(assets, f)), { level: 9 }).byteLength, 0)
  const models = resolve('dist/models')
  const glbs = readdirSync(models).filter((f) => f.endsWith('.glb'))
  const modelBytes = glbs.reduce((n, f) => n + readFileSync(resolve(models, f)).byteLength, 0)
  return { jsBytes, jsGzipBytes, modelFiles: glbs.length, modelBytes }
}

const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const renderer = await (async () => {
    const w = await newWatchedPage(browser)
    await w.page.goto(url)
    const r = await w.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      const ext = gl?.getExtension('WEBGL_debug_renderer_info')
      return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'none'
    })
    await w.context.close()
    return r
  })()
  const baseline = await measure(browser, url, {
    name: 'empty scene',
    manifest: JSON.stringify({ version: 1, frame: 'empty', files: [] }),
  })
  const models = await measure(browser, url, { name: 'all models' })
  // The translucent skin with two heatmaps and their trigger crosses, against the same scene without it.
  const skin = await measure(browser, url, {
    name: 'skin + heatmap',
    check: ['Skin', 'Pain pattern: Iliopsoas', 'Pain pattern: Gluteus minimus'],
  })
  // Posture animation against the same scene drawn continuously but still, MSAA as users get it.
  const still = await measure(browser, url, { name: 'still', query: '?render=continuous' })
  const animating = await measure(browser, url, { name: 'animating', query: '?render=continuous', play: true })
  const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000
  const result = {
    date: new Date().toISOString(),
    machine: {
      renderer,
      viewport: '1280x720',
      dpr: 1,
      runsPerScenario: RUNS,
      sampleSeconds: SAMPLE_MS / 1000,
      autoRotateRadPerS: ROTATE,
    },
    sizes: sizes(),
    baseline,
    models,
    skin,
    still,
    animating,
    ratios: {
      animatingFrameMedianVsStill: ratio(animating.frameMedianMs, still.frameMedianMs),
      animatingFrameP95VsStill: ratio(animating.frameP95Ms, still.frameP95Ms),
      postureUpdateMedianVsAnimatingFrame: ratio(animating.updateMedianMs, animating.frameMedianMs),
      readyVsEmpty: ratio(models.readyMs, baseline.readyMs),
      frameMedianVsEmpty: ratio(models.frameMedianMs, baseline.frameMedianMs),
      frameP95VsEmpty: ratio(models.frameP95Ms, baseline.frameP95Ms),
      skinFrameMedianVsModels: ratio(skin.frameMedianMs, models.frameMedianMs),
      skinFrameP95VsModels: ratio(skin.frameP95Ms, models.frameP95Ms),
    },
  }
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/bench.json', JSON.stringify(result, null, 2) + '\n')
  console.log(JSON.stringify(result, null, 2))
} finally {
  await browser.close()
  await server.close()
}
