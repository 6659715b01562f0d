import type { Browser } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser, startPreview } from '../../tools/harness'

/** What a browser test file shares: the preview server's address and one browser. */
export interface Suite {
  readonly url: string
  readonly browser: Browser
}

/**
 * Start the preview server and a browser before a test file's tests and close both after them.
 * Returns an object whose fields are filled in once `beforeAll` has run.
 */
export function browserSuite(): Suite {
  const suite = {} as { url: string; browser: Browser; server: PreviewServer }
  beforeAll(async () => {
    const started = await startPreview()
    suite.server = started.server
    suite.url = started.url
    suite.browser = await launchBrowser()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.close()
  })
  return suite
}
