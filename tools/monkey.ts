/**
 * A seeded monkey: random but repeatable UI actions on the running app (clicks on any control,
 * canvas drags and wheels, keys, typing, the occasional resize), as a hurried or curious user
 * would make them. Shared by the bounded browser test and `npm run soak`'s full-size run.
 */
import type { Page } from 'playwright-core'

/** What the monkey did, by kind. */
export interface MonkeyTally {
  clicks: number
  sliders: number
  typed: number
  keys: number
  drags: number
  wheels: number
  resizes: number
}

/** A control the monkey may press: its centre and size in page px, and what it is. */
interface Target {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly kind: 'range' | 'text' | 'other'
}

/** Keys a user might press: the view keys, zoom, arrows, present, help, Esc, Tab, paging. */
const KEYS = [
  '0', '1', '2', '3', '4', '5', '6', '+', '-', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown',
  'Escape', 'p', '?', 'Tab', 'Shift+Tab', 'Space', 'Enter', 'PageDown', 'PageUp', 'Home', 'End',
] // prettier-ignore

/** Window sizes to jump between now and then: small ones mostly, as software frames are cheaper there. */
export const MONKEY_SIZES = [
  { width: 640, height: 480 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 900, height: 600 },
] as const

/**
 * Replace what would leave the page or block it: printing (the dialog) becomes a no-op that
 * fires `afterprint`, as closing the dialog does. Call before the app loads.
 */
export async function tameThePage(page: Page): Promise<void> {
  // Source text, as everything this file sends to the page (see `settled` in harness.ts).
  await page.addInitScript(`window.print = () => window.dispatchEvent(new Event('afterprint'))`)
}

/** Every visible, enabled control on the page (never a link: it might leave the app). */
async function targets(page: Page): Promise<Target[]> {
  // Sent as source text (see `settled` in harness.ts).
  return (await page.evaluate(`(() => {
    const out = []
    const vw = innerWidth, vh = innerHeight
    for (const el of document.querySelectorAll('button, input, textarea, summary, [role="tab"], [role="radio"], label')) {
      if (el.closest('a[href]') || el.disabled) continue
      const r = el.getBoundingClientRect()
      if (r.width < 2 || r.height < 2 || r.right < 0 || r.bottom < 0 || r.left > vw || r.top > vh) continue
      const type = el.tagName === 'INPUT' ? el.type : ''
      const kind = type === 'range' ? 'range' : type === 'text' || type === 'search' || el.tagName === 'TEXTAREA' ? 'text' : 'other'
      out.push({ x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height, kind })
    }
    return out
  })()`)) as Target[]
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!

/** The canvas's box on the page, or null while there is none. */
async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return (await page.evaluate(`(() => {
    const c = document.querySelector('canvas')
    if (!c) return null
    const r = c.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  })()`)) as { x: number; y: number; width: number; height: number } | null
}

/**
 * Wait for the page to draw one more frame (an animation frame and the 3D view's counter moving
 * on, or nothing left to draw): proof it still answers. Rejects after `timeout` ms.
 */
export async function answers(page: Page, timeout = 20_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page drew no frame for ${timeout} ms`)), timeout)
  })
  try {
    await Promise.race([page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => resolve(true)))`), late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Make `count` random actions. Every `breath` actions it waits for a frame, so the app is given
 * time to catch up and a hang is caught near where it began; `onBreath` can check the page then.
 */
export async function monkey(
  page: Page,
  r: () => number,
  count: number,
  options: { breath?: number; onBreath?: (done: number) => Promise<void> } = {},
): Promise<MonkeyTally> {
  const breath = options.breath ?? 25
  const tally: MonkeyTally = { clicks: 0, sliders: 0, typed: 0, keys: 0, drags: 0, wheels: 0, resizes: 0 }
  let list: Target[] = []
  let breathed = 0
  for (let done = 0; done < count; done = tallyTotal(tally)) {
    if (done >= breathed + breath) {
      breathed = done
      await answers(page)
      await options.onBreath?.(done)
    }
    // The controls change with every panel and mode; look again now and then.
    if (done % 4 === 0 || list.length === 0) list = await targets(page)
    // A window with no control to press (a dialog's backdrop, say) still gets keys and drags.
    const kind = r()
    if (kind < 0.45 && list.length > 0) {
      const t = pick(r, list)
      if (t.kind === 'range') {
        await page.mouse.click(t.x - t.w / 2 + r() * t.w, t.y)
        tally.sliders++
      } else if (t.kind === 'text') {
        await page.mouse.click(t.x, t.y)
        await page.keyboard.type(pick(r, ['Sam', 'Ö ñ ✓', '<b>x</b>', '"; drop', '']))
        tally.typed++
      } else {
        await page.mouse.click(t.x, t.y)
        tally.clicks++
      }
    } else if (kind < 0.7) {
      await page.keyboard.press(pick(r, KEYS))
      tally.keys++
    } else if (kind < 0.92) {
      const box = await canvasBox(page)
      if (!box) continue
      const at = () => ({ x: box.x + 10 + r() * (box.width - 20), y: box.y + 10 + r() * (box.height - 20) })
      const a = at()
      const b = at()
      const button = r() < 0.8 ? 'left' : 'right'
      await page.mouse.move(a.x, a.y)
      await page.mouse.down({ button })
      for (let k = 1; k <= 3; k++) await page.mouse.move(a.x + ((b.x - a.x) * k) / 3, a.y + ((b.y - a.y) * k) / 3)
      await page.mouse.up({ button })
      tally.drags++
    } else if (kind < 0.985) {
      const box = await canvasBox(page)
      if (!box) continue
      await page.mouse.move(box.x + r() * box.width, box.y + r() * box.height)
      await page.mouse.wheel(0, (r() - 0.5) * 600)
      tally.wheels++
    } else {
      await page.setViewportSize(pick(r, MONKEY_SIZES))
      tally.resizes++
      list = []
    }
  }
  await answers(page)
  return tally
}

/** All actions in a tally. */
export const tallyTotal = (t: MonkeyTally): number => Object.values(t).reduce((a, b) => a + b, 0)
