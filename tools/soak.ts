/**
 * A long clinic day, compressed: posture cycles with something toggled on every one (pain
 * patterns, layers, sides, views, present mode and the story), and what the page holds read
 * before and after (GPU-side geometries, textures and shader programs; the JavaScript heap after
 * a full garbage collection). Shared by the bounded browser test and `npm run soak`.
 */
import type { CDPSession, Page } from 'playwright-core'
import { openPanel, waitInPage } from './harness'

/** What the page holds: three.js's counts of live GPU resources and the heap after a collection. */
export interface Held {
  readonly geometries: number
  readonly textures: number
  readonly programs: number
  /** Bytes of JavaScript heap in use after a forced full collection. */
  readonly heap: number
}

/** Read what the page holds now; `cdp` is the page's DevTools session (for the collection). */
export async function held(page: Page, cdp: CDPSession): Promise<Held> {
  // Two collections: the first can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const info = (await page.evaluate(`window.__anatomyViewer.renderInfo()`)) as Omit<Held, 'heap'>
  return { geometries: info.geometries, textures: info.textures, programs: info.programs, heap: usedSize }
}

/** Resolve once the 3D view has drawn a frame after now (the on-demand loop draws when asked). */
async function nextRender(page: Page): Promise<void> {
  const now = (await page.evaluate(`window.__anatomyViewer.renders()`)) as number
  await waitInPage(page, `window.__anatomyViewer.renders() > ${now} || !window.__anatomyViewer.pending()`, 20_000)
}

/**
 * Clicks without Playwright's wait for the element to hold still over two animation frames: a
 * software-rendered frame is slow, and the soak is about what the page holds, not about pointing.
 */
const FAST = { force: true } as const

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!

const PATTERNS = [
  'Iliopsoas',
  'Quadratus lumborum',
  'Gluteus medius',
  'Gluteus minimus',
  'Tensor fasciae latae',
  'Rectus femoris',
  'Sartorius',
] as const

/** One toggle of the many a clinician makes during a day, chosen by `r`. Leaves present mode if it was on. */
async function toggleSomething(page: Page, r: () => number, which: number): Promise<void> {
  if (which === 0) {
    await openPanel(page, 'Pain')
    await page.getByRole('checkbox', { name: `Pain pattern: ${pick(r, PATTERNS)}` }).click(FAST)
  } else if (which === 1) {
    await openPanel(page, 'Layers')
    await page.getByRole('checkbox', { name: pick(r, ['Skin', 'Muscles', 'Discs']), exact: true }).click(FAST)
  } else if (which === 2) {
    await openPanel(page, 'Pain')
    const group = page.getByRole('radiogroup', { name: 'Pain side' })
    await group.getByRole('radio', { name: pick(r, ['Left', 'Right', 'Both']), exact: true }).check(FAST)
  } else if (which === 3) {
    await page.locator('canvas').focus()
    await page.keyboard.press(pick(r, ['1', '2', '3', '4', '5', '6', '0']))
  } else if (which === 4) {
    await openPanel(page, 'Posture')
    const group = page.getByRole('radiogroup', { name: 'Muscle side' })
    await group.getByRole('radio', { name: pick(r, ['Left', 'Right', 'Both']), exact: true }).check(FAST)
  } else if (which === 5) {
    // Present the story a few steps in, and out again.
    await page.getByRole('button', { name: 'Present', exact: true }).click(FAST)
    await page.getByRole('button', { name: /^(Story|Resume story)$/ }).click(FAST)
    const steps = 1 + Math.floor(r() * 4)
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('ArrowRight')
      await nextRender(page)
    }
    await page.getByRole('button', { name: 'Done', exact: true }).click(FAST)
  }
}

/**
 * `cycles` posture cycles (sit, then stand), each with one toggle. Most jump between the poses
 * (the window reports reduced motion), so hundreds fit in a test; every `animatedEvery`-th glides
 * at full speed instead, so the per-frame rig, muscles and skin run through every pose between.
 */
export async function soak(
  page: Page,
  r: () => number,
  cycles: number,
  options: {
    animatedEvery?: number
    onCycle?: (done: number) => Promise<void>
    /** Which toggles to take turns with (0 patterns … 5 present and story; 6 none); all by default. */
    toggles?: readonly number[]
  } = {},
): Promise<void> {
  const animatedEvery = options.animatedEvery ?? 20
  const toggles = options.toggles ?? [0, 1, 2, 3, 4, 5]
  // The fastest speed the Posture panel offers: a glide then takes 1.25 s each way.
  await openPanel(page, 'Posture')
  await page.getByLabel('Speed').selectOption('2')
  const sitting = (amount: number) =>
    waitInPage(
      page,
      `(() => { const p = window.__anatomyViewer.state().posture; return p.goal === null && p.amount === ${amount} })()`,
    )
  for (let c = 0; c < cycles; c++) {
    const animated = c % animatedEvery === animatedEvery - 1
    if (animated) await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.getByRole('button', { name: 'Sit', exact: true }).first().click(FAST)
    await sitting(1)
    await nextRender(page)
    await toggleSomething(page, r, toggles[c % toggles.length]!)
    await page.getByRole('button', { name: 'Stand', exact: true }).first().click(FAST)
    await sitting(0)
    await nextRender(page)
    if (animated) await page.emulateMedia({ reducedMotion: 'reduce' })
    await options.onCycle?.(c + 1)
  }
}
