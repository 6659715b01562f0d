import type { Page } from 'playwright-core'
import type { Vec3 } from '../../src/anatomy/types'
import { openPanel, pixelOf, settled, type CanvasShot } from '../../tools/harness'

/** What the referred-pain browser tests share: probes of the skin, pixel helpers and panel actions. */

/** The skin probes live in tools/ (the README screenshot script uses them too). */
import { skinLandmark, skinOnScreen, type SkinScreenPoint } from '../../tools/painStrokes'
export const landmark = skinLandmark
export const onScreen = skinOnScreen
export type Screen = SkinScreenPoint

/** The pain drawing's value (0–1) at a skin vertex. */
export const drawingAt = (page: Page, vertex: number): Promise<number> =>
  page.evaluate(
    (i) => (window as unknown as { __painProbe: { drawing(i: number): number } }).__painProbe.drawing(i),
    vertex,
  )

/** Mean absolute RGB difference of two canvas shots in a square around a page point. */
export function regionDiff(a: CanvasShot, b: CanvasShot, page: { x: number; y: number }, half = 7): number {
  const at = pixelOf(a, page)
  let sum = 0
  let n = 0
  for (let y = Math.round(at.y) - half; y <= Math.round(at.y) + half; y++)
    for (let x = Math.round(at.x) - half; x <= Math.round(at.x) + half; x++) {
      if (x < 0 || y < 0 || x >= a.width || y >= a.height) continue
      const i = (y * a.width + x) * 4
      sum +=
        Math.abs(a.data[i]! - b.data[i]!) +
        Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
        Math.abs(a.data[i + 2]! - b.data[i + 2]!)
      n += 3
    }
  return sum / n
}

/** Mean colour of a canvas shot in a square around a page point. */
export function meanColor(png: CanvasShot, page: { x: number; y: number }, half = 4): [number, number, number] {
  const at = pixelOf(png, page)
  const c = [0, 0, 0]
  let n = 0
  for (let y = Math.round(at.y) - half; y <= Math.round(at.y) + half; y++)
    for (let x = Math.round(at.x) - half; x <= Math.round(at.x) + half; x++) {
      const i = (y * png.width + x) * 4
      c[0]! += png.data[i]!
      c[1]! += png.data[i + 1]!
      c[2]! += png.data[i + 2]!
      n++
    }
  return c.map((v) => v / n) as [number, number, number]
}

/** Warm heat colour (yellow–orange–red scale over the pale blue-grey skin): red well above blue. */
export const isHeat = ([r, , b]: [number, number, number]) => r > b + 50

/** Click a preset view button by its plain label ("Front", "Back", "Left side", …). */
export async function view(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click()
  await settled(page, 400)
}
/** The pattern checkbox of a muscle by its short name ("Iliopsoas"); the label adds a plain hint in brackets. */
export const patternBox = (page: Page, muscle: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^Pain pattern: ${muscle} \\(`) })
export async function pattern(page: Page, muscle: string, on: boolean) {
  await openPanel(page, 'Pain')
  const box = patternBox(page, muscle)
  if (on) await box.check()
  else await box.uncheck()
  await settled(page, 400)
}
export const sideRadio = (page: Page, side: 'Left' | 'Right' | 'Both') =>
  page.getByRole('radiogroup', { name: 'Pain side' }).getByRole('radio', { name: side, exact: true })
export async function painSide(page: Page, side: 'Left' | 'Right' | 'Both') {
  await openPanel(page, 'Pain')
  await sideRadio(page, side).check()
  await settled(page, 400)
}
export const postureSlider = (page: Page) => page.getByRole('slider', { name: 'Posture' })

/** Points on the skin, from landmarks (rest frame, mm). */
export async function spots(page: Page) {
  const l3 = await landmark(page, 'l3_spinous_tip')
  const hipR = await landmark(page, 'femoral_head_centre_r')
  const kneeR = await landmark(page, 'knee_centre_r')
  const along = (t: number): Vec3 => [
    hipR[0] + (kneeR[0] - hipR[0]) * t,
    hipR[1] + (kneeR[1] - hipR[1]) * t,
    hipR[2] + (kneeR[2] - hipR[2]) * t,
  ]
  const thigh = along(0.2)
  const mid = along(0.5)
  return {
    /** Back, 3.5 cm to the patient's right of the L3 spinous process. */
    backRight: { rest: [l3[0] - 35, l3[1], l3[2]] as Vec3, normal: [0, 0, -1] as Vec3 },
    backLeft: { rest: [l3[0] + 35, l3[1], l3[2]] as Vec3, normal: [0, 0, -1] as Vec3 },
    /** Front of the right thigh, a fifth of the way to the knee. */
    thighFrontRight: { rest: [thigh[0], thigh[1], thigh[2] + 60] as Vec3, normal: [0, 0, 1] as Vec3 },
    thighFrontLeft: { rest: [-thigh[0], thigh[1], thigh[2] + 60] as Vec3, normal: [0, 0, 1] as Vec3 },
    /** Outside of the right thigh, half-way to the knee. */
    thighLateralRight: { rest: [mid[0] - 70, mid[1], mid[2]] as Vec3, normal: [-1, 0, 0] as Vec3 },
  }
}
