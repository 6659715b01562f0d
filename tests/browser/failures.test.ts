import { beforeAll, describe, expect, it } from 'vitest'
import { canvasPixels, litStats, newWatchedPage, openPanel, openReady, type WatchedPage } from '../../tools/harness'
import { browserSuite } from './suite'

const suite = browserSuite()
let manifest: { files: { file: string }[] }

beforeAll(async () => {
  manifest = (await (await fetch(new URL('models/manifest.json', suite.url))).json()) as typeof manifest
})

/** The browser logs every failed download as a console error itself; that is not our code failing. */
const ownErrors = (w: WatchedPage) => w.consoleErrors.filter((e) => !/Failed to load resource/.test(e))

async function withPage(fn: (w: WatchedPage) => Promise<void>, options?: Parameters<typeof newWatchedPage>[2]) {
  const w = await newWatchedPage(suite.browser, undefined, options)
  try {
    await fn(w)
  } finally {
    await w.context.close()
  }
}

describe('failures are visible and local', () => {
  it('names a missing model file and still draws the others', async () => {
    const missing = manifest.files[0]!.file
    await withPage(async (w) => {
      await w.page.route(`**/models/${missing}`, (r) => r.fulfill({ status: 404, body: 'not found' }))
      await openReady(w.page, `${suite.url}?aa=0`)
      const alert = w.page.getByRole('alert')
      await expect.poll(() => alert.textContent()).toContain(`${missing} could not be found on the server (HTTP 404).`)
      await expect.poll(() => alert.textContent()).toContain('Everything else is shown.')
      expect(litStats(await canvasPixels(w.page)).fraction).toBeGreaterThan(0.01)
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('names a corrupt model file and still draws the others', async () => {
    const corrupt = manifest.files[manifest.files.length - 1]!.file
    await withPage(async (w) => {
      await w.page.route(`**/models/${corrupt}`, (r) =>
        r.fulfill({
          status: 200,
          contentType: 'model/gltf-binary',
          body: Buffer.from('glTF\u0002\u0000\u0000\u0000 this is not a model'),
        }),
      )
      await openReady(w.page, `${suite.url}?aa=0`)
      await expect
        .poll(() => w.page.getByRole('alert').textContent())
        .toContain(`${corrupt} is damaged or is not a glTF model`)
      expect(litStats(await canvasPixels(w.page)).fraction).toBeGreaterThan(0.01)
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('says the pain overlays are unavailable when the skin is missing, and keeps the rest', async () => {
    await withPage(async (w) => {
      await w.page.route('**/models/skin.glb', (r) => r.fulfill({ status: 404, body: 'not found' }))
      await openReady(w.page, `${suite.url}?aa=0`)
      await expect.poll(() => w.page.getByRole('alert').textContent()).toContain('skin.glb could not be found')
      await openPanel(w.page, 'Pain')
      await expect.poll(() => w.page.getByText('The body surface did not load').count()).toBe(1)
      expect(await w.page.getByRole('checkbox', { name: 'Pain pattern: Iliopsoas' }).isDisabled()).toBe(true)
      expect(await w.page.getByRole('button', { name: 'Paint pain' }).count()).toBe(0)
      expect(litStats(await canvasPixels(w.page)).fraction).toBeGreaterThan(0.01)
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('explains a malformed model list instead of showing a blank page', async () => {
    await withPage(async (w) => {
      await w.page.route('**/models/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "files": [' }),
      )
      await w.page.goto(suite.url)
      await expect
        .poll(() => w.page.getByRole('alert').textContent())
        .toContain('The model list (manifest.json) is damaged')
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('explains a missing model list', async () => {
    await withPage(async (w) => {
      await w.page.route('**/models/manifest.json', (r) => r.fulfill({ status: 404, body: '' }))
      await w.page.goto(suite.url)
      await expect
        .poll(() => w.page.getByRole('alert').textContent())
        .toContain('could not be found on the server (HTTP 404)')
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('ignores a malformed link: no model path from the link leaves the origin, and the normal app opens', async () => {
    await withPage(async (w) => {
      const links = [
        '?models=https://evil.example/x&autorotate=banana&aa=maybe&render=%E0%A4%A',
        '?models=//evil.example/x',
        '?models=/',
        '?models=//',
        '?models=..%2F..%2Fx',
        '?aa=0&models=//evil.example/x#v=1&view=back',
      ]
      for (const link of links) {
        await openReady(w.page, `${suite.url}${link}`)
        expect(litStats(await canvasPixels(w.page)).fraction, link).toBeGreaterThan(0.02)
        expect(await w.page.getByRole('alert').count(), link).toBe(0)
        expect([...w.requestOrigins], link).toEqual([new URL(suite.url).origin])
      }
      expect(w.consoleErrors).toEqual([])
    })
  }, 240_000)

  it('says "not found" when the server answers the model list with a web page, and Retry loads it', async () => {
    const indexHtml = await (await fetch(suite.url)).text()
    expect(indexHtml).toMatch(/^<!doctype html>/i)
    await withPage(async (w) => {
      // What a static host does with a path it does not have: the app's own page, HTTP 200.
      await w.page.route('**/models/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'text/html', body: indexHtml }),
      )
      await w.page.goto(`${suite.url}?aa=0`)
      const alert = w.page.getByRole('alert')
      await expect
        .poll(() => alert.textContent())
        .toContain('The model list (manifest.json) could not be found on the server: it sent a web page instead.')
      expect(await alert.textContent()).not.toContain('damaged')
      // The same answer without the HTML type: its first byte still gives it away.
      await w.page.unroute('**/models/manifest.json')
      await w.page.route('**/models/manifest.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/octet-stream', body: `\n  ${indexHtml}` }),
      )
      await w.page.getByRole('button', { name: 'Retry' }).click()
      await expect.poll(() => alert.textContent()).toContain('it sent a web page instead.')
      // The host is fixed: Retry opens the app without a reload.
      await w.page.unroute('**/models/manifest.json')
      await w.page.getByRole('button', { name: 'Retry' }).click()
      await w.page.waitForSelector('[data-testid="canvas-container"][data-ready="true"]', { timeout: 60_000 })
      expect(await w.page.getByRole('alert').count()).toBe(0)
      expect(litStats(await canvasPixels(w.page)).fraction).toBeGreaterThan(0.01)
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('says "not found" for a model file answered with a web page', async () => {
    const file = manifest.files[0]!.file
    await withPage(async (w) => {
      await w.page.route(`**/models/${file}`, (r) =>
        r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Iliopsoas viewer</title>' }),
      )
      await openReady(w.page, `${suite.url}?aa=0`)
      const alert = w.page.getByRole('alert')
      await expect
        .poll(() => alert.textContent())
        .toContain(`${file} could not be found on the server: it sent a web page instead.`)
      expect(await w.page.getByRole('button', { name: `Retry ${file}` }).count()).toBe(1)
      expect(ownErrors(w)).toEqual([])
    })
  })

  it('says once that the page blocks the model decoder when its security policy forbids WebAssembly', async () => {
    await withPage(async (w) => {
      const page = new URL(suite.url).pathname
      // The app's own page, served with a Content-Security-Policy that lacks 'wasm-unsafe-eval'.
      await w.page.route(
        (url) => url.pathname === page,
        async (route) => {
          const response = await route.fetch()
          await route.fulfill({
            response,
            headers: {
              ...response.headers(),
              'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
            },
          })
        },
      )
      await w.page.goto(`${suite.url}?aa=0`)
      const alert = w.page.getByRole('alert')
      await expect
        .poll(() => alert.textContent(), { timeout: 60_000 })
        .toContain('The models cannot be shown on this page.')
      const text = (await alert.textContent()) ?? ''
      expect(text).toContain("this page's security settings block WebAssembly")
      expect(text).toContain("allow 'wasm-unsafe-eval'")
      // One message, not a list blaming each file.
      expect(await alert.count()).toBe(1)
      expect(text).not.toMatch(/damaged|not a glTF model|\.glb/)
      expect(await w.page.getByRole('button', { name: /Retry/ }).count()).toBe(0)
      expect(w.consoleErrors.filter((e) => e.startsWith('pageerror:'))).toEqual([])
      // The browser reports what the policy blocks itself (the page's empty data: icon); nothing else logs an error.
      expect(ownErrors(w).filter((e) => !/violates the following Content Security Policy directive/.test(e))).toEqual(
        [],
      )
    })
  })

  it('says what to try when WebGL is unavailable', async () => {
    await withPage(async (w) => {
      await w.page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          if (/webgl/.test(type)) return null
          return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
        } as typeof HTMLCanvasElement.prototype.getContext
      })
      await w.page.goto(suite.url)
      const alert = w.page.getByRole('alert')
      await expect.poll(() => alert.textContent()).toContain('3D graphics are not available here')
      await expect.poll(() => alert.textContent()).toContain('hardware acceleration')
      expect(w.consoleErrors).toEqual([])
    })
  })

  it('shows a notice when the WebGL context is lost and draws again when it is restored', async () => {
    await withPage(async (w) => {
      await openReady(w.page, `${suite.url}?aa=0`)
      const before = litStats(await canvasPixels(w.page)).count
      await w.page.evaluate(() => {
        const gl = document.querySelector('canvas')!.getContext('webgl2')!
        const ext = gl.getExtension('WEBGL_lose_context')!
        ;(window as unknown as { __lose: WEBGL_lose_context }).__lose = ext
        ext.loseContext()
      })
      await expect.poll(() => w.page.getByRole('status').textContent()).toContain('The 3D view was interrupted')
      await w.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
      await expect.poll(() => w.page.getByRole('status').count()).toBe(0)
      await w.page.keyboard.press('0') // any interaction redraws; the restore itself also asks for a frame
      await expect
        .poll(async () => litStats(await canvasPixels(w.page)).count, { timeout: 15_000 })
        .toBeGreaterThan(before * 0.8)
      expect(ownErrors(w).filter((e) => !/CONTEXT_LOST_WEBGL/.test(e))).toEqual([])
    })
  })
})
