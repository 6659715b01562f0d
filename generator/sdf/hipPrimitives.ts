/**
 * SDF helpers for the hip bone's finer shape: flattening a part across a plane (rami that are
 * bars rather than round tubes) and a smooth half-space (the flat quadrilateral plate).
 */
import type { Vec3 } from '../../src/anatomy/types'
import type { Sdf } from './primitives'

/**
 * `f` squashed across the plane through `c` with unit normal `n`: its thickness along `n` becomes
 * `s` (0 < s ≤ 1) times the original, its extent within the plane is kept. The result is scaled by
 * `s`, so it never overestimates the distance (safe for culling and blends).
 */
export const flattened = (f: Sdf, c: Vec3, n: Vec3, s: number): Sdf => {
  const k = 1 / s - 1
  return (x, y, z) => {
    const t = (x - c[0]) * n[0] + (y - c[1]) * n[1] + (z - c[2]) * n[2]
    return f(x + n[0] * t * k, y + n[1] * t * k, z + n[2] * t * k) * s
  }
}

/** Signed distance to the plane through `p` with unit normal `n`: positive on the side `n` points to. */
export const halfSpace =
  (p: Vec3, n: Vec3): Sdf =>
  (x, y, z) =>
    (x - p[0]) * n[0] + (y - p[1]) * n[1] + (z - p[2]) * n[2]
