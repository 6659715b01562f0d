/** A rectangle in CSS pixels on the page (as `getBoundingClientRect` gives it). */
export interface PageRect {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The largest share of the canvas height one end's boxes may keep clear. */
const MAX_INSET_SHARE = 0.4
/** The free band is never thinner than this share of the height. */
const MIN_BAND_SHARE = 0.35

/**
 * How far boxes floating over the canvas reach into it from its top and from its bottom (CSS
 * pixels). Only boxes that span a fair share of the canvas width count: a small corner button
 * does not push the model away, a row of view buttons or the posture bar does.
 */
export function reservedInsets(
  canvas: PageRect,
  boxes: readonly PageRect[],
  minWidthShare = 0.2,
): { top: number; bottom: number } {
  const width = canvas.right - canvas.left
  const height = canvas.bottom - canvas.top
  let top = 0
  let bottom = 0
  for (const b of boxes) {
    const overlapX = Math.min(b.right, canvas.right) - Math.max(b.left, canvas.left)
    const overlapY = Math.min(b.bottom, canvas.bottom) - Math.max(b.top, canvas.top)
    if (overlapX < width * minWidthShare || overlapY <= 0) continue
    const mid = (b.top + b.bottom) / 2
    if (mid < canvas.top + height / 2) top = Math.max(top, b.bottom - canvas.top)
    else bottom = Math.max(bottom, canvas.bottom - b.top)
  }
  // At most 40 % of the height at each end: on a tiny window the model still shows.
  const cap = height * MAX_INSET_SHARE
  return { top: Math.min(top, cap), bottom: Math.min(bottom, cap) }
}

/**
 * The band of the canvas left free between the boxes reserving `reserved` pixels at its top and
 * bottom: the field of view and aspect that just cover it, and `shiftPx`, how far the picture must
 * move up (negative: down) so that the view's centre is the band's centre. The camera applies the
 * shift as a view offset, so the model sits in the middle of what is free even when a tall caption
 * covers the bottom and only a row of buttons the top.
 */
export function freeBand(
  fovDeg: number,
  width: number,
  height: number,
  reserved: { top: number; bottom: number },
): { fovDeg: number; aspect: number; shiftPx: number } {
  let { top, bottom } = reserved
  const minFree = height * MIN_BAND_SHARE
  if (height - top - bottom < minFree) {
    const k = Math.max(0, height - minFree) / Math.max(1, top + bottom)
    top *= k
    bottom *= k
  }
  const free = Math.max(1, height - top - bottom)
  const half = Math.atan(Math.tan((fovDeg * Math.PI) / 360) * (free / height))
  return { fovDeg: (half * 360) / Math.PI, aspect: width / free, shiftPx: (bottom - top) / 2 }
}

type V3 = readonly [number, number, number]

const cross = (a: V3, b: V3): [number, number, number] => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const unit = (a: V3): [number, number, number] => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1
  return [a[0] / l, a[1] / l, a[2] / l]
}

/**
 * Camera distance from the centre of an axis-aligned box (half-sizes `half`) that fits all eight
 * corners in a perspective view looking along −`direction` (unit, target → camera) with world
 * `up`, vertical field of view `fovDeg` and `aspect`, with `margin` (1.08 = 8% room). Tighter than
 * fitting the bounding sphere: a tall standing body or a long sitting thigh fills the view.
 */
export function fitBoxDistance(
  half: V3,
  direction: V3,
  fovDeg: number,
  aspect: number,
  margin = 1.08,
  up: V3 = [0, 1, 0],
): number {
  const back = unit(direction)
  const right = unit(cross(up, back))
  const camUp = cross(back, right)
  const tanV = Math.tan((fovDeg * Math.PI) / 360)
  const tanH = tanV * aspect
  let dist = 0
  for (let k = 0; k < 8; k++) {
    const c: V3 = [k & 1 ? half[0] : -half[0], k & 2 ? half[1] : -half[1], k & 4 ? half[2] : -half[2]]
    const z = dot(c, back) // towards the camera: nearer corners need more distance
    dist = Math.max(dist, z + (Math.abs(dot(c, right)) * margin) / tanH, z + (Math.abs(dot(c, camUp)) * margin) / tanV)
  }
  return dist
}
