import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import {
  canvasPixels,
  diffFraction,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  type WatchedPage,
} from '../../tools/harness'
import { storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** A short description of the focused element: its role-ish tag and its name. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'body'
    const input = el as HTMLInputElement
    const name =
      el.getAttribute('aria-label') ??
      (input.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
    return `${el.tagName.toLowerCase()}${input.type ? `[${input.type}]` : ''}: ${name}`
  })

/** Every control a user can reach on screen now (visible, enabled, not inside a closed dialog). */
const reachable = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const els = [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), a[href]',
      ),
    ]
    const out: string[] = []
    for (const el of els) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || (el as HTMLButtonElement).disabled) continue
      if (el.closest('dialog:not([open])')) continue
      // A radio group is one stop: only its checked radio is in the tab order.
      const input = el as HTMLInputElement
      if (input.type === 'radio' && !input.checked) continue
      const name =
        el.getAttribute('aria-label') ??
        (input.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
      out.push(`${el.tagName.toLowerCase()}${input.type ? `[${input.type}]` : ''}: ${name}`)
    }
    return out
  })

const view = async (page: Page) => (await storeState<AppState>(page)).viewer.view

describe('keyboard only', () => {
  let w: WatchedPage
  beforeAll(async () => {
    w = await newWatchedPage(suite.browser)
    await openReady(w.page, `${suite.url}?aa=0`)
  })
  afterAll(() => w.context.close())

  it('reaches every control on screen with Tab, the 3D view included', async () => {
    const page = w.page
    const want = new Set(await reachable(page))
    expect(want.size).toBeGreaterThan(15)
    const seen = new Set<string>()
    for (let i = 0; i < 120 && seen.size < want.size + 5; i++) {
      await page.keyboard.press('Tab')
      seen.add(await focused(page))
    }
    expect([...want].filter((c) => !seen.has(c))).toEqual([])
    expect([...seen].some((c) => c.startsWith('div: 3D model'))).toBe(true)
  })

  it('opens a panel from its tab with Enter, and view keys work after ticking a layer', async () => {
    const page = w.page
    const tab = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Layers', exact: true })
    if ((await tab.getAttribute('aria-expanded')) === 'true') {
      await tab.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => tab.getAttribute('aria-expanded')).toBe('false')
    }
    await tab.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => tab.getAttribute('aria-expanded')).toBe('true')
    const landmarks = page.getByRole('checkbox', { name: 'Landmarks', exact: true })
    await landmarks.focus()
    await page.keyboard.press('Space')
    expect(await landmarks.isChecked()).toBe(true)
    // Focus is still on the checkbox: the number keys choose views all the same.
    await page.keyboard.press('1')
    await expect.poll(() => view(page)).toBe('Anterior')
    await page.keyboard.press('3')
    await expect.poll(() => view(page)).toBe('Left')
    expect(await focused(page)).toBe('input[checkbox]: Landmarks')
    await page.keyboard.press('Space')
    expect(await landmarks.isChecked()).toBe(false)
    await settled(page)
  })

  it('leaves the arrows to a focused slider, and turns the model with them from the 3D view', async () => {
    const page = w.page
    await page.keyboard.press('1')
    await settled(page)
    await openPanel(page, 'Posture')
    const slider = page.getByRole('slider', { name: 'Posture' })
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slider.inputValue()).not.toBe('0')
    expect(await view(page)).toBe('Anterior') // the camera stayed
    await page.keyboard.press('Home')
    await expect.poll(() => slider.inputValue()).toBe('0')
    await settled(page, 500)
    // The 3D view takes focus, and the arrows turn the model from there.
    await page.getByTestId('canvas-container').focus()
    expect(await focused(page)).toMatch(/^div: 3D model/)
    const before = await canvasPixels(page)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => view(page)).toBeNull()
    await settled(page)
    expect(diffFraction(before, await canvasPixels(page))).toBeGreaterThan(0.01)
    await page.keyboard.press('0')
    await settled(page)
  })

  it('opens the help sheet from "?", closes it with Esc, and gives focus back', async () => {
    const page = w.page
    const help = page.getByRole('button', { name: 'Help: gestures and keys', exact: true })
    await help.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Moving the model' })
    await dialog.waitFor({ state: 'visible' })
    expect(await dialog.textContent()).toContain('Pinch to zoom')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await focused(page)).toBe('button[button]: Help: gestures and keys')
    // The dialog's close event arrives a task later: the store follows it.
    await expect.poll(async () => (await storeState<AppState>(page)).screen.helpOpen).toBe(false)
  })

  it('shows one focus style on every kind of control', async () => {
    const page = w.page
    const ring = async (locator: ReturnType<Page['locator']>) => {
      await locator.focus()
      // Keyboard focus: `:focus-visible` applies after a key press, as it does for a real user.
      await page.keyboard.press('Shift')
      return locator.evaluate((el) => {
        const s = getComputedStyle(el)
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`
      })
    }
    await openPanel(page, 'Posture')
    const rings = {
      tab: await ring(page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Posture' })),
      view: await ring(page.getByRole('button', { name: 'Front', exact: true })),
      bar: await ring(page.getByRole('button', { name: 'Sit', exact: true })),
      slider: await ring(page.getByRole('slider', { name: 'Posture' })),
      menu: await ring(page.getByRole('combobox', { name: 'Speed' })),
      radio: await ring(page.getByRole('radiogroup', { name: 'Muscle side' }).getByRole('radio', { name: 'Both' })),
      view3d: await ring(page.getByTestId('canvas-container')),
    }
    expect(rings.tab).toMatch(/^solid 3px /)
    for (const [kind, r] of Object.entries(rings)) expect(r, kind).toBe(rings.tab)
    expect(w.consoleErrors).toEqual([])
  })
})
