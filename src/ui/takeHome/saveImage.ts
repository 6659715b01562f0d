import { captureViews, toPng } from '../../scene/capture'
import { appStore } from '../../store/appStore'
import { drawKey, wrapText } from './imageKey'
import { fileStamp, imageCaption, keyEntries, longDate } from './takeHomeWords'

/**
 * "Save image": the current view as a PNG with its caption and key under it, made in the browser
 * and downloaded from a blob URL. Nothing is sent anywhere. Loaded only when the button is used.
 */

/** The saved picture's width in pixels: sharp on a phone or in a letter, small enough to send. */
export const IMAGE_WIDTH = 1600
const PAD = 48
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

/** What "Save image" made, for the caller's message (and the tests). */
export interface SavedImage {
  readonly fileName: string
  readonly width: number
  readonly height: number
  /** Height of the 3D view at the top of the image; the caption and key are below it. */
  readonly viewHeight: number
}

/** The view's share of the picture follows the canvas on screen, within sensible bounds. */
function viewSize(): { width: number; height: number } {
  const canvas = document.querySelector<HTMLCanvasElement>('.canvas-container canvas')
  const aspect = canvas && canvas.clientHeight > 0 ? canvas.clientWidth / canvas.clientHeight : 4 / 3
  return { width: IMAGE_WIDTH, height: Math.round(IMAGE_WIDTH / Math.min(2.2, Math.max(0.5, aspect))) }
}

/** Lay out (or, with `draw`, paint) the caption band; returns its height. */
function captionBand(g: CanvasRenderingContext2D, top: number, width: number, draw: boolean, date: Date): number {
  const state = appStore.getState()
  const caption = imageCaption(state)
  const entries = keyEntries(state)
  g.textBaseline = 'top'
  const textW = entries.length > 0 ? width * 0.58 - PAD * 1.5 : width - PAD * 2
  const keyX = PAD + textW + PAD
  const keyW = width - keyX - PAD
  let y = top + PAD
  g.fillStyle = '#14181f'
  g.font = `650 44px ${FONT}`
  if (draw) g.fillText(caption.title, PAD, y)
  y += 60
  g.font = `30px ${FONT}`
  for (const line of caption.lines)
    for (const l of wrapText(g, line, textW)) {
      if (draw) g.fillText(l, PAD, y)
      y += 40
    }
  g.font = `24px ${FONT}`
  const keyH = entries.length > 0 ? drawKey(g, entries, keyX, top + PAD, keyW, 24, draw) : 0
  y = Math.max(y, top + PAD + keyH) + 16
  g.fillStyle = '#4a5260'
  g.font = `22px ${FONT}`
  if (draw) g.fillText(`Hip flexors viewer · ${longDate(date)} · For education, not diagnosis.`, PAD, y)
  y += 30
  return y + PAD - top
}

/** Make the picture: the view on top, a white band with the caption and key below. */
export async function composeImage(date = new Date()): Promise<{ canvas: HTMLCanvasElement; viewHeight: number }> {
  const size = viewSize()
  const [view] = captureViews([{ view: 'current', ...size }])
  const canvas = document.createElement('canvas')
  const g = canvas.getContext('2d')!
  canvas.width = size.width
  const band = captionBand(g, size.height, size.width, false, date)
  canvas.height = size.height + band
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.drawImage(view!, 0, 0)
  captionBand(g, size.height, size.width, true, date)
  return { canvas, viewHeight: size.height }
}

/** Save the current view as a PNG (downloaded, dated file name). */
export async function saveImage(): Promise<SavedImage> {
  const date = new Date()
  const { canvas, viewHeight } = await composeImage(date)
  const blob = await toPng(canvas)
  const fileName = `hip-flexors-${fileStamp(date)}.png`
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { fileName, width: canvas.width, height: canvas.height, viewHeight }
}
