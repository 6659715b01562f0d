/**
 * The plane geometry of the pain zones' centre curves: a curve smoothed through a few control
 * points, and how far a point lies outside a band of varying half-width around it. Pure numbers;
 * `painZoneShapes.ts` maps skin points into each shape's plane (across a facing, or a limb
 * unrolled flat) before asking.
 */

/** A centre curve in a plane: vertex coordinates and the band's half-width at each vertex. */
export interface TaperedPolyline {
  readonly x: Float64Array
  readonly y: Float64Array
  readonly halfWidth: Float64Array
}

/** The coordinates of a curve node that the spline smooths (the third, the half-width, is linear). */
const POSITION = [0, 1] as const

/**
 * A smooth curve through `nodes` (each `[x, y, halfWidth]`): uniform Catmull–Rom between
 * consecutive nodes, `steps` pieces per span, the ends held by repeating the end nodes. The
 * half-width runs linearly between nodes, so a band tapers steadily from one node's width to the
 * next. The curve passes through every node, so a point placed on a landmark stays on the curve.
 */
export function catmullRom(nodes: readonly (readonly [number, number, number])[], steps: number): TaperedPolyline {
  if (nodes.length < 2) throw new Error('pain zones: a centre curve needs at least two nodes')
  const spans = nodes.length - 1
  // Two nodes make a straight segment: no need to subdivide it.
  const per = spans === 1 ? 1 : Math.max(1, Math.floor(steps))
  const count = spans * per + 1
  const x = new Float64Array(count)
  const y = new Float64Array(count)
  const halfWidth = new Float64Array(count)
  const out = [x, y] as const
  const node = (i: number) => nodes[Math.min(Math.max(i, 0), nodes.length - 1)]!
  for (let s = 0; s < spans; s++) {
    const p0 = node(s - 1)
    const p1 = node(s)
    const p2 = node(s + 1)
    const p3 = node(s + 2)
    for (let k = 0; k < per; k++) {
      const t = k / per
      const t2 = t * t
      const t3 = t2 * t
      for (const c of POSITION) {
        out[c][s * per + k] =
          0.5 *
          (2 * p1[c] +
            (p2[c] - p0[c]) * t +
            (2 * p0[c] - 5 * p1[c] + 4 * p2[c] - p3[c]) * t2 +
            (3 * p1[c] - p0[c] - 3 * p2[c] + p3[c]) * t3)
      }
      // Linear, not Catmull–Rom: a spline would overshoot between a wide and a narrow node.
      halfWidth[s * per + k] = p1[2] + (p2[2] - p1[2]) * t
    }
  }
  const last = nodes[nodes.length - 1]!
  x[count - 1] = last[0]
  y[count - 1] = last[1]
  halfWidth[count - 1] = last[2]
  return { x, y, halfWidth }
}

/**
 * How far the point (px, py) lies outside the band around a tapered polyline: the smallest, over
 * the pieces, of the distance to the piece minus the half-width interpolated at the nearest point
 * on it. Negative inside the band (more negative deeper in), so callers clamp at 0. The ends are
 * round caps of the end half-widths.
 *
 * `sx`, `sy` scale the curve's coordinates (not the half-widths) before measuring, point
 * included: a limb strip keeps its curve in (angle, cm) and scales the angle by the point's own
 * radius, so one curve serves a thick thigh and a thin ankle.
 */
export function outsideTaperedPolyline(line: TaperedPolyline, px: number, py: number, sx = 1, sy = 1): number {
  const { x, y, halfWidth } = line
  let best = Infinity
  for (let i = 0; i + 1 < x.length; i++) {
    // Scaled on the fly (not into a copy): the limb strips call this once per skin vertex.
    const ax = x[i]! * sx
    const ay = y[i]! * sy
    const dx = x[i + 1]! * sx - ax
    const dy = y[i + 1]! * sy - ay
    const len2 = dx * dx + dy * dy
    let t = len2 > 0 ? ((px * sx - ax) * dx + (py * sy - ay) * dy) / len2 : 0
    t = t < 0 ? 0 : t > 1 ? 1 : t
    const ex = px * sx - ax - dx * t
    const ey = py * sy - ay - dy * t
    const w = halfWidth[i]! + (halfWidth[i + 1]! - halfWidth[i]!) * t
    const d = Math.sqrt(ex * ex + ey * ey) - w
    if (d < best) best = d
  }
  return best
}

/**
 * How far (px, py) lies outside an ellipse centred at the origin with semi-axes `a` along x and
 * `b` along y, measured along the ray from the centre (exact on the axes, a close and smooth
 * estimate between them); negative inside.
 */
export function outsideEllipse(px: number, py: number, a: number, b: number): number {
  const r = Math.hypot(px, py)
  if (r === 0) return -Math.min(a, b)
  const k = Math.hypot(px / a, py / b)
  // The boundary along this ray is at r / k from the centre.
  return r - r / k
}
