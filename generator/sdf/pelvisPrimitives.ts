/**
 * Extra SDF helpers for the pelvic bones: a smooth closed outline through given points, a smooth
 * height field through scattered control points (for curved bony plates), and a polyline tube.
 */
import type { Vec3 } from '../../src/anatomy/types'
import { roundCone, smin, type Sdf } from './primitives'

/** Points of one uniform Catmull-Rom span from p1 to p2 (p0 and p3 its neighbours), `perSpan` of them, p1 first. */
function catmullRomSpan(
  p0: readonly [number, number],
  p1: readonly [number, number],
  p2: readonly [number, number],
  p3: readonly [number, number],
  perSpan: number,
  out: [number, number][],
): void {
  for (let k = 0; k < perSpan; k++) {
    const t = k / perSpan
    const t2 = t * t
    const t3 = t2 * t
    const c = (a: number, b: number, c2: number, d: number) =>
      0.5 * (2 * b + (-a + c2) * t + (2 * a - 5 * b + 4 * c2 - d) * t2 + (-a + 3 * b - 3 * c2 + d) * t3)
    out.push([c(p0[0], p1[0], p2[0], p3[0]), c(p0[1], p1[1], p2[1], p3[1])])
  }
}

/**
 * Closed uniform Catmull-Rom curve through `pts`, sampled `perSpan` times per span. Unlike
 * Chaikin corner cutting it passes THROUGH the control points, so a landmark placed on an
 * outline vertex stays on the surface.
 */
export function catmullRomClosed(pts: readonly (readonly [number, number])[], perSpan = 6): [number, number][] {
  const n = pts.length
  const out: [number, number][] = []
  for (let i = 0; i < n; i++)
    catmullRomSpan(pts[(i - 1 + n) % n]!, pts[i]!, pts[(i + 1) % n]!, pts[(i + 2) % n]!, perSpan, out)
  return out
}

/** Open uniform Catmull-Rom curve from the first of `pts` to the last, through every one of them. */
export function catmullRomOpen(pts: readonly (readonly [number, number])[], perSpan = 6): [number, number][] {
  const n = pts.length
  const out: [number, number][] = []
  // The end points stand in for their missing outer neighbours.
  for (let i = 0; i < n - 1; i++)
    catmullRomSpan(pts[Math.max(i - 1, 0)]!, pts[i]!, pts[i + 1]!, pts[Math.min(i + 2, n - 1)]!, perSpan, out)
  out.push([pts[n - 1]![0], pts[n - 1]![1]])
  return out
}

/**
 * A low ridge along an open 2D curve: `height` on the curve, falling off as a Gaussian of the
 * distance from it (`width`: the distance at which it is down to 1/e), and fading in and out over
 * `fade` along the curve at both ends, so the ridge rises out of the surface and sinks back.
 */
export function ridge2d(
  curve: readonly (readonly [number, number])[],
  height: number,
  width: number,
  fade: number,
): (u: number, v: number) => number {
  const along: number[] = [0]
  for (let i = 1; i < curve.length; i++)
    along.push(along[i - 1]! + Math.hypot(curve[i]![0] - curve[i - 1]![0], curve[i]![1] - curve[i - 1]![1]))
  const total = along[along.length - 1]!
  return (u, v) => {
    let best = Infinity
    let at = 0
    for (let i = 1; i < curve.length; i++) {
      const [ax, ay] = curve[i - 1]!
      const dx = curve[i]![0] - ax
      const dy = curve[i]![1] - ay
      const l2 = dx * dx + dy * dy || 1
      const t = Math.min(Math.max(((u - ax) * dx + (v - ay) * dy) / l2, 0), 1)
      const d = Math.hypot(u - ax - t * dx, v - ay - t * dy)
      if (d < best) {
        best = d
        at = along[i - 1]! + t * (along[i]! - along[i - 1]!)
      }
    }
    const ends = Math.min(1, at / fade, (total - at) / fade)
    const taper = ends * ends * (3 - 2 * ends)
    return height * taper * Math.exp(-((best / width) ** 2))
  }
}

/**
 * Smooth height field h(u, v) through scattered control values: polyharmonic r³ radial basis plus
 * an affine term (C², no kinks, so no shading lines). Returns value and gradient.
 */
export function rbfSurface(ctrl: readonly (readonly [number, number, number])[]) {
  const n = ctrl.length
  const N = n + 3
  // Dense system [[K P],[Pᵀ 0]] [w a]ᵀ = [f 0]ᵀ solved by Gaussian elimination with pivoting.
  const A: number[][] = []
  for (let i = 0; i < N; i++) A.push(new Array<number>(N + 1).fill(0))
  for (let i = 0; i < n; i++) {
    const [ui, vi, fi] = ctrl[i]!
    for (let j = 0; j < n; j++) {
      const [uj, vj] = ctrl[j]!
      A[i]![j] = Math.hypot(ui - uj, vi - vj) ** 3
    }
    A[i]![n] = A[n]![i] = 1
    A[i]![n + 1] = A[n + 1]![i] = ui
    A[i]![n + 2] = A[n + 2]![i] = vi
    A[i]![N] = fi
  }
  for (let c = 0; c < N; c++) {
    let piv = c
    for (let r = c + 1; r < N; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r
    const tmp = A[c]!
    A[c] = A[piv]!
    A[piv] = tmp
    const rowC = A[c]!
    for (let r = 0; r < N; r++) {
      if (r === c) continue
      const row = A[r]!
      const f = row[c]! / rowC[c]!
      if (f === 0) continue
      for (let k = c; k <= N; k++) row[k] = row[k]! - f * rowC[k]!
    }
  }
  const sol = A.map((row, i) => row[N]! / row[i]!)
  const cu = ctrl.map((c) => c[0])
  const cv = ctrl.map((c) => c[1])
  const w = sol.slice(0, n)
  const a0 = sol[n]!
  const a1 = sol[n + 1]!
  const a2 = sol[n + 2]!
  /** Height and gradient at (u, v): [h, dh/du, dh/dv]. */
  return (u: number, v: number): [number, number, number] => {
    let h = a0 + a1 * u + a2 * v
    let gu = a1
    let gv = a2
    for (let i = 0; i < n; i++) {
      const du = u - cu[i]!
      const dv = v - cv[i]!
      const r = Math.sqrt(du * du + dv * dv)
      const wi = w[i]!
      h += wi * r * r * r
      gu += 3 * wi * r * du
      gv += 3 * wi * r * dv
    }
    return [h, gu, gv]
  }
}

/** Smooth chain of round cones through points with per-point radii (a ridge or a ramus). */
export function tube(pts: readonly Vec3[], radii: readonly number[], k: number): Sdf {
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < pts.length; i++) parts.push(roundCone(pts[i]!, pts[i + 1]!, radii[i]!, radii[i + 1]!))
  return (x, y, z) => {
    let d = Infinity
    for (const f of parts) d = smin(d, f(x, y, z), k)
    return d
  }
}

/** Approximate signed distance to an ellipse (semi-axes a, b) in 2D, negative inside. */
export const ellipse2d = (u: number, v: number, a: number, b: number): number => {
  const k0 = Math.hypot(u / a, v / b)
  const k1 = Math.hypot(u / (a * a), v / (b * b))
  return k1 === 0 ? -Math.min(a, b) : (k0 * (k0 - 1)) / k1
}
