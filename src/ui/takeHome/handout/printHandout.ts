import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import type { ExerciseId } from '../../../anatomy/exercises'
import { captureViews, toPng } from '../../../scene/capture'
import { appStore } from '../../../store/appStore'
import { handoutPatterns, handoutShownPatterns, showHandoutScene } from '../../../store/handoutScene'
import { currentLink } from '../../link/currentLink'
import { HANDOUT_MAX_EXERCISES } from '../takeHomeActions'
import { longDate } from '../takeHomeWords'
import { fitPage } from './fitPage'
import { Handout, type HandoutData } from './Handout'
import './handout.css'
import { qrModules } from './qrCode'

/**
 * "Print handout": gather the page (pictures, words, QR code), lay it out in a print-only section
 * of this document, fit it to one page and open the browser's print dialog. Everything is made
 * here, offline: the pictures come from the live 3D view, the QR code from a bundled encoder, and
 * the page is printed (or saved as PDF) by the browser itself through the print stylesheet.
 * This module, its styles and the QR encoder load only when the handout is asked for.
 */

/** Picture size in pixels: 40 × 66 mm at about 280 dpi. */
const PICTURE = { width: 440, height: 726 }
/** A light ground prints cleanly and lets the pale skin and the colours read. */
const PICTURE_BACKGROUND = '#f4f6f9'

/** What building the handout did, for the caller's message and the tests. */
export interface HandoutReport {
  /** Milliseconds from the click to the page ready to print. */
  readonly buildMs: number
  readonly fontPt: number
  readonly fits: boolean
  readonly exercises: readonly ExerciseId[]
  readonly link: string
}

let shown: { root: Root; host: HTMLElement; urls: string[] } | null = null

/** Take the last handout out of the document (after printing, or before the next). */
export function removeHandout(): void {
  if (!shown) return
  const { root, host, urls } = shown
  shown = null
  root.unmount()
  host.remove()
  document.documentElement.classList.remove('has-handout')
  for (const u of urls) URL.revokeObjectURL(u)
}

/** The link for the QR code: with the drawing when that still fits a QR code, else without it. */
async function qrLink(): Promise<{ link: string; qr: boolean[][] | null }> {
  let link = await currentLink({ includeDrawing: true })
  if (!link.fitsQr) link = await currentLink({ includeDrawing: false })
  return { link: link.url, qr: link.fitsQr ? qrModules(link.url) : null }
}

/** Build the handout in the document and print it. `patientName` is used for this page only. */
export async function printHandout(options: {
  patientName: string
  exercises: readonly ExerciseId[]
}): Promise<HandoutReport> {
  const t0 = performance.now()
  removeHandout()
  const state = appStore.getState()
  const chosen = handoutPatterns(state.pain.matches)
  const patterns = handoutShownPatterns(state)
  const [front, back] = captureViews(
    [
      { view: 'Anterior', ...PICTURE },
      { view: 'Posterior', ...PICTURE },
    ],
    { prepare: () => showHandoutScene(chosen), background: PICTURE_BACKGROUND, margin: 1.04 },
  )
  const [frontPng, backPng, { link, qr }] = await Promise.all([toPng(front!), toPng(back!), qrLink()])
  const urls = [URL.createObjectURL(frontPng), URL.createObjectURL(backPng)]
  const data: HandoutData = {
    date: longDate(new Date()),
    patientName: options.patientName,
    front: urls[0]!,
    back: urls[1]!,
    hasDrawing: state.pain.hasDrawing,
    patterns,
    exercises: options.exercises.slice(0, HANDOUT_MAX_EXERCISES),
    link,
    qr,
  }
  const host = document.createElement('div')
  host.className = 'handout-print'
  host.setAttribute('aria-hidden', 'true')
  document.body.append(host)
  document.documentElement.classList.add('has-handout')
  const root = createRoot(host)
  shown = { root, host, urls }
  flushSync(() => root.render(createElement(Handout, { data })))
  await Promise.all([...host.querySelectorAll('img')].map((img) => img.decode()))
  const page = host.querySelector<HTMLElement>('.handout')!
  const { fontPt, fits } = fitPage(page)
  const buildMs = Math.round(performance.now() - t0)
  host.dataset.ready = 'true'
  host.dataset.buildMs = String(buildMs)
  // The page stays until the dialog closes (a test's stubbed print leaves it for `page.pdf()`).
  window.addEventListener('afterprint', removeHandout, { once: true })
  window.print()
  return { buildMs, fontPt, fits, exercises: data.exercises, link }
}
