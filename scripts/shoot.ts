/**
 * Take screenshots of the built app with the test harness: `npx tsx scripts/shoot.ts out.png
 * [query] [width] [height] [action...]`, where an action is a key, `panel:<tab>` (opens that panel),
 * `click:<button>`, `check:<checkbox>`, `slider:<name>=<value>` or `radio:<group>=<option>`. Used for the README images and for looking at changes.
 */
import { writeFileSync } from 'node:fs'
import {
  launchBrowser,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  startPreview,
  type PanelName,
} from '../tools/harness'

const [out = '/tmp/shot.png', query = '', w = '1280', h = '720', ...keys] = process.argv.slice(2)
const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  const { page, consoleErrors } = await newWatchedPage(browser, { width: Number(w), height: Number(h) })
  await openReady(page, url + query)
  for (const k of keys) {
    if (k.startsWith('panel:')) await openPanel(page, k.slice(6) as PanelName)
    else if (k.startsWith('click:')) await page.getByRole('button', { name: k.slice(6), exact: true }).click()
    else if (k.startsWith('check:')) await page.getByRole('checkbox', { name: k.slice(6), exact: true }).check()
    else if (k.startsWith('slider:')) {
      // slider:<name>=<value>, e.g. slider:Skin opacity=1
      const [name, value] = k.slice(7).split('=') as [string, string]
      await page.getByRole('slider', { name, exact: true }).fill(value)
    } else if (k.startsWith('radio:')) {
      // radio:<group>=<option>, e.g. radio:Pain side=Right
      const [group, option] = k.slice(6).split('=') as [string, string]
      await page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true }).check()
    } else await page.keyboard.press(k)
    await settled(page)
  }
  await settled(page)
  writeFileSync(out, await page.screenshot())
  console.log(`wrote ${out}; console errors: ${consoleErrors.length ? consoleErrors.join(' | ') : 'none'}`)
} finally {
  await browser.close()
  await server.close()
}
