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
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { launchBrowser, newWatchedPage, startPreview } from '../tools/harness'
import { jsSizes, modelSizes } from './bench-sizes'
import { ratio, round, showSpread, spread } from './bench-stats'
import {
  APP_MARK,
  BARE_MARK,
  BARE_OUT_DIR,
  MAX_WINDOW_MS,
  MIN_FRAMES,
  MIN_WINDOW_MS,
  READY_PAIRS,
  ROTATE,
  ROUNDS,
  VIEWPORT,
} from './bench-config'
import { SCENARIOS, SESSIONS, summariseScenario, type FrameRun, type Scenario } from './bench-scenarios'
import { postureMicroBench, runSession, timeToMark } from './bench-measure'

const started = performance.now()

// --- 1. sizes, 2. Node micro-benchmark (no browser running yet) -----------------------------------
const app = jsSizes('dist')
const bare = jsSizes(BARE_OUT_DIR)
const models = modelSizes('public/models')
console.error('bench: sizes done; posture micro-benchmark…')
const postureNode = postureMicroBench() as {
  all: { totalUsMedian: number; totalUsP95: number; cpuUsPerUpdate: number; loftUsMedian: number; loftUsP95: number }
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
      presentCpuPerFrameVsBare: ratio(med('present', 'cpuMsPerFrame'), med('presentBare', 'cpuMsPerFrame')),
      presentFrameWallVsBare: ratio(med('present', 'frameWallMsMedian'), med('presentBare', 'frameWallMsMedian')),
      presentCpuPerFrameVsClosed: ratio(med('present', 'cpuMsPerFrame'), med('closed', 'cpuMsPerFrame')),
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
      presentCpuPerFrameVsBare: perRound('present', 'presentBare', 'cpuMsPerFrame'),
      presentCpuPerFrameVsClosed: perRound('present', 'closed', 'cpuMsPerFrame'),
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
    `posture (Node) ${postureNode.all.totalUsMedian} µs median, ${postureNode.all.totalUsP95} µs p95, ${postureNode.all.cpuUsPerUpdate} µs CPU/update; exact loft ${postureNode.all.loftUsMedian} / ${postureNode.all.loftUsP95} µs`,
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
