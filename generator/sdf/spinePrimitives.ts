/**
 * SDF helpers shared by the vertebra, disc and femur modules. General ones, written with sqrt
 * rather than Math.hypot because fields run millions of times: lengths, a unit vector, an
 * axis-aligned ellipsoid and ellipse, a rounded intersection. Spine-specific ones: the
 * kidney-shaped body outline (so a disc's footprint is exactly its neighbours' endplates), the
 * endplate surfaces, and "plates" — thin shells over a 2D outline in an arbitrary plane, which
 * give the flattened processes (transverse, articular, laminae, spinous) that round cones cannot
 * (GEOMETRY.md §6: cylinders look toy-like).
 */
import type { Vec3 } from '../../src/anatomy/types'
import { cross, dot } from '../../src/anatomy/vec'
import { clamp } from '../../src/anatomy/scalar'
import { smax, smin, type Sdf } from './primitives'

/** √(a² + b²) — Math.hypot is several times slower in V8 and this runs ~10⁶ times per mesh. */
export const len2 = (a: number, b: number): number => Math.sqrt(a * a + b * b)
/** √(a² + b² + c²). */
export const len3 = (a: number, b: number, c: number): number => Math.sqrt(a * a + b * b + c * c)
/**
 * `v` scaled to unit length with {@link len3}. Not `vec.normalize` (Math.hypot, then a multiply by
 * the reciprocal): the bones' shapes, and so the committed models' bytes, depend on this rounding.
 */
export const unit = (v: Vec3): Vec3 => {
  const l = len3(v[0], v[1], v[2])
  return [v[0] / l, v[1] / l, v[2] / l]
}

/** Bounding-sphere culling as in `primitives.bounded`, without Math.hypot. */
export const boundedFast = (f: Sdf, c: Vec3, radius: number, margin: number): Sdf => {
  const [cx, cy, cz] = c
  const r2 = (radius + margin) * (radius + margin)
  return (x, y, z) => {
    const dx = x - cx
    const dy = y - cy
    const dz = z - cz
    const q = dx * dx + dy * dy + dz * dz
    return q > r2 ? Math.sqrt(q) - radius : f(x, y, z)
  }
}

/** Axis-aligned ellipsoid (Quilez's bound), without allocation. */
export const ellipsoidAA = (c: Vec3, r: Vec3): Sdf => {
  const [cx, cy, cz] = c
  const [ra, rb, rc] = r
  return (x, y, z) => {
    const px = x - cx
    const py = y - cy
    const pz = z - cz
    const k0 = len3(px / ra, py / rb, pz / rc)
    const k1 = len3(px / (ra * ra), py / (rb * rb), pz / (rc * rc))
    return k1 === 0 ? -Math.min(ra, rb, rc) : (k0 * (k0 - 1)) / k1
  }
}

/** A 2D signed distance (negative inside) in a plate's (a, b) coordinates. */
export type Outline2d = (a: number, b: number) => number

/**
 * Approximate signed distance to an axis-aligned ellipse (semi-axes ra, rb) — Quilez's gradient
 * bound k0(k0−1)/k1, good near the boundary, which is where the mesher looks.
 */
export const ellipse2d = (a: number, b: number, ra: number, rb: number): number => {
  const k0 = len2(a / ra, b / rb)
  const k1 = len2(a / (ra * ra), b / (rb * rb))
  return k1 === 0 ? -Math.min(ra, rb) : (k0 * (k0 - 1)) / k1
}

/**
 * Exact distance to a 2D tapered capsule along +a from (0, 0) with radius r0 to (len, 0) with
 * radius r1 (Quilez's uneven capsule). Needs |r0 − r1| < len.
 */
export const taperedCapsule2d = (r0: number, r1: number, len: number): Outline2d => {
  const sb = (r0 - r1) / len
  const ca = Math.sqrt(1 - sb * sb)
  return (a, b) => {
    const x = Math.abs(b)
    const k = -sb * x + ca * a
    if (k < 0) return len2(x, a) - r0
    if (k > ca * len) return len2(x, a - len) - r1
    return ca * x + sb * a - r0
  }
}

/** 2D rounded rectangle centred at the origin with half-sizes ha, hb and corner radius r. */
export const roundRect2d =
  (ha: number, hb: number, r: number): Outline2d =>
  (a, b) =>
    roundIntersect(Math.abs(a) - ha, Math.abs(b) - hb, r)

/** A plate's placement: centre, in-plane axes a (ua) and b (ub), normal n = ua × ub. */
export interface PlateFrame {
  readonly centre: Vec3
  readonly ua: Vec3
  readonly ub: Vec3
  readonly n: Vec3
}

/**
 * Plate frame from its centre, its main in-plane direction `along` and an approximate normal
 * (made orthogonal to `along`). ub = n × ua, so with along = lateral and normal = anterior, b is up.
 */
export const plateFrame = (centre: Vec3, along: Vec3, normalHint: Vec3): PlateFrame => {
  const ua = unit(along)
  const d = dot(normalHint, ua)
  const n = unit([normalHint[0] - d * ua[0], normalHint[1] - d * ua[1], normalHint[2] - d * ua[2]])
  return { centre, ua, ub: cross(n, ua), n }
}

/**
 * A plate of half-thickness th(a, b) over a 2D outline, every rim fully rounded (the "rounded
 * extrusion" of GEOMETRY.md §2). `bend` curves the mid-surface into a cylinder about the a axis
 * (offset bend·b²/2 along n): concave towards +n. Used so articular facets are gently cupped.
 */
export const plate = (f: PlateFrame, outline: Outline2d, th: (a: number, b: number) => number, bend = 0): Sdf => {
  const { centre: c, ua, ub, n } = f
  return (x, y, z) => {
    const px = x - c[0]
    const py = y - c[1]
    const pz = z - c[2]
    const a = px * ua[0] + py * ua[1] + pz * ua[2]
    const b = px * ub[0] + py * ub[1] + pz * ub[2]
    const h = px * n[0] + py * n[1] + pz * n[2] - 0.5 * bend * b * b
    const t = th(a, b)
    return len2(Math.max(outline(a, b) + t, 0), h) - t
  }
}

/** Body outline parameters (superior view), all in mm. */
export interface KidneyParams {
  /** Left–right width. */
  readonly width: number
  /** Anterior–posterior depth. */
  readonly depth: number
  /** Depth of the posterior concavity that faces the vertebral canal. */
  readonly indent: number
}

/**
 * Signed 2D distance to the kidney-shaped body outline in the (x, z) plane, centred on the origin.
 * An ellipse whose centre sits a little posterior is cut flat behind (so the posterolateral
 * corners are square-ish, as in a lumbar body) and then dented by a wide circle for the
 * canal-facing concavity. All joins are smooth (k ≥ 4 mm), so the outline has no kinks.
 */
export const kidney2d = (k: KidneyParams, x: number, z: number): number => {
  const hw = k.width / 2
  const hd = k.depth / 2
  const shift = 0.12 * k.depth
  let d = ellipse2d(x, z + shift, hw * 1.02, hd + shift)
  d = smax(d, -z - hd, 7)
  // concavity: a circle of radius R whose front edge lies `indent` in front of the posterior wall
  const R = 0.42 * k.width
  const dent = len2(x, z + hd + R - k.indent) - R
  return smax(d, -dent, 6)
}

/** Normalised radial position inside the endplate (0 centre, ≈1 at the rim), smooth. */
export const endplateRho2 = (k: KidneyParams, x: number, z: number): number =>
  (x / (k.width / 2)) ** 2 + (z / (k.depth / 2)) ** 2

/**
 * Depth of the endplate's central concavity at (x, z): `depth` at the centre, falling smoothly
 * (C1, no shading line) to 0 at the ring apophysis.
 */
export const endplateDip = (k: KidneyParams, depth: number, x: number, z: number): number => {
  const r2 = clamp(endplateRho2(k, x, z) / 0.75, 0, 1)
  const s = 1 - r2
  return depth * s * s
}

/** Rounded intersection of two signed distances (both must be ≤ 0 inside), edge radius r. */
export const roundIntersect = (d1: number, d2: number, r: number): number =>
  len2(Math.max(d1 + r, 0), Math.max(d2 + r, 0)) + Math.min(Math.max(d1 + r, d2 + r), 0) - r

/** Smooth union of a list of already-evaluated distances. */
export const sminList = (ds: readonly number[], k: number): number => {
  let d = Infinity
  for (const v of ds) d = smin(d, v, k)
  return d
}

/**
 * Exact signed distance to a closed 2D polygon (negative inside), over flat coordinate arrays so
 * the inner loop does no tuple lookups (the spinous outline is evaluated ~10⁵ times per mesh).
 */
export const polygonFast = (pts: readonly (readonly [number, number])[]): Outline2d => {
  const n = pts.length
  const xs = new Float64Array(pts.map((p) => p[0]))
  const ys = new Float64Array(pts.map((p) => p[1]))
  return (px, py) => {
    let d = Infinity
    let s = 1
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const ax = xs[i]!
      const ay = ys[i]!
      const ex = xs[j]! - ax
      const ey = ys[j]! - ay
      const wx = px - ax
      const wy = py - ay
      const t = clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0, 1)
      const dx = wx - ex * t
      const dy = wy - ey * t
      const q = dx * dx + dy * dy
      if (q < d) d = q
      const c1 = py >= ay
      const c2 = py < ay + ey
      const c3 = ex * wy > ey * wx
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
    }
    return s * Math.sqrt(d)
  }
}

/** Centre and radius of a sphere around a set of points, padded by `pad`. */
export const sphereAround = (pts: readonly Vec3[], pad: number): { c: Vec3; r: number } => {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const p of pts) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, p[k]!)
      hi[k] = Math.max(hi[k]!, p[k]!)
    }
  }
  const c: Vec3 = [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2, (lo[2]! + hi[2]!) / 2]
  let r = 0
  for (const p of pts) r = Math.max(r, len3(p[0] - c[0], p[1] - c[1], p[2] - c[2]))
  return { c, r: r + pad }
}
