/**
 * Scalar helpers shared by the zone maths, the app and the generator's fields. The generator
 * evaluates these millions of times per model, so they stay branch-and-multiply simple (no
 * `Math.min`/`Math.max` pair in `clamp`), and the models' bytes depend on their exact arithmetic.
 */

/** `v` limited to [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v)

/** Linear interpolation: `a` at t = 0, `b` at t = 1. */
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t

/**
 * Hermite smoothstep: 0 at or below `e0`, 1 at or above `e1`, smooth between (zero slope at both
 * edges, so a blend built from it has no kink). Edges may be given high-to-low for a falling
 * step; equal edges make a hard step at `e0`.
 */
export function smoothstep(e0: number, e1: number, x: number): number {
  if (e1 === e0) return x < e0 ? 0 : 1
  const t = clamp((x - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}
