/**
 * Screenshot of a patient's pain drawing and its ranking, for the README: paints the right
 * paraspinal band and the upper front of the right thigh (the iliopsoas pattern, by hand) through
 * the same pointer events a clinician's mouse makes. `npx tsx scripts/shoot-drawing.ts out.png`
 */
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { dragThrough, launchBrowser, newWatchedPage, openReady, settled, startPreview } from '../tools/harness'

type V = [number, number, number]
const out = process.argv[2] ?? '/tmp/drawing.png'

// Sent as source text: tsx would wrap named functions in a helper the page does not have.
const landmark = (page: Page, id: string): Promise<V> =>
  page.evaluate(`window.__painProbe.landmark(${JSON.stringify(id)})`) as Promise<V>
const onScreen = (page: Page, p: V, n: V): Promise<{ x: number; y: number }> =>
  page.evaluate(`window.__painProbe.skinPoint(${JSON.stringify(p)}, ${JSON.stringify(n)})`) as Promise<{
    x: number
    y: number
  }>

const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const { page, consoleErrors } = await newWatchedPage(browser, { width: 1280, height: 720 })
  await openReady(page, url)
  await page.getByRole('checkbox', { name: 'Skin', exact: true }).check()
  await page.getByRole('button', { name: 'Posterior', exact: true }).click()
  await settled(page)
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
  const t12 = await landmark(page, 't12_spinous_tip')
  const psis = await landmark(page, 'psis_r')
  for (const dx of [-22, -40, -55]) {
    const pts = []
    for (let k = 0; k <= 6; k++)
      pts.push(await onScreen(page, [dx, t12[1] + ((psis[1] - t12[1]) * k) / 6, t12[2]], [0, 0, -1]))
    await dragThrough(page, pts)
  }
  await page.getByRole('button', { name: 'Three-quarter', exact: true }).click()
  await settled(page)
  const hip = await landmark(page, 'femoral_head_centre_r')
  const knee = await landmark(page, 'knee_centre_r')
  for (const dx of [-15, 10]) {
    const pts = []
    for (let k = 0; k <= 5; k++) {
      const t = 0.06 + (0.26 * k) / 5
      pts.push(
        await onScreen(
          page,
          [hip[0] + (knee[0] - hip[0]) * t + dx, hip[1] + (knee[1] - hip[1]) * t, hip[2] + 60],
          [0, 0, 1],
        ),
      )
    }
    await dragThrough(page, pts)
  }
  await page.getByRole('button', { name: 'Done painting', exact: true }).click()
  await page.getByRole('list', { name: 'Patterns ranked by overlap with the drawing' }).scrollIntoViewIfNeeded()
  await settled(page)
  writeFileSync(out, await page.screenshot())
  console.log(`wrote ${out}; console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`)
} finally {
  await browser.close()
  await server.close()
}
