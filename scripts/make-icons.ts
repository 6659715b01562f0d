/**
 * `npm run icons`: draws the app's icon into `public/icons/` (committed): 192 and 512 px for the
 * web app manifest, a 512 px maskable one (the mark inside the safe circle, the ground to the
 * edges, for Android's round and squircle masks), 180 px for an iPad's or iPhone's home screen and
 * 32 px for the browser tab.
 *
 * The mark is ours: three lumbar vertebrae over the two wings of the pelvis and the femurs, in the
 * viewer's bone ivory on its dark ground, with the two psoas muscles as warm bands running from the
 * spine over the pelvic brim to the thigh. Every shape is a signed distance field, so each pixel's
 * coverage comes from its distance to the edge (clean edges at any size, no supersampling).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PNG } from 'pngjs'

type Rgb = readonly [number, number, number]
type Point = readonly [number, number]

/** The viewer's background (`--bg`, the 3D view's clear colour). */
const GROUND: Rgb = [0x1d, 0x21, 0x29]
/** The bone colour of the 3D view (`scene/materials.ts`). */
const BONE: Rgb = [0xe6, 0xdc, 0xc4]
/** The psoas: a warm red that stands clear of the ivory and the dark ground. */
const MUSCLE: Rgb = [0xd9, 0x4f, 0x3d]

/**
 * A shape: signed distance from a point (icon units, 0–1 across, y down) to its edge, negative
 * inside. Distances need only be exact near the edge, where they set the anti-aliasing.
 */
type Shape = (x: number, y: number) => number

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r

/** An axis-aligned box of half-size (hw, hh) with rounded corners of radius r. */
const roundBox =
  (cx: number, cy: number, hw: number, hh: number, r: number): Shape =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r
    const qy = Math.abs(y - cy) - hh + r
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }

/** An ellipse of radii (rx, ry) turned by `angle` (radians); the usual close approximation of its distance. */
const ellipse =
  (cx: number, cy: number, rx: number, ry: number, angle: number): Shape =>
  (x, y) => {
    const c = Math.cos(angle)
    const s = Math.sin(angle)
    const u = (x - cx) * c + (y - cy) * s
    const v = -(x - cx) * s + (y - cy) * c
    const k0 = Math.hypot(u / rx, v / ry)
    const k1 = Math.hypot(u / (rx * rx), v / (ry * ry))
    return k1 === 0 ? -Math.min(rx, ry) : (k0 * (k0 - 1)) / k1
  }

/**
 * A band along a quadratic curve whose half-width follows `width(t)` (t 0–1 along it): the
 * distance to the nearest of many short straight pieces, minus the width there.
 */
function band(p0: Point, p1: Point, p2: Point, width: (t: number) => number, pieces = 96): Shape {
  const pts: { x: number; y: number; w: number }[] = []
  for (let i = 0; i <= pieces; i++) {
    const t = i / pieces
    const a = (1 - t) * (1 - t)
    const b = 2 * (1 - t) * t
    const c = t * t
    pts.push({ x: a * p0[0] + b * p1[0] + c * p2[0], y: a * p0[1] + b * p1[1] + c * p2[1], w: width(t) })
  }
  const maxW = Math.max(...pts.map((p) => p.w))
  const [x0, x1] = [Math.min(...pts.map((p) => p.x)) - maxW, Math.max(...pts.map((p) => p.x)) + maxW]
  const [y0, y1] = [Math.min(...pts.map((p) => p.y)) - maxW, Math.max(...pts.map((p) => p.y)) + maxW]
  return (x, y) => {
    // Far from the band's box the distance to the box is a good enough stand-in (and 100× faster):
    // it is never less than the true distance, and out there no pixel is touched by the band or a halo.
    const outside = Math.hypot(Math.max(x0 - x, 0, x - x1), Math.max(y0 - y, 0, y - y1))
    if (outside > 0.05) return outside
    let best = Infinity
    for (let i = 0; i < pieces; i++) {
      const p = pts[i]!
      const q = pts[i + 1]!
      const dx = q.x - p.x
      const dy = q.y - p.y
      const h = Math.min(1, Math.max(0, ((x - p.x) * dx + (y - p.y) * dy) / (dx * dx + dy * dy)))
      const d = Math.hypot(x - p.x - dx * h, y - p.y - dy * h) - (p.w + (q.w - p.w) * h)
      if (d < best) best = d
    }
    return best
  }
}

/** A straight bar with round ends (a capsule) from a to b, of half-width r. */
const bar = (a: Point, b: Point, r: number): Shape => band(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], b, () => r, 8)

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)))

/** Grow a shape by `by` (a halo around it). */
const grow =
  (shape: Shape, by: number): Shape =>
  (x, y) =>
    shape(x, y) - by

/** One side's parts, drawn for the patient's left (x > 0.5 on the icon, as seen from the front) and mirrored. */
function mirrored(make: (side: 1 | -1) => Shape): Shape {
  const left = make(1)
  const right = make(-1)
  return (x, y) => Math.min(left(x, y), right(x, y))
}

/** The skeleton: three lumbar vertebrae, the sacrum, the two pelvic wings, the femurs. */
const bones: Shape = union(
  roundBox(0.5, 0.12, 0.08, 0.034, 0.02),
  roundBox(0.5, 0.215, 0.085, 0.034, 0.02),
  roundBox(0.5, 0.31, 0.09, 0.034, 0.02),
  ellipse(0.5, 0.49, 0.07, 0.1, 0),
  mirrored((s) => ellipse(0.5 + s * 0.185, 0.47, 0.17, 0.1, s * -0.35)),
  mirrored((s) =>
    union(circle(0.5 + s * 0.215, 0.64, 0.055), bar([0.5 + s * 0.24, 0.66], [0.5 + s * 0.285, 0.95], 0.036)),
  ),
)

/** The psoas of each side: narrow at the spine, full in the belly over the pelvic brim, a tendon at the thigh. */
const psoas: Shape = mirrored((s) =>
  band(
    [0.5 + s * 0.11, 0.13],
    [0.5 + s * 0.12, 0.6],
    [0.5 + s * 0.225, 0.8],
    (t) => 0.011 + 0.03 * Math.sin(Math.PI * Math.pow(t, 0.8)),
  ),
)

/** Layers painted in order over the ground. */
const MARK: readonly { shape: Shape; color: Rgb }[] = [
  { shape: bones, color: BONE },
  // A ground-coloured halo keeps the muscle apart from the bone behind it at small sizes.
  { shape: grow(psoas, 0.014), color: GROUND },
  { shape: psoas, color: MUSCLE },
]

interface IconSpec {
  readonly file: string
  readonly size: number
  /** How much of the icon the mark spans (about its centre). */
  readonly scale: number
  /** Corner radius of the ground (share of the size); 0 fills the square, for masks and Apple's own rounding. */
  readonly corner: number
}

const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 0.86, corner: 0.2 },
  { file: 'icon-512.png', size: 512, scale: 0.86, corner: 0.2 },
  // Android may cut the icon to a circle of 80 % of its width: the mark stays inside it.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.66, corner: 0 },
  // iOS rounds the corners itself and shows transparency as black: a full square.
  { file: 'apple-touch-icon-180.png', size: 180, scale: 0.8, corner: 0 },
  { file: 'favicon-32.png', size: 32, scale: 0.98, corner: 0.18 },
]

/** Coverage of a pixel whose centre is `d` from an edge, for a pixel `px` wide. */
const coverage = (d: number, px: number): number => Math.min(1, Math.max(0, 0.5 - d / px))

function draw(spec: IconSpec): PNG {
  const { size, scale, corner } = spec
  const png = new PNG({ width: size, height: size })
  const px = 1 / size
  const ground = roundBox(0.5, 0.5, 0.5, 0.5, corner)
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size
      const y = (j + 0.5) / size
      // The mark's own coordinates: scaled about the centre.
      const mx = 0.5 + (x - 0.5) / scale
      const my = 0.5 + (y - 0.5) / scale
      let [r, g, b] = GROUND
      for (const layer of MARK) {
        const a = coverage(layer.shape(mx, my) * scale, px)
        if (a === 0) continue
        r += (layer.color[0] - r) * a
        g += (layer.color[1] - g) * a
        b += (layer.color[2] - b) * a
      }
      const o = (j * size + i) * 4
      png.data[o] = Math.round(r)
      png.data[o + 1] = Math.round(g)
      png.data[o + 2] = Math.round(b)
      png.data[o + 3] = Math.round(255 * (corner === 0 ? 1 : coverage(ground(x, y), px)))
    }
  return png
}

const outDir = resolve('public/icons')
mkdirSync(outDir, { recursive: true })
for (const spec of ICONS) {
  const bytes = PNG.sync.write(draw(spec))
  writeFileSync(resolve(outDir, spec.file), bytes)
  console.log(`public/icons/${spec.file}  ${spec.size}×${spec.size}  ${bytes.length} bytes`)
}
