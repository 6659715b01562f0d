import type { Page } from 'playwright-core'
import { waitInPage } from './harness'

/** A box of the UI on the page, in CSS pixels. */
export interface UiBox {
  readonly name: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** What the screen looks like now: the open UI boxes, and how much of the window shows the 3D view. */
export interface ScreenLayout {
  readonly layout: string
  readonly boxes: readonly UiBox[]
  /** Share of the window's area where the 3D view is seen (canvas not covered by any box), 0–1. */
  readonly viewShare: number
}

/**
 * Read the layout from the page. A UI box is an element marked `data-ui-box` that is shown and not
 * inside another one (a sheet's content is part of the sheet). The view share is counted on a
 * 2-pixel grid: a cell counts when it lies on the canvas and under no box.
 */
export async function readScreenLayout(page: Page): Promise<ScreenLayout> {
  // Sent as source text, like `settled` in harness.ts: nothing a transpiler adds may reach the page.
  return (await page.evaluate(`(() => {
    const all = [...document.querySelectorAll('[data-ui-box]')]
    const top = all.filter((el) => !el.parentElement.closest('[data-ui-box]'))
    const boxes = []
    for (const el of top) {
      const r = el.getBoundingClientRect()
      const st = getComputedStyle(el)
      if (r.width < 1 || r.height < 1 || st.visibility === 'hidden' || st.display === 'none') continue
      const name = (el.getAttribute('aria-label') || el.className || el.tagName).toString()
      boxes.push({ name, x: r.x, y: r.y, width: r.width, height: r.height })
    }
    const c = document.querySelector('canvas').getBoundingClientRect()
    const W = window.innerWidth, H = window.innerHeight, step = 2
    let seen = 0, cells = 0
    for (let y = step / 2; y < H; y += step) {
      for (let x = step / 2; x < W; x += step) {
        cells++
        if (x < c.left || x > c.right || y < c.top || y > c.bottom) continue
        if (boxes.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height)) continue
        seen++
      }
    }
    return { layout: document.querySelector('.app').dataset.layout, boxes, viewShare: seen / cells }
  })()`)) as ScreenLayout
}

/** Pairs of boxes that overlap by more than a pixel each way (none is the goal). */
export function overlappingPairs(boxes: readonly UiBox[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
      if (w > 1 && h > 1) pairs.push([a.name, b.name])
    }
  return pairs
}

/** The five screens the clinic uses, as the issue lists them. */
export const CLINIC_SCREENS = [
  { width: 1920, height: 1080, label: 'desk, large', touch: false, mobile: false },
  { width: 1280, height: 720, label: 'desk', touch: false, mobile: false },
  { width: 1024, height: 768, label: 'small desk or landscape tablet', touch: false, mobile: false },
  { width: 768, height: 1024, label: 'upright tablet', touch: true, mobile: false },
  { width: 390, height: 844, label: 'phone', touch: true, mobile: true },
] as const

/** A page rectangle in CSS pixels. */
export type Rect = { left: number; top: number; right: number; bottom: number }

/**
 * A copy of the app's store, through the screen probe. Typed by the caller (tests pass the app's
 * `AppState`; tools may not import the store).
 */
export const storeState = <T = { viewer: { hoveredId: string | null } }>(page: Page): Promise<T> =>
  page.evaluate(`window.__anatomyViewer.state()`) as Promise<T>

/** The page rectangle a structure covers on screen (its world bounds, projected). */
export async function screenBounds(page: Page, id: string): Promise<Rect> {
  const r = (await page.evaluate(`window.__anatomyViewer.screenBounds(${JSON.stringify(id)})`)) as Rect | null
  if (!r) throw new Error(`${id} is not in the scene`)
  return r
}

/**
 * A point where the pointer names `id` (hover, read from the store), searched in rings out from
 * the centre of its screen bounds; a finger can then tap there.
 */
export async function pointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  const b = await screenBounds(page, id)
  const c = { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 }
  for (let r = 0; r <= 80; r += 8)
    for (let k = 0; k < Math.max(1, Math.round(r / 2)); k++) {
      const a = (2 * Math.PI * k) / Math.max(1, Math.round(r / 2))
      // Whole pixels: a tap lands on a whole pixel, so the point tested by hover must be one too
      // (a fraction on a structure's edge can round onto what lies behind it).
      const p = { x: Math.round(c.x + r * Math.cos(a)), y: Math.round(c.y + r * Math.sin(a)) }
      await page.mouse.move(p.x, p.y)
      if ((await storeState(page)).viewer.hoveredId === id) return p
    }
  throw new Error(`no point on screen names ${id}`)
}

/** Wait until the posture has arrived at `amount` (0 standing, 1 fully in the target pose), read from the store. */
export async function waitForPosture(page: Page, amount: number): Promise<void> {
  await waitInPage(page, `window.__anatomyViewer.state().posture.amount === ${Number(amount)}`)
}
