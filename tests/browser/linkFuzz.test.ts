import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { AppState } from '../../src/store/appStore'
import { openReady } from '../../tools/harness'
import {
  foreignRequests,
  fuzzedHashes,
  fuzzedQueries,
  screenSettled,
  seeded,
  setHashes,
  watchPage,
  type PageWatch,
} from '../../tools/linkStates'
import { storeState } from '../../tools/screenLayout'
import { browserSuite } from './suite'

const suite = browserSuite()

/** Fuzzed links in all; the last {@link FRESH} of them are opened as fresh pages, the rest by changing the hash. */
const TOTAL = 500
const FRESH = 40
/** Hashes set one after another before the view is given time to catch up. */
const BATCH = 46

/** The notices a link may leave (`ui/link/linkAddress.ts`). */
const LINK_NOTICES = [
  'Part of this link could not be read; the rest is shown.',
  'This link could not be read, so the usual start screen is shown.',
  'The drawing in this link could not be shown: it was made on a different body model, or the link is damaged. The rest is shown.',
]

/** The app as it should be after any link: the 3D view drawn, no error panel, the address a link of this app. */
async function expectNormalApp(page: Page, label: string): Promise<void> {
  expect(await page.locator('[data-testid="canvas-container"]').getAttribute('data-ready'), label).toBe('true')
  expect(await page.locator('[role="alert"]').count(), label).toBe(0)
  const hash = await page.evaluate(() => location.hash)
  expect(hash, label).toMatch(/^#v=1(&[a-z]+=[A-Za-z0-9_.:,-]+)*$/)
  const s = await storeState<AppState>(page)
  expect(s.session.notice === null || LINK_NOTICES.includes(s.session.notice), label).toBe(true)
}

const HASHES = fuzzedHashes(seeded(1313), TOTAL)
/** Each fresh page also gets a hostile query: `models=//evil.example/x` and the like. */
const QUERIES = fuzzedQueries(seeded(1414), FRESH)

/** A context for the fuzzed pages: small and without motion, so software frames are cheap. */
const fuzzContext = () =>
  suite.browser.newContext({
    // No service worker: its first-visit download would compete with the fuzzed pages (tools/harness.ts).
    serviceWorkers: 'block',
    viewport: { width: 640, height: 480 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  })

/** What every fuzz test checks at its end: no error, nothing asked of another host. */
function expectClean(watch: PageWatch): void {
  expect(watch.errors).toEqual([])
  expect(foreignRequests(watch, new URL(suite.url).origin)).toEqual([])
}

describe('hostile and broken links', () => {
  it(`${TOTAL - FRESH} fuzzed links typed into the address bar leave the normal app: no page error, no request to any other host`, async () => {
    const context = await fuzzContext()
    const watch: PageWatch = { errors: [], requests: [] }
    try {
      const page = await context.newPage()
      watchPage(page, watch)
      await openReady(page, `${suite.url}?aa=0`)
      // In batches, without waiting for the view between them; after each batch the view catches
      // up and the app is looked at.
      for (let i = 0; i < TOTAL - FRESH; i += BATCH) {
        const batch = HASHES.slice(i, Math.min(i + BATCH, TOTAL - FRESH))
        await setHashes(page, batch)
        await screenSettled(page)
        await expectNormalApp(page, `hashes #${i}–${i + batch.length - 1}, the last: ${batch.at(-1)!.slice(0, 200)}`)
      }
      await screenSettled(page)
      await expectNormalApp(page, 'after every hash')
      expectClean(watch)
      // And something was asked of our own server: the watch saw the requests.
      expect(watch.requests.some((u) => u.endsWith('.glb'))).toBe(true)
    } finally {
      await context.close()
    }
  }, 240_000)

  // The last FRESH links as fresh page loads, in two tests so each stays well inside its limit.
  it.each([0, 1])(
    `${FRESH / 2} fuzzed links with hostile queries opened as fresh pages (set %i of 2) open the normal app`,
    async (set) => {
      const context = await fuzzContext()
      const watch: PageWatch = { errors: [], requests: [] }
      try {
        const fresh = HASHES.slice(TOTAL - FRESH + (set * FRESH) / 2, TOTAL - FRESH + ((set + 1) * FRESH) / 2)
        let next = 0
        const failures: string[] = []
        // Three at a time (the cores wait on frames of one page).
        const opener = async () => {
          while (next < fresh.length) {
            const i = next++
            const n = set * (FRESH / 2) + i
            const label = `fresh #${n}: ?${QUERIES[n]!} #${fresh[i]!.slice(0, 200)}`
            const p = await context.newPage()
            watchPage(p, watch)
            try {
              await openReady(p, `${suite.url}?aa=0&${QUERIES[n]!}#${fresh[i]}`)
              // Long enough for anything the link started after the first frame (a drawing to decode).
              await screenSettled(p, 120)
              await expectNormalApp(p, label)
            } catch (e) {
              failures.push(`${label}: ${(e as Error).message}`)
            } finally {
              await p.close()
            }
          }
        }
        await Promise.all([opener(), opener(), opener()])
        expect(failures).toEqual([])
        expectClean(watch)
      } finally {
        await context.close()
      }
      // 20 fresh loads of the whole app: about 50 s alone on two busy cores, 135 s beside the other browser files.
    },
    240_000,
  )
})
