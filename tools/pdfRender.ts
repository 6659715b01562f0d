/**
 * Render a PDF to pixels with PDF.js in Chromium, for the handout test and for looking at the
 * handout: the page count, page 1 as an RGBA image, its text, and where its raster images lie.
 * PDF.js (`pdfjs-dist`, a devDependency) is served to a blank page from node_modules through
 * Playwright's request routing, so nothing is fetched from any network.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Browser } from 'playwright-core'
import { PNG } from 'pngjs'

/** A rectangle in the rendered image's pixels. */
export interface PixelRect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Page 1 of a PDF, rendered. */
export interface RenderedPdf {
  readonly pages: number
  /** Page 1 at `scale` × 72 dpi. */
  readonly image: PNG
  /** Page 1's text, items joined by spaces. */
  readonly text: string
  /** Where page 1 paints raster images (the handout's front and back pictures), in image pixels. */
  readonly images: readonly PixelRect[]
  /** Page 1's size in PDF points (1/72 inch). */
  readonly sizePt: { readonly width: number; readonly height: number }
}

const ORIGIN = 'http://pdf.render.invalid'

/** The PDF.js browser build's folder in node_modules. */
function pdfjsBuild(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'build')
}

// The page's script, as source text (a transpiler must not wrap it in helpers the page lacks).
const PAGE_SCRIPT = `async (scale) => {
  const pdfjs = await import('${ORIGIN}/pdf.mjs')
  pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs'
  const doc = await pdfjs.getDocument({ url: '${ORIGIN}/doc.pdf', isEvalSupported: false }).promise
  const page = await doc.getPage(1)
  const viewport = page.getViewport({ scale })
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(viewport.width)
  canvas.height = Math.ceil(viewport.height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({ canvasContext: ctx, viewport }).promise
  const content = await page.getTextContent()
  const text = content.items.map((i) => i.str ?? '').join(' ')
  // Follow the transform stack to find each raster image's unit square on the page.
  const ops = await page.getOperatorList()
  const { OPS, Util } = pdfjs
  let ctm = [1, 0, 0, 1, 0, 0]
  const stack = []
  const images = []
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args)
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      if (args[0]) ctm = Util.transform(ctm, args[0])
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const m = Util.transform(viewport.transform, ctm)
      const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]]
      const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]]
      const x = Math.min(...xs), y = Math.min(...ys)
      images.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y })
    }
  }
  const [, , w, h] = page.view
  return { pages: doc.numPages, png: canvas.toDataURL('image/png'), text, images, sizePt: { width: w, height: h } }
}`

/** Render page 1 of `pdf` at `scale` (2 = 144 dpi) in a fresh page of `browser`. */
export async function renderPdf(browser: Browser, pdf: Buffer, scale = 2): Promise<RenderedPdf> {
  // Its pages are served by page.route() alone, which a service worker would bypass.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const build = pdfjsBuild()
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/doc.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' })
      if (path === '/pdf.mjs' || path === '/pdf.worker.mjs')
        return route.fulfill({ body: readFileSync(join(build, path)), contentType: 'text/javascript' })
      if (path === '/') return route.fulfill({ body: '<!doctype html><title>pdf</title>', contentType: 'text/html' })
      return route.fulfill({ status: 404, body: '' })
    })
    await page.goto(`${ORIGIN}/`)
    const out = (await page.evaluate(`(${PAGE_SCRIPT})(${scale})`)) as {
      pages: number
      png: string
      text: string
      images: PixelRect[]
      sizePt: { width: number; height: number }
    }
    const image = PNG.sync.read(Buffer.from(out.png.replace(/^data:image\/png;base64,/, ''), 'base64'))
    return { pages: out.pages, image, text: out.text, images: out.images, sizePt: out.sizePt }
  } finally {
    await context.close()
  }
}
