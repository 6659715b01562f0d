/**
 * The README's pictures of the clinic screen at the five sizes the layout tests use: the model
 * sitting in the side view with the Posture panel open and the left psoas tapped, so each layout
 * shows its panel, posture bar, info line and offers. `npx tsx scripts/shoot-screens.ts [dir]`.
 */
import { writeFileSync } from 'node:fs'
import { launchBrowser, newWatchedPage, openPanel, openReady, settled, startPreview } from '../tools/harness'
import { CLINIC_SCREENS, pointOn, waitForPosture } from '../tools/screenLayout'

const [dir = 'docs/screenshots'] = process.argv.slice(2)
const { server, url } = await startPreview()
const browser = await launchBrowser()
try {
  for (const s of CLINIC_SCREENS) {
    const w = await newWatchedPage(
      browser,
      { width: s.width, height: s.height },
      { hasTouch: s.touch, isMobile: s.mobile },
    )
    const page = w.page
    await openReady(page, `${url}?aa=1`)
    if (s.width < 560) await openPanel(page, 'Views')
    await page.getByRole('button', { name: 'Left side', exact: true }).click()
    await openPanel(page, 'Posture')
    await page.getByRole('button', { name: 'Sit', exact: true }).click()
    await waitForPosture(page, 1)
    await settled(page, 800)
    const at = await pointOn(page, 'psoas_major_l')
    await page.mouse.click(at.x, at.y)
    await page.mouse.move(1, 1)
    await settled(page, 800)
    const out = `${dir}/screen-${s.width}x${s.height}.png`
    writeFileSync(out, await page.screenshot())
    console.log(`wrote ${out}; console errors: ${w.consoleErrors.length ? w.consoleErrors.join(' | ') : 'none'}`)
    await w.context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
