import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PNG } from 'pngjs'
import type { Vec3 } from '../../src/anatomy/types'
import {
  canvasPixels,
  foregroundMask,
  newWatchedPage,
  openPanel,
  openReady,
  settled,
  type WatchedPage,
} from '../../tools/harness'
import { isHeat, landmark, meanColor, onScreen } from './painPage'
import { browserSuite } from './suite'

/**
 * The skin sitting, seen from the left with the skin opaque and the bones hidden: the groin and
 * the back of the knee stay covered (no background shows through the body), and the front-of-thigh
 * heat of the iliopsoas stays on the thigh instead of folding into the hip crease.
 */
const suite = browserSuite()
let w: WatchedPage

beforeAll(async () => {
  w = await newWatchedPage(suite.browser)
  await openReady(w.page, `${suite.url}?aa=0#v=1&view=left&pose=sitting&layers=skin&pain=iliopsoas&pside=left`)
  await openPanel(w.page, 'Layers')
  await w.page.getByRole('slider', { name: 'Skin opacity', exact: true }).fill('1')
  await settled(w.page)
})
afterAll(async () => {
  await w?.context.close()
})

/**
 * Holes in the body: background pixels that the border cannot reach through background, at
 * least 2 px from any covered pixel. The space under the thighs is open to the border, and the
 * hairline slivers where the near thigh's outline passes just above the far one's are thinner
 * than that, so neither counts; a tear in the skin does.
 */
function holesInBody(png: PNG): number {
  const mask = foregroundMask(png)
  const { width, height } = png
  const reached = new Uint8Array(width * height)
  const stack: number[] = []
  const push = (i: number) => {
    if (!mask[i] && !reached[i]) {
      reached[i] = 1
      stack.push(i)
    }
  }
  for (let x = 0; x < width; x++) {
    push(x)
    push((height - 1) * width + x)
  }
  for (let y = 0; y < height; y++) {
    push(y * width)
    push(y * width + width - 1)
  }
  while (stack.length) {
    const i = stack.pop()!
    const x = i % width
    if (x > 0) push(i - 1)
    if (x < width - 1) push(i + 1)
    if (i >= width) push(i - width)
    if (i < width * (height - 1)) push(i + width)
  }
  let holes = 0
  for (let y = 2; y < height - 2; y++)
    for (let x = 2; x < width - 2; x++) {
      if (mask[y * width + x] || reached[y * width + x]) continue
      let clear = true
      for (let dy = -2; dy <= 2 && clear; dy++)
        for (let dx = -2; dx <= 2; dx++) if (mask[(y + dy) * width + x + dx]) clear = false
      if (clear) holes++
    }
  return holes
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]

describe('the skin sitting, from the left', () => {
  it('covers the body: no background shows through it, at the groin, the buttock or behind the knee', async () => {
    const shot = await canvasPixels(w.page)
    const mask = foregroundMask(shot)
    expect(mask.reduce((s, v) => s + v, 0) / mask.length).toBeGreaterThan(0.05)
    expect(holesInBody(shot)).toBe(0)
  })

  it('keeps the front-of-thigh heat on the thigh, a fifth of the way to the knee, not in the hip crease', async () => {
    // From above, in front and to the left: the top of the sitting thigh faces this camera.
    await openReady(
      w.page,
      `${suite.url}?aa=0#v=1&cam=0.75,0.55,0.8,0.08,-0.05,0.2&pose=sitting&layers=skin&pain=iliopsoas&pside=left`,
    )
    await openPanel(w.page, 'Layers')
    await w.page.getByRole('slider', { name: 'Skin opacity', exact: true }).fill('1')
    await settled(w.page)
    const shot = await canvasPixels(w.page)
    const hip = await landmark(w.page, 'femoral_head_centre_l')
    const knee = await landmark(w.page, 'knee_centre_l')
    const asis = await onScreen(w.page, await landmark(w.page, 'asis_l'), [0, 0, 1])
    const kneeFront = await onScreen(w.page, add(knee, [0, 0, 50]), [0, 0, 1])
    // A fifth of the way down the front of the thigh, where the chart's patch is.
    const rest: Vec3 = add(hip, [(knee[0] - hip[0]) / 5, (knee[1] - hip[1]) / 5, 85])
    const spot = await onScreen(w.page, rest, [0, 0, 1])
    expect(isHeat(meanColor(shot, spot, 2)), `colour at ${spot.x}, ${spot.y}`).toBe(true)
    // Along the thigh on screen, from the ASIS towards the front of the knee.
    const ax = kneeFront.x - asis.x
    const ay = kneeFront.y - asis.y
    const along = ((spot.x - asis.x) * ax + (spot.y - asis.y) * ay) / (ax * ax + ay * ay)
    expect(along).toBeGreaterThan(0.12)
    expect(along).toBeLessThan(0.6)
  })
})
