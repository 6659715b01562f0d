import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { canvasPixels, litStats, newWatchedPage, openReady, settled, type WatchedPage } from '../../tools/harness'
import { CLINIC_SCREENS, overlappingPairs, readScreenLayout } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** Accessibility problems axe-core rates serious or critical, as "rule: target" lines. */
async function seriousViolations(w: WatchedPage): Promise<string[]> {
  const result = await new AxeBuilder({ page: w.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

/** Tap (touch screens) or click at a point, as the user would. */
async function press(w: WatchedPage, touch: boolean, x: number, y: number): Promise<void> {
  if (touch) await w.page.touchscreen.tap(x, y)
  else await w.page.mouse.click(x, y)
}

describe.each(CLINIC_SCREENS)('at $width×$height ($label)', ({ width, height, touch, mobile }) => {
  it('opens every panel from its tab, with no boxes overlapping, at least 55% of the window on the model, and no serious accessibility problem', async () => {
    const w = await newWatchedPage(suite.browser, { width, height }, { hasTouch: touch, isMobile: mobile })
    try {
      await openReady(w.page, `${suite.url}?aa=0`)
      const expected = width >= 900 ? 'desk' : width < 560 ? 'phone' : 'tablet'
      expect((await readScreenLayout(w.page)).layout).toBe(expected)
      expect(litStats(await canvasPixels(w.page)).fraction, 'the models are drawn').toBeGreaterThan(0.02)
      const tabs = w.page.locator('.tabs .tab')
      const names = await tabs.allTextContents()
      expect(names).toEqual(
        expected === 'phone'
          ? ['Views', 'Layers', 'Posture', 'Pain', 'Explain']
          : ['Layers', 'Posture', 'Pain', 'Explain'],
      )
      for (const name of names) {
        const tab = w.page.locator('.tabs .tab', { hasText: name })
        const b = (await tab.boundingBox())!
        const cx = b.x + b.width / 2
        const cy = b.y + b.height / 2
        expect(cx).toBeGreaterThan(0)
        expect(cy).toBeLessThan(height)
        // The element a finger lands on at the tab's centre is the tab itself, not something over it.
        const hit = await w.page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.tab')?.textContent ?? null,
          [cx, cy],
        )
        expect(hit, `${name} at its centre`).toBe(name)
        // Open it (a desk starts with Layers open: then the tab is already expanded).
        if ((await tab.getAttribute('aria-expanded')) !== 'true') await press(w, touch, cx, cy)
        await expect.poll(() => tab.getAttribute('aria-expanded')).toBe('true')
        await expect.poll(() => w.page.locator('.sheet').isVisible()).toBe(true)
        await settled(w.page)
        const screen = await readScreenLayout(w.page)
        expect(overlappingPairs(screen.boxes), `${name} open`).toEqual([])
        for (const box of screen.boxes) {
          expect(box.x, box.name).toBeGreaterThanOrEqual(0)
          expect(box.y, box.name).toBeGreaterThanOrEqual(0)
          expect(box.x + box.width, box.name).toBeLessThanOrEqual(width + 0.5)
          expect(box.y + box.height, box.name).toBeLessThanOrEqual(height + 0.5)
        }
        expect(screen.viewShare, `3D view share with ${name} open`).toBeGreaterThanOrEqual(0.55)
        expect(await seriousViolations(w), `accessibility with ${name} open`).toEqual([])
      }
      // The page itself never scrolls: each panel scrolls inside itself.
      const overflow = await w.page.evaluate(() => [
        document.documentElement.scrollWidth - window.innerWidth,
        document.documentElement.scrollHeight - window.innerHeight,
      ])
      expect(overflow).toEqual([0, 0])
      expect(w.consoleErrors).toEqual([])
    } finally {
      await w.context.close()
    }
  })
})
