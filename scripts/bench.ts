/**
 * `npm run bench`: what the production build costs, in figures that survive a busy machine.
 * Not a test: it asserts nothing. Writes bench-results/bench.json and prints a summary table;
 * bench/README.md says what every figure means and how to read it.
 *
 * In one run (the npm script builds the app into dist/ and the bare React Three Fiber + drei page
 * of bench/bare/ into dist-bench-bare/ just before):
 * 1. sizes: gzip -9 of the JS each index.html loads (lazy chunks too), and of the model files;
 * 2. the Node micro-benchmark of the posture update (bench/posture.ts, its own process);
 * 3. time to ready, app against the bare page, loaded in turn (A B, B A, …) so noise hits both;
 * 4. the frame scenarios, round-robin (every page session once per round; a session is one load
 *    measured in one or two scenarios): CPU time per frame from Chromium's own process accounting
 *    (CDP), frame wall time, draw calls, triangles, and the posture update cost while animating.
 * Ratios against a baseline measured in the same run are what to compare between runs.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { launchBrowser, newWatchedPage, openReady, startPreview } from '../tools/harness'
import { jsSizes, modelSizes } from './bench-sizes'
import { median, quantile, ratio, round, showSpread, spread, type Spread } from './bench-stats'

const started = performance.now()
/** Times each frame scenario is run (round-robin). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** App/bare load pairs for time to ready (after one warm-up pair that is not counted). */
const READY_PAIRS = Number(process.env.BENCH_READY_PAIRS ?? 5)
/** A frame window lasts until it holds this many frames and MIN_WINDOW_MS, or MAX_WINDOW_MS. */
const MIN_FRAMES = Number(process.env.BENCH_MIN_FRAMES ?? 60)
const MIN_WINDOW_MS = 3000
const MAX_WINDOW_MS = Number(process.env.BENCH_MAX_WINDOW_MS ?? 8000)
const ROTATE = 0.25 // rad/s: a slow turn, as a clinician would show it
const VIEWPORT = { width: 1280, height: 720 }
const APP_MARK = 'anatomy-ready'
const BARE_MARK = 'bare-first-frame'
const BARE_OUT_DIR = 'dist-bench-bare'

interface Scenario {
  readonly key: 'empty' | 'models' | 'skin' | 'still' | 'animating'
  readonly what: string
  /** Press Play before sampling (posture animation, stand ↔ sit). */
  readonly play?: boolean
  /** Tick these checkboxes (by accessible name) before sampling. */
  readonly check?: readonly string[]
}

/**
 * One page load and the scenarios measured in it, in order: a scenario that adds to the scene
 * (skin, Play) is measured right after the one without, in the same page, so each pair differs
 * only by that addition (and the run saves a slow software-rendered load).
 */
interface Session {
  /** Replace the model list (the empty scene uses an empty one). */
  readonly manifest?: string
  readonly query: string
  readonly scenarios: readonly Scenario[]
}

const SESSIONS: readonly Session[] = [
  {
    manifest: JSON.stringify({ version: 1, frame: 'empty', files: [] }),
    query: `?autorotate=${ROTATE}`,
    scenarios: [{ key: 'empty', what: 'the app with an empty model list, auto-rotating' }],
  },
  {
    query: `?autorotate=${ROTATE}`,
    scenarios: [
      { key: 'models', what: 'every model, auto-rotating' },
      {
        key: 'skin',
        what: 'then (same page) + translucent skin with two heatmaps and trigger crosses',
        check: ['Skin', 'Pain pattern: Iliopsoas', 'Pain pattern: Gluteus minimus'],
      },
    ],
  },
  {
    query: '?render=continuous',
    scenarios: [
      { key: 'still', what: 'every model, drawn every frame, not moving' },
      { key: 'animating', what: 'then (same page) posture playing stand ↔ sit', play: true },
    ],
  },
]
const SCENARIOS = SESSIONS.flatMap((s) => s.scenarios)

/** One frame window of one scenario run. Units are in the names; "PerFrame" divides by frames drawn. */
interface FrameRun {
  readyMs: number
  frames: number
  windowMs: number
  fps: number
  /** CPU time of every Chromium process (browser, GPU = SwiftShader, renderer, utilities). */
  cpuMsPerFrame: number
  gpuProcessCpuMsPerFrame: number
  rendererProcessCpuMsPerFrame: number
  mainThreadCpuMsPerFrame: number
  /** Wall time of main-thread tasks (grows when the core is shared; for information). */
  mainThreadTaskMsPerFrame: number
  scriptMsPerFrame: number
  frameWallMsMedian: number
  frameWallMsP95: number
  drawCallsPerFrame: number
  trianglesPerFrame: number
  geometries: number
  textures: number
  programs: number
  postureUpdates: number
  postureUpdateMsMedian: number | null
  postureUpdateMsP95: number | null
}

interface CpuSnapshot {
  /** CPU seconds by `type:pid`, from SystemInfo.getProcessInfo. */
  readonly processes: ReadonlyMap<string, number>
  /** Performance.getMetrics of the page (seconds for the durations). */
  readonly metrics: ReadonlyMap<string, number>
  readonly renders: number
  readonly costs: number
}

/** CPU seconds of every Chromium process, by `type:pid` (SystemInfo.getProcessInfo, all threads). */
async function processCpu(browserCdp: CDPSession): Promise<Map<string, number>> {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo')
  return new Map(processInfo.map((p) => [`${p.type}:${p.id}`, p.cpuTime]))
}

/**
 * Frames drawn so far and CPU time so far. A 1-pixel readPixels on the app's own WebGL context
 * first waits until the GPU process has finished every frame already submitted, so the CPU time
 * read next belongs to the frames counted (at about one frame a second, a frame still in flight
 * at either end of a window would otherwise be a 10% error).
 */
async function snapshot(browserCdp: CDPSession, pageCdp: CDPSession, page: Page): Promise<CpuSnapshot> {
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
function cpuDelta(
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

const metricDelta = (a: CpuSnapshot, b: CpuSnapshot, name: string): number =>
  (b.metrics.get(name) ?? NaN) - (a.metrics.get(name) ?? NaN)

const readMark = (page: Page, name: string): Promise<number> =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name)

/** Resolve once the app has drawn `n` more frames (past shader compiles that a setup step caused). */
async function framesAdvance(page: Page, n: number, timeoutMs = 30_000): Promise<void> {
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
const sampleFrames = (page: Page): Promise<number[]> =>
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
async function sampleScenario(browserCdp: CDPSession, pageCdp: CDPSession, page: Page, s: Scenario, readyMs: number) {
  for (const name of s.check ?? []) await page.getByRole('checkbox', { name, exact: true }).check()
  if (s.play) await page.getByRole('button', { name: 'Play', exact: true }).click()
  // Past the first frame after a change (it compiles the new shaders), then one ordinary frame.
  if (s.check || s.play) await framesAdvance(page, 2)
  const a = await snapshot(browserCdp, pageCdp, page)
  const stamps = await sampleFrames(page)
  const b = await snapshot(browserCdp, pageCdp, page)
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
async function runSession(
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
async function timeToMark(
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
function postureMicroBench(): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/posture.ts', '--json'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`bench/posture.ts failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!)
}

/** Spread of one numeric field over runs (skipping runs where it is null). */
function spreadOf(runs: readonly FrameRun[], key: keyof FrameRun, digits = 2): Spread | null {
  const xs = runs.map((r) => r[key]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
  return xs.length ? spread(xs, digits) : null
}

function summariseScenario(s: Scenario, runs: readonly FrameRun[]) {
  const keys = Object.keys(runs[0]!) as (keyof FrameRun)[]
  return {
    what: s.what,
    query: SESSIONS.find((x) => x.scenarios.includes(s))!.query,
    ...Object.fromEntries(keys.map((k) => [k, spreadOf(runs, k)])),
    runs,
  } as { what: string; query: string; runs: readonly FrameRun[] } & Record<keyof FrameRun, Spread | null>
}

// --- 1. sizes, 2. Node micro-benchmark (no browser running yet) -----------------------------------
const app = jsSizes('dist')
const bare = jsSizes(BARE_OUT_DIR)
const models = modelSizes('public/models')
console.error('bench: sizes done; posture micro-benchmark…')
const postureNode = postureMicroBench() as {
  all: { totalUsMedian: number; totalUsP95: number; cpuUsPerUpdate: number }
  batches: { totalUsMedian: number; cpuUsPerUpdate: number }[]
}

const appServer = await startPreview()
const bareServer = await startPreview({ outDir: BARE_OUT_DIR })
const browser = await launchBrowser()
try {
  const browserCdp = await browser.newBrowserCDPSession()
  const renderer = await (async () => {
    const w = await newWatchedPage(browser)
    await w.page.goto(bareServer.url)
    const r = await w.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      const ext = gl?.getExtension('WEBGL_debug_renderer_info')
      return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'none'
    })
    await w.context.close()
    return r
  })()

  // --- 3. time to ready, interleaved ----------------------------------------------------------------
  console.error('bench: time to ready (app / bare, interleaved)…')
  const loadApp = () => timeToMark(browser, browserCdp, appServer.url, APP_MARK)
  const loadBare = () => timeToMark(browser, browserCdp, bareServer.url, BARE_MARK)
  const pair = async (appFirst: boolean) => {
    const first = await (appFirst ? loadApp() : loadBare())
    const second = await (appFirst ? loadBare() : loadApp())
    const [a, b] = appFirst ? [first, second] : [second, first]
    return { appMs: a.ms, bareMs: b.ms, appCpuMs: a.cpuMs, bareCpuMs: b.cpuMs }
  }
  const warmup = await pair(true)
  const pairs: Awaited<ReturnType<typeof pair>>[] = []
  for (let i = 0; i < READY_PAIRS; i++) pairs.push(await pair(i % 2 === 0))
  const readySpread = (key: keyof (typeof pairs)[number]) =>
    spread(
      pairs.map((p) => p[key]),
      1,
    )
  const appReady = readySpread('appMs')
  const bareReady = readySpread('bareMs')

  // --- 4. frame scenarios, round-robin --------------------------------------------------------------
  const runs = new Map<Scenario['key'], FrameRun[]>(SCENARIOS.map((s) => [s.key, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const session of SESSIONS) {
      console.error(`bench: round ${round + 1}/${ROUNDS}, ${session.scenarios.map((s) => s.key).join(' → ')}…`)
      for (const [key, run] of await runSession(browser, browserCdp, appServer.url, session)) runs.get(key)!.push(run)
    }
  }
  const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s.key, summariseScenario(s, runs.get(s.key)!)])) as Record<
    Scenario['key'],
    ReturnType<typeof summariseScenario>
  >
  const med = (k: Scenario['key'], f: keyof FrameRun) => scenarios[k][f]?.median ?? NaN
  /** A ratio taken within each round (both figures under the same machine load), then its spread. */
  const perRound = (a: Scenario['key'], b: Scenario['key'], f: keyof FrameRun) =>
    spread(
      runs.get(a)!.map((r, i) => Number(r[f]) / Number(runs.get(b)![i]![f])),
      3,
    )

  const bundleVsBareR3F = ratio(app.jsGzipBytes, bare.jsGzipBytes)
  const readyVsEmpty = ratio(appReady.median, bareReady.median)
  const result = {
    schema: 'iliopsoas-viewer bench 2',
    note:
      'Ratios (bundleVsBareR3F, readyVsEmpty and everything under "ratios") divide two figures measured in this same run ' +
      'on this machine; compare those between runs and machines, not the absolute ms. Units are in the key names; ' +
      'a Spread is {median, min, max, spreadPct = (max-min)/median, n} over repeats. See bench/README.md.',
    date: new Date().toISOString(),
    benchSeconds: NaN,
    bundleVsBareR3F,
    readyVsEmpty,
    machine: {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      chromium: browser.version(),
      renderer,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      dpr: 1,
    },
    settings: {
      rounds: ROUNDS,
      readyPairs: READY_PAIRS,
      minFramesPerWindow: MIN_FRAMES,
      minWindowMs: MIN_WINDOW_MS,
      maxWindowMs: MAX_WINDOW_MS,
      autoRotateRadPerS: ROTATE,
    },
    sizes: { app, bareR3F: bare, models },
    ready: {
      what: `navigation start → performance mark '${APP_MARK}' (app, every model drawn) / '${BARE_MARK}' (bare R3F page, first frame), fresh context each load`,
      appMs: appReady,
      bareR3FMs: bareReady,
      appCpuMs: readySpread('appCpuMs'),
      bareR3FCpuMs: readySpread('bareCpuMs'),
      warmup,
      pairs,
    },
    scenarios,
    postureUpdate: {
      inBrowserWhileAnimating: {
        msMedian: scenarios.animating.postureUpdateMsMedian,
        msP95: scenarios.animating.postureUpdateMsP95,
      },
      node: postureNode,
    },
    ratios: {
      readyCpuVsEmpty: ratio(readySpread('appCpuMs').median, readySpread('bareCpuMs').median),
      readyVsEmptyManifest: ratio(med('models', 'readyMs'), med('empty', 'readyMs')),
      modelsCpuPerFrameVsEmpty: ratio(med('models', 'cpuMsPerFrame'), med('empty', 'cpuMsPerFrame')),
      skinCpuPerFrameVsModels: ratio(med('skin', 'cpuMsPerFrame'), med('models', 'cpuMsPerFrame')),
      animatingCpuPerFrameVsStill: ratio(med('animating', 'cpuMsPerFrame'), med('still', 'cpuMsPerFrame')),
      animatingMainThreadCpuPerFrameVsStill: ratio(
        med('animating', 'mainThreadCpuMsPerFrame'),
        med('still', 'mainThreadCpuMsPerFrame'),
      ),
      postureUpdateVsAnimatingMainThreadCpuPerFrame: ratio(
        med('animating', 'postureUpdateMsMedian'),
        med('animating', 'mainThreadCpuMsPerFrame'),
      ),
      modelsFrameWallVsEmpty: ratio(med('models', 'frameWallMsMedian'), med('empty', 'frameWallMsMedian')),
      skinFrameWallVsModels: ratio(med('skin', 'frameWallMsMedian'), med('models', 'frameWallMsMedian')),
      animatingFrameWallVsStill: ratio(med('animating', 'frameWallMsMedian'), med('still', 'frameWallMsMedian')),
    },
    ratiosPerRound: {
      what: 'the same scenario ratios taken within each round, then their spread over rounds',
      readyVsEmpty: spread(
        pairs.map((p) => p.appMs / p.bareMs),
        3,
      ),
      readyCpuVsEmpty: spread(
        pairs.map((p) => p.appCpuMs / p.bareCpuMs),
        3,
      ),
      modelsCpuPerFrameVsEmpty: perRound('models', 'empty', 'cpuMsPerFrame'),
      skinCpuPerFrameVsModels: perRound('skin', 'models', 'cpuMsPerFrame'),
      animatingCpuPerFrameVsStill: perRound('animating', 'still', 'cpuMsPerFrame'),
      modelsFrameWallVsEmpty: perRound('models', 'empty', 'frameWallMsMedian'),
      skinFrameWallVsModels: perRound('skin', 'models', 'frameWallMsMedian'),
      animatingFrameWallVsStill: perRound('animating', 'still', 'frameWallMsMedian'),
    },
  }
  result.benchSeconds = round((performance.now() - started) / 1000, 1)
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/bench.json', JSON.stringify(result, null, 2) + '\n')

  // --- summary ---------------------------------------------------------------------------------------
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
  const lines = [
    `bench ${result.date}  ${result.machine.cores} cores, Chromium ${result.machine.chromium}, ${result.benchSeconds} s`,
    '',
    `JS gzip        app ${kB(app.jsGzipBytes)} (${app.files.length} files)  bare R3F ${kB(bare.jsGzipBytes)} (${bare.files.length})  bundleVsBareR3F ${bundleVsBareR3F}`,
    `  app JS       ${app.files.map((f) => `${f.file} ${kB(f.gzipBytes)}`).join(', ')}`,
    `  bare R3F JS  ${bare.files.map((f) => `${f.file} ${kB(f.gzipBytes)}`).join(', ')}`,
    `models         ${models.glbFiles} glb + manifest: ${kB(models.bytes)} raw, ${kB(models.gzipBytes)} gzip`,
    `ready ms       app ${showSpread(appReady, 0)}  bare R3F ${showSpread(bareReady, 0)}  readyVsEmpty ${readyVsEmpty}`,
    `ready CPU ms   app ${showSpread(readySpread('appCpuMs'), 0)}  bare R3F ${showSpread(readySpread('bareCpuMs'), 0)}  readyCpuVsEmpty ${result.ratios.readyCpuVsEmpty}`,
    `posture (Node) ${postureNode.all.totalUsMedian} µs median, ${postureNode.all.totalUsP95} µs p95, ${postureNode.all.cpuUsPerUpdate} µs CPU/update`,
    '',
    'median [min–max] spread% over ' + `${ROUNDS} runs`,
    [
      'scenario'.padEnd(10),
      'CPU ms/frame'.padEnd(24),
      'frame wall ms (p50)'.padEnd(24),
      'fps'.padEnd(6),
      'calls'.padEnd(6),
      'triangles'.padEnd(10),
      'posture update ms p50/p95',
    ].join(' '),
  ]
  for (const s of SCENARIOS) {
    const r = scenarios[s.key]
    lines.push(
      [
        s.key.padEnd(10),
        (r.cpuMsPerFrame ? showSpread(r.cpuMsPerFrame) : '-').padEnd(24),
        (r.frameWallMsMedian ? showSpread(r.frameWallMsMedian) : '-').padEnd(24),
        String(r.fps?.median ?? '-').padEnd(6),
        String(r.drawCallsPerFrame?.median ?? '-').padEnd(6),
        String(r.trianglesPerFrame?.median ?? '-').padEnd(10),
        r.postureUpdateMsMedian ? `${r.postureUpdateMsMedian.median} / ${r.postureUpdateMsP95?.median}` : '-',
      ].join(' '),
    )
  }
  lines.push('', 'ratios (same run): ' + JSON.stringify(result.ratios))
  lines.push('per-round ratios, median [min–max] spread%:')
  for (const [k, v] of Object.entries(result.ratiosPerRound))
    if (typeof v !== 'string') lines.push(`  ${k.padEnd(28)} ${showSpread(v, 3)}`)
  console.log(lines.join('\n'))
  console.log('\nwritten: bench-results/bench.json')
} finally {
  await browser.close()
  await appServer.server.close()
  await bareServer.server.close()
}
