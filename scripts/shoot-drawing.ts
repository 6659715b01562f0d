/**
 * Screenshot of a patient's pain drawing and its ranking, for the README: paints the right
 * paraspinal band and the upper front of the right thigh (the iliopsoas pattern, by hand) through
 * the same pointer events a clinician's mouse makes. `npx tsx scripts/shoot-drawing.ts out.png`
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
import { frontThighStroke, paraspinalStroke } from '../tools/painStrokes'

const out = process.argv[2] ?? '/tmp/drawing.png'

const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const { page, consoleErrors } = await newWatchedPage(browser, { width: 1280, height: 720 })
  await openReady(page, url)
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await settled(page)
  // Painting shows the skin by itself.
  await openPanel(page, 'Pain')
  await page.getByRole('button', { name: 'Paint pain', exact: true }).click()
  for (const dx of [-22, -40, -55]) await dragThrough(page, await paraspinalStroke(page, dx, 6))
  await page.getByRole('button', { name: 'Angled', exact: true }).click()
  await settled(page)
  for (const dx of [-15, 10]) await dragThrough(page, await frontThighStroke(page, dx, 0.06, 0.26, 5))
  await page.getByRole('button', { name: 'Done painting', exact: true }).click()
  await page
    .getByRole('list', { name: 'Patterns ranked by how much of the drawing they cover' })
    .scrollIntoViewIfNeeded()
  await settled(page)
  writeFileSync(out, await page.screenshot())
  console.log(`wrote ${out}; console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`)
} finally {
  await browser.close()
  await server.close()
}
