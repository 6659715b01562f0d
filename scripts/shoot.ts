/**
 * Take screenshots of the built app with the test harness: `npx tsx scripts/shoot.ts out.png
 * [query] [width] [height] [key...]`. Used for the README images and for looking at changes.
 */
import { writeFileSync } from 'node:fs'
import { launchBrowser, newWatchedPage, openReady, settled, startPreview } from '../tests/browser/harness'

const [out = '/tmp/shot.png', query = '', w = '1280', h = '720', ...keys] = process.argv.slice(2)
const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const { page, consoleErrors } = await newWatchedPage(browser, { width: Number(w), height: Number(h) })
  await openReady(page, url + query)
  for (const k of keys) {
    if (k.startsWith('click:')) await page.getByRole('button', { name: k.slice(6), exact: true }).click()
    else await page.keyboard.press(k)
    await settled(page)
  }
  await settled(page)
  writeFileSync(out, await page.screenshot())
  console.log(`wrote ${out}; console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`)
} finally {
  await browser.close()
  await server.close()
}
