/**
 * Present mode and every step of the guided story, as a patient sees them on an upright tablet:
 * `npx tsx scripts/shoot-story.ts [dir] [width] [height] [step,step…]` writes `present.png` (present
 * mode before the story starts, the model sitting) and `story-<n>-<step>.png` for each step (or
 * only the steps listed). The README uses two steps.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import {
  launchBrowser,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  startPreview,
  waitInPage,
} from '../tools/harness'
import { storeState } from '../tools/screenLayout'

const [dir = '/tmp/story', w = '768', h = '1024', only = ''] = process.argv.slice(2)
const keep = only ? only.split(',') : null
mkdirSync(dir, { recursive: true })
const { server, url } = await startPreview()
const browser = await launchBrowser()
type Shape = { session: { storyStep: string | null }; posture: { goal: unknown } }
try {
  const { page, consoleErrors } = await newWatchedPage(
    browser,
    { width: Number(w), height: Number(h) },
    { hasTouch: Number(w) < 900, isMobile: Number(w) < 560 },
  )
  await openReady(page, `${url}?aa=1`)
  await page.keyboard.press('p')
  await page.getByRole('button', { name: 'Sit', exact: true }).click()
  await waitInPage(page, `window.__anatomyViewer.state().posture.goal === null`)
  await settled(page, 600)
  writeFileSync(`${dir}/present.png`, await page.screenshot())
  await page.getByRole('button', { name: 'Done', exact: true }).click()
  await openPanel(page, 'Explain')
  await page.getByRole('button', { name: 'Present the story', exact: true }).click()
  for (let n = 1; ; n++) {
    await waitInPage(page, `window.__anatomyViewer.state().posture.goal === null`)
    await settled(page, 600)
    const s = await storeState<Shape>(page)
    if (!keep || keep.includes(s.session.storyStep ?? ''))
      writeFileSync(`${dir}/story-${n}-${s.session.storyStep}.png`, await page.screenshot())
    const next = page.getByRole('button', { name: 'Next ›', exact: true })
    if ((await next.count()) === 0) break
    await next.click()
  }
  console.log(`wrote ${dir}; console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`)
} finally {
  await browser.close()
  await server.close()
}
