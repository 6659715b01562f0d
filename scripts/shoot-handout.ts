/**
 * The README's picture of the handout: a stroke of pain beside the lower spine, three exercises
 * ticked, Print handout, then the page as Chromium prints it to PDF (A4), rendered with PDF.js.
 * `npx tsx scripts/shoot-handout.ts [out.png]`.
 */
import { writeFileSync } from 'node:fs'
import {
  dragThrough,
  launchBrowser,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  startPreview,
} from '../tools/harness'
import { paraspinalStroke } from '../tools/painStrokes'
import { renderPdf } from '../tools/pdfRender'
const [out = 'docs/screenshots/handout.png'] = process.argv.slice(2)
const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const { page, consoleErrors } = await newWatchedPage(browser)
  await openReady(page, `${url}?aa=1`)
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await settled(page, 400)
  await openPanel(page, 'Pain')
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
  await dragThrough(page, await paraspinalStroke(page, -35, 7))
  await page.getByRole('button', { name: 'Done painting', exact: true }).click()
  await openPanel(page, 'Explain')
  for (const id of ['psoas_release', 'half_kneeling_stretch', 'standing_hip_flexion'])
    await page.locator(`[data-exercise="${id}"]`).getByRole('checkbox', { name: 'On the handout' }).check()
  // The print dialog is not wanted: the page stays as printing leaves it, for page.pdf().
  await page.evaluate(`window.print = () => {}`)
  await page.getByRole('button', { name: 'Print handout', exact: true }).click()
  await page.waitForSelector('.handout-print[data-ready="true"]', { state: 'attached' })
  const r = await renderPdf(browser, await page.pdf({ format: 'A4' }), 1.6)
  const { PNG } = await import('pngjs')
  writeFileSync(out, PNG.sync.write(r.image))
  console.log('pages', r.pages, 'errors', consoleErrors)
} finally {
  await browser.close()
  await server.close()
}
