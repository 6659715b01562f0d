import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../tools/securityPolicy'
import { canvasPixels, dragThrough, litStats, newWatchedPage, openPanel, settled } from '../../tools/harness'
import { paraspinalStroke } from '../../tools/painStrokes'
import { browserSuite } from './suite'

const suite = browserSuite()

/** What a `securitypolicyviolation` event tells, kept by the page from before its first script runs. */
interface Violation {
  readonly directive: string
  readonly blocked: string
  readonly sample: string
}

/** Count every policy violation the page reports, from the very start (an init script runs before the app's). */
async function countViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Violation[] = []
    ;(window as unknown as { __violations: Violation[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    )
  })
}
const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)

describe('the shipped security policy', () => {
  it('is sent as headers and in the page, and the whole app works under it with no violation', async () => {
    const w = await newWatchedPage(suite.browser)
    const page = w.page
    try {
      await countViolations(page)
      const response = await page.goto(`${suite.url}?aa=0`)
      const headers = response!.headers()
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name.toLowerCase()], name).toBe(value)
      expect(CSP_HEADER).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect(CSP_HEADER).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/)
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(CSP_META)
      await page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      // The models are in: the WebAssembly decoder ran under the policy.
      expect(litStats(await canvasPixels(page)).fraction).toBeGreaterThan(0.02)

      // Everything that makes pictures, styles or downloads: posture, patterns, painting, the
      // story in present mode, a saved image, the handout (a lazily loaded chunk with blob pictures).
      await page.getByRole('button', { name: 'Sit', exact: true }).first().click()
      await openPanel(page, 'Pain')
      await page.getByRole('checkbox', { name: 'Pain pattern: Iliopsoas' }).check()
      await page.getByRole('button', { name: 'Back', exact: true }).click()
      await settled(page, 400)
      await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
      await dragThrough(page, await paraspinalStroke(page, -35, 4))
      await page.getByRole('button', { name: 'Done painting', exact: true }).click()
      await openPanel(page, 'Explain')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Save image', exact: true }).click()
      expect((await download).suggestedFilename()).toMatch(/\.png$/)
      for (const id of ['half_kneeling_stretch', 'standing_hip_flexion'])
        await page.locator(`[data-exercise="${id}"]`).getByRole('checkbox', { name: 'On the handout' }).check()
      await page.evaluate(`window.print = () => {}`)
      await page.getByRole('button', { name: 'Print handout', exact: true }).click()
      await page.waitForSelector('.handout-print[data-ready="true"]', { state: 'attached' })
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
      await page.getByRole('button', { name: 'Present', exact: true }).click()
      await page.getByRole('button', { name: 'Story', exact: true }).click()
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Escape')
      await settled(page)

      expect(await violations(page)).toEqual([])
      expect(w.consoleErrors).toEqual([])

      // The policy is live, and the count can fail: an inline style and `eval` are refused and counted
      // (by both copies of the policy, the header's and the meta tag's).
      await page.evaluate(() => {
        const style = document.createElement('style')
        style.textContent = 'body { outline: 1px solid red }'
        document.head.append(style)
      })
      // A timer given source text is `eval` by another name, run by the page itself; so is an inline script.
      await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.__inlineRan = true'
        document.head.append(script)
        ;(setTimeout as (code: string, ms: number) => number)('window.__evalRan = true', 0)
      })
      await expect
        .poll(async () => [...new Set((await violations(page)).map((v) => v.directive))].sort())
        .toEqual(['script-src', 'script-src-elem', 'style-src-elem'])
      expect(await page.evaluate(() => Object.keys(window).filter((k) => /^__(inline|eval)Ran$/.test(k)))).toEqual([])
    } finally {
      await w.context.close()
    }
  }, 180_000)

  it('refuses to be framed by another page', async () => {
    const w = await newWatchedPage(suite.browser)
    try {
      // A page of another origin that frames the app: the frame must stay empty.
      await w.page.route('http://framer.test/', (r) =>
        r.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${suite.url}"></iframe>` }),
      )
      await w.page.goto('http://framer.test/')
      // Chromium puts its own error page in a frame the policy refuses; the app never starts there.
      await expect.poll(() => w.page.frames()[1]?.url()).toMatch(/^chrome-error:/)
      expect(await w.page.frames()[1]!.evaluate(() => document.querySelector('#root'))).toBeNull()
    } finally {
      await w.context.close()
    }
  })
})
