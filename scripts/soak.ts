/**
 * `npm run soak`: the full-size hostile runs that `npm test` makes in bounded form.
 *
 * 1. links: 1,000 fuzzed links (900 typed into the address bar of one page, 100 opened as fresh
 *    pages with hostile queries such as `models=//evil.example/x`): no page error, no request to
 *    another host, the normal app or a notice each time;
 * 2. monkey: 10,000 seeded random UI actions: no console error, still answering;
 * 3. soak: posture cycles with toggles for 10 minutes (after a warm-up): renderer resources
 *    unchanged, heap growth under 5 %.
 *
 * Not part of `npm test` (about 45 minutes on two cores). Writes bench-results/soak.json; exits
 * non-zero if any run failed. `--only links|monkey|soak` runs one; `--minutes N` changes part 3.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { launchBrowser, newWatchedPage, openReady, startPreview } from '../tools/harness'
import {
  foreignRequests,
  fuzzedHashes,
  fuzzedQueries,
  screenSettled,
  seeded,
  setHashes,
  watchPage,
  type PageWatch,
} from '../tools/linkStates'
import { monkey, tameThePage, tallyTotal } from '../tools/monkey'
import { held, soak, type Held } from '../tools/soak'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const only = arg('only')
const minutes = Number(arg('minutes') ?? 10)
const LINKS = 1000
const FRESH = 100
const ACTIONS = 10_000

const { server, url } = await startPreview()
const origin = new URL(url).origin
const browser = await launchBrowser()
const results: Record<string, unknown> = {}
let failed = false

/** The app as it should be after any link: drawn, no error panel. Returns what is wrong, or null. */
async function appProblem(page: Page): Promise<string | null> {
  if ((await page.locator('[data-testid="canvas-container"]').getAttribute('data-ready')) !== 'true') return 'not ready'
  if ((await page.locator('[role="alert"]').count()) > 0) return 'an alert is shown'
  return null
}

async function links(): Promise<void> {
  const t0 = performance.now()
  const hashes = fuzzedHashes(seeded(9001), LINKS)
  const queries = fuzzedQueries(seeded(9002), FRESH)
  const watch: PageWatch = { errors: [], requests: [] }
  const problems: string[] = []
  const context = await browser.newContext({
    viewport: { width: 640, height: 480 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  watchPage(page, watch)
  await openReady(page, `${url}?aa=0`)
  for (let i = 0; i < LINKS - FRESH; i += 50) {
    await setHashes(page, hashes.slice(i, Math.min(i + 50, LINKS - FRESH)))
    await screenSettled(page)
    const p = await appProblem(page)
    if (p) problems.push(`hashes ${i}…: ${p}`)
  }
  await page.close()
  for (let i = 0; i < FRESH; i++) {
    const p = await context.newPage()
    watchPage(p, watch)
    try {
      await openReady(p, `${url}?aa=0&${queries[i]!}#${hashes[LINKS - FRESH + i]!}`)
      await screenSettled(p, 120)
      const problem = await appProblem(p)
      if (problem) problems.push(`fresh ${i}: ${problem}`)
    } catch (e) {
      problems.push(`fresh ${i}: ${(e as Error).message.split('\n')[0]}`)
    } finally {
      await p.close()
    }
  }
  await context.close()
  const foreign = foreignRequests(watch, origin)
  const ok = problems.length === 0 && watch.errors.length === 0 && foreign.length === 0
  results.links = {
    ok,
    links: LINKS,
    freshPages: FRESH,
    requests: watch.requests.length,
    foreignRequests: foreign.length,
    errors: watch.errors.slice(0, 20),
    problems: problems.slice(0, 20),
    seconds: Math.round((performance.now() - t0) / 1000),
  }
  failed ||= !ok
}

async function monkeyRun(): Promise<void> {
  const t0 = performance.now()
  const w = await newWatchedPage(browser, { width: 640, height: 480 })
  let problem: string | null
  let tally = null
  try {
    await tameThePage(w.page)
    await openReady(w.page, `${url}?aa=0`)
    tally = await monkey(w.page, seeded(4242), ACTIONS, {
      breath: 50,
      onBreath: async (done) => {
        if (done % 1000 < 50) console.log(`monkey: ${done} actions, ${w.consoleErrors.length} errors`)
      },
    })
    problem = await appProblem(w.page)
  } catch (e) {
    problem = (e as Error).message.split('\n')[0]!
  }
  const foreign = [...w.requestOrigins].filter((o) => o !== origin)
  await w.context.close()
  const ok = problem === null && w.consoleErrors.length === 0 && foreign.length === 0
  results.monkey = {
    ok,
    actions: tally ? tallyTotal(tally) : 0,
    tally,
    errors: w.consoleErrors.slice(0, 20),
    foreignOrigins: foreign,
    problem,
    seconds: Math.round((performance.now() - t0) / 1000),
  }
  failed ||= !ok
}

async function soakRun(): Promise<void> {
  const t0 = performance.now()
  const w = await newWatchedPage(browser, { width: 640, height: 480 })
  const samples: (Held & { minute: number; cycles: number })[] = []
  let cycles = 0
  let problem: string | null = null
  try {
    await openReady(w.page, `${url}?aa=0`)
    const cdp = await w.context.newCDPSession(w.page)
    const r = seeded(77)
    await soak(w.page, r, 60)
    const start = performance.now()
    samples.push({ ...(await held(w.page, cdp)), minute: 0, cycles })
    let nextSample = 1
    while (performance.now() - start < minutes * 60_000) {
      await soak(w.page, r, 10)
      cycles += 10
      const minute = (performance.now() - start) / 60_000
      if (minute >= nextSample) {
        samples.push({ ...(await held(w.page, cdp)), minute: Math.round(minute * 10) / 10, cycles })
        console.log(`soak: ${JSON.stringify(samples.at(-1))}`)
        nextSample++
      }
    }
    samples.push({ ...(await held(w.page, cdp)), minute: minutes, cycles })
  } catch (e) {
    problem = (e as Error).message.split('\n')[0]!
  }
  await w.context.close()
  const first = samples[0]
  const last = samples.at(-1)
  const same = (a: Held, b: Held) =>
    a.geometries === b.geometries && a.textures === b.textures && a.programs === b.programs
  const growth = first && last ? last.heap / first.heap - 1 : NaN
  const ok =
    problem === null && w.consoleErrors.length === 0 && !!first && samples.every((s) => same(s, first)) && growth < 0.05
  results.soak = {
    ok,
    minutes,
    cycles,
    heapGrowthPercent: Math.round(growth * 1000) / 10,
    samples,
    errors: w.consoleErrors.slice(0, 20),
    problem,
    seconds: Math.round((performance.now() - t0) / 1000),
  }
  failed ||= !ok
}

try {
  if (!only || only === 'links') await links()
  if (!only || only === 'monkey') await monkeyRun()
  if (!only || only === 'soak') await soakRun()
} finally {
  await browser.close()
  await server.close()
}
mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/soak.json', `${JSON.stringify(results, null, 2)}\n`)
console.log(JSON.stringify(results, null, 2))
console.log(failed ? 'soak: FAILED' : 'soak: all runs clean')
process.exit(failed ? 1 : 0)
