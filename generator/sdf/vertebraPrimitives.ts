/**
 * 2D outlines for the lumbar vertebra and its discs that `spinePrimitives.ts` does not have: a
 * kidney-shaped body with a truly concave back, and a rounded triangle for the lumbar canal.
 * Kept apart from `spinePrimitives.ts` so the femur and the sacrum, which import that module, are
 * untouched by anything here.
 */
import { ellipse2d, type KidneyParams, type Outline2d, polygonFast } from './spinePrimitives'
import { smax } from './primitives'

/** Posterior border of a lumbar body and the dent in it, beyond the midline wall (mm). */
export interface BodyBackParams {
  /** How far the posterolateral corners reach behind the nominal posterior wall (−depth/2). */
  readonly cornerReach: number
  /** Half-width of the concavity as a fraction of the body width (≈ half the canal's base). */
  readonly dentHalfWidth: number
  /**
   * How much further forward than −depth/2 + `indent` the midline wall sits (mm): `kidney2d`'s two
   * overlapping smooth joins leave its wall there, so matching it keeps the measured depth.
   */
  readonly midlineShift: number
}

/**
 * Signed 2D distance (x, z) to a lumbar body seen from above: a broad ellipse for the convex front
 * and sides, cut square-ish behind with rounded posterolateral corners, and a concave posterior
 * border that curves in towards the canal. The midline posterior wall stays where
 * `spinePrimitives.kidney2d` puts it (see `midlineShift`), and the width and the front are the same, so the body's measured width and midline depth (and the psoas areas on its
 * sides) do not move; only the corners reach back `cornerReach` further, which is what makes the
 * back visibly concave rather than a faint dimple.
 */
export const lumbarBody2d = (k: KidneyParams, back: BodyBackParams, x: number, z: number): number => {
  const hw = k.width / 2
  const hd = k.depth / 2
  // an ellipse centred behind the middle: widest over the back half, as a lumbar body is
  const z0 = -0.2 * hd
  let d = ellipse2d(x, z - z0, hw * 1.015, hd - z0)
  const zBack = -hd - back.cornerReach
  d = smax(d, zBack - z, 6)
  // the concavity: an ellipse whose front edge is the midline wall
  const rb = 8
  const zMid = -hd + k.indent + back.midlineShift
  const dent = ellipse2d(x, z - (zMid - rb), back.dentHalfWidth * k.width, rb)
  return smax(d, -dent, 5)
}

/**
 * A triangle with rounded corners, as an exact signed distance: the triangle (a, b, c) shrunk
 * towards its incentre by `r` and then grown back by `r`, which rounds every corner with radius
 * `r` and keeps the straight sides where they were.
 */
export const roundedTriangle2d = (
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
  r: number,
): Outline2d => {
  const side = (p: readonly [number, number], q: readonly [number, number]) =>
    Math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
  const la = side(b, c)
  const lb = side(c, a)
  const lc = side(a, b)
  const per = la + lb + lc
  const ix = (la * a[0] + lb * b[0] + lc * c[0]) / per
  const iy = (la * a[1] + lb * b[1] + lc * c[1]) / per
  const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2
  const inradius = (2 * area) / per
  // offsetting a triangle inwards by r is a scaling about its incentre by 1 − r/inradius
  const s = 1 - r / inradius
  const shrink = (p: readonly [number, number]): [number, number] => [ix + (p[0] - ix) * s, iy + (p[1] - iy) * s]
  const poly = polygonFast([shrink(a), shrink(b), shrink(c)])
  return (u, v) => poly(u, v) - r
}
