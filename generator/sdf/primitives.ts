/**
 * Signed-distance building blocks in millimetres (negative inside, the usual convention; the
 * mesher negates for manifold). Each is a few lines of closed-form maths; most are the standard
 * distance functions for spheres, capsules, round cones, ellipsoids and boxes.
 */
import { clamp } from '../../src/anatomy/scalar'
import type { Vec3 } from '../../src/anatomy/types'

/** A signed distance field: negative inside, positive outside, roughly Euclidean near the surface. */
export type Sdf = (x: number, y: number, z: number) => number

/** Polynomial smooth minimum: union with a fillet of radius about `k`. */
export const smin = (a: number, b: number, k: number): number => {
  if (k <= 0) return Math.min(a, b)
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}
/** Smooth maximum (intersection with a fillet). */
export const smax = (a: number, b: number, k: number): number => -smin(-a, -b, k)
/** `a` minus `b`, with a fillet of about `k`. */
export const ssub = (a: number, b: number, k: number): number => smax(a, -b, k)

export const sphere =
  (c: Vec3, r: number): Sdf =>
  (x, y, z) =>
    Math.hypot(x - c[0], y - c[1], z - c[2]) - r

/** Exact distance to a round cone (a capsule whose radius goes from ra at a to rb at b). */
export const roundCone = (a: Vec3, b: Vec3, ra: number, rb: number): Sdf => {
  const bax = b[0] - a[0]
  const bay = b[1] - a[1]
  const baz = b[2] - a[2]
  const l2 = bax * bax + bay * bay + baz * baz
  const rr = ra - rb
  const a2 = l2 - rr * rr
  const il2 = 1 / l2
  return (x, y, z) => {
    const pax = x - a[0]
    const pay = y - a[1]
    const paz = z - a[2]
    const yy = pax * bax + pay * bay + paz * baz
    const zz = yy - l2
    const qx = pax * l2 - bax * yy
    const qy = pay * l2 - bay * yy
    const qz = paz * l2 - baz * yy
    const x2 = qx * qx + qy * qy + qz * qz
    const y2 = yy * yy * l2
    const z2 = zz * zz * l2
    const k = Math.sign(rr) * rr * rr * x2
    if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb
    if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra
    return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra
  }
}

/** Capsule of constant radius between a and b. */
export const capsule = (a: Vec3, b: Vec3, r: number): Sdf => roundCone(a, b, r, r)

/** Ellipsoid with semi-axes r along the axes of an orthonormal frame (u, v, w) centred at c. */
export const ellipsoid = (c: Vec3, r: Vec3, frame: Frame = IDENTITY_FRAME): Sdf => {
  return (x, y, z) => {
    const [px, py, pz] = toLocal(frame, x - c[0], y - c[1], z - c[2])
    const k0 = Math.hypot(px / r[0], py / r[1], pz / r[2])
    const k1 = Math.hypot(px / (r[0] * r[0]), py / (r[1] * r[1]), pz / (r[2] * r[2]))
    return k1 === 0 ? -Math.min(r[0], r[1], r[2]) : (k0 * (k0 - 1)) / k1
  }
}

/** Box with half-sizes h (in the frame's u, v, w order) and rounded edges of radius rad. */
export const roundBox = (c: Vec3, h: Vec3, rad: number, frame: Frame = IDENTITY_FRAME): Sdf => {
  return (x, y, z) => {
    const [px, py, pz] = toLocal(frame, x - c[0], y - c[1], z - c[2])
    const qx = Math.abs(px) - h[0] + rad
    const qy = Math.abs(py) - h[1] + rad
    const qz = Math.abs(pz) - h[2] + rad
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)) + Math.min(Math.max(qx, qy, qz), 0) - rad
  }
}

/** Infinite elliptic cylinder along the frame's w axis, semi-axes a (u) and b (v). Approximate distance. */
export const ellipticCylinder = (c: Vec3, a: number, b: number, frame: Frame = IDENTITY_FRAME): Sdf => {
  const m = Math.min(a, b)
  return (x, y, z) => {
    const [px, py] = toLocal(frame, x - c[0], y - c[1], z - c[2])
    return (Math.hypot(px / a, py / b) - 1) * m
  }
}

/** Translate a field. */
export const translate =
  (f: Sdf, t: Vec3): Sdf =>
  (x, y, z) =>
    f(x - t[0], y - t[1], z - t[2])

/** Mirror a field across the midsagittal plane (x → −x). */
export const mirrorX =
  (f: Sdf): Sdf =>
  (x, y, z) =>
    f(-x, y, z)

/** Smooth union of many fields with one blend radius. */
export const unionAll =
  (fs: readonly Sdf[], k: number): Sdf =>
  (x, y, z) => {
    let d = Infinity
    for (const f of fs) d = smin(d, f(x, y, z), k)
    return d
  }

/**
 * Bounding-sphere culling: outside the sphere (beyond `margin`) return the sphere distance, a
 * true lower bound, without evaluating the expensive field. Margin ≥ 2× the blend radius keeps
 * the smooth-min bit-exact (GEOMETRY.md §1).
 */
export const bounded = (f: Sdf, c: Vec3, radius: number, margin: number): Sdf => {
  return (x, y, z) => {
    const db = Math.hypot(x - c[0], y - c[1], z - c[2]) - radius
    return db > margin ? db : f(x, y, z)
  }
}

/** An orthonormal frame: u, v, w are the local x, y, z axes expressed in the parent frame. */
export interface Frame {
  readonly u: Vec3
  readonly v: Vec3
  readonly w: Vec3
}
export const IDENTITY_FRAME: Frame = { u: [1, 0, 0], v: [0, 1, 0], w: [0, 0, 1] }

/** Components of a parent-frame vector in a local frame. */
export const toLocal = (f: Frame, x: number, y: number, z: number): [number, number, number] => [
  x * f.u[0] + y * f.u[1] + z * f.u[2],
  x * f.v[0] + y * f.v[1] + z * f.v[2],
  x * f.w[0] + y * f.w[1] + z * f.w[2],
]

/** Build a right-handed frame whose w axis is `w` and whose v axis is as close as possible to `up`. */
export const frameFromW = (w: Vec3, up: Vec3 = [0, 1, 0]): Frame => {
  const wl = Math.hypot(w[0], w[1], w[2])
  const wn: Vec3 = [w[0] / wl, w[1] / wl, w[2] / wl]
  let ux = up[1] * wn[2] - up[2] * wn[1]
  let uy = up[2] * wn[0] - up[0] * wn[2]
  let uz = up[0] * wn[1] - up[1] * wn[0]
  const ul = Math.hypot(ux, uy, uz)
  ux /= ul
  uy /= ul
  uz /= ul
  const v: Vec3 = [wn[1] * uz - wn[2] * uy, wn[2] * ux - wn[0] * uz, wn[0] * uy - wn[1] * ux]
  return { u: [ux, uy, uz], v, w: wn }
}

/** Catmull-Rom interpolation through evenly spaced values, t in [0, 1]. */
export const spline1d = (values: readonly number[], t: number): number => {
  const n = values.length - 1
  const s = clamp(t, 0, 1) * n
  const i = Math.min(Math.floor(s), n - 1)
  const f = s - i
  const p0 = values[Math.max(i - 1, 0)]!
  const p1 = values[i]!
  const p2 = values[i + 1]!
  const p3 = values[Math.min(i + 2, n)]!
  return (
    0.5 * (2 * p1 + (-p0 + p2) * f + (2 * p0 - 5 * p1 + 4 * p2 - p3) * f * f + (-p0 + 3 * p1 - 3 * p2 + p3) * f * f * f)
  )
}

/** Exact signed distance to a closed 2D polygon (negative inside). */
export const polygon2d = (pts: readonly (readonly [number, number])[]) => {
  const n = pts.length
  return (px: number, py: number): number => {
    let d = Infinity
    let s = 1
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const [ax, ay] = pts[i]!
      const [bx, by] = pts[j]!
      const ex = bx - ax
      const ey = by - ay
      const wx = px - ax
      const wy = py - ay
      const t = clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0, 1)
      const dx = wx - ex * t
      const dy = wy - ey * t
      d = Math.min(d, dx * dx + dy * dy)
      const c1 = py >= ay
      const c2 = py < by
      const c3 = ex * wy > ey * wx
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
    }
    return s * Math.sqrt(d)
  }
}

/** Chaikin corner-cutting of a closed outline, `iterations` times. */
export const chaikin = (pts: readonly (readonly [number, number])[], iterations = 2): [number, number][] => {
  let cur = pts.map((p) => [p[0], p[1]] as [number, number])
  for (let k = 0; k < iterations; k++) {
    const next: [number, number][] = []
    for (let i = 0; i < cur.length; i++) {
      const a = cur[i]!
      const b = cur[(i + 1) % cur.length]!
      next.push(
        [0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]],
        [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]],
      )
    }
    cur = next
  }
  return cur
}
