import type { Vec3 } from './types'

/**
 * The vertex nearest `target` among those whose unit normal faces `direction` by at least
 * `minFacing` (the cosine of the widest angle allowed); every vertex when `direction` is null.
 * Positions and normals are flat xyz arrays. Returns -1 when no vertex qualifies.
 *
 * Used to put a point given in anatomical terms ("3 cm lateral of L3, felt from behind") on the
 * near side of a closed surface such as the skin, never on the skin of the far side.
 */
export function nearestFacingVertex(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  target: Vec3,
  direction: Vec3 | null,
  minFacing: number,
): number {
  let best = -1
  let bestD = Infinity
  const n = positions.length / 3
  for (let i = 0; i < n; i++) {
    if (direction) {
      const f = normals[i * 3]! * direction[0] + normals[i * 3 + 1]! * direction[1] + normals[i * 3 + 2]! * direction[2]
      if (f < minFacing) continue
    }
    const dx = positions[i * 3]! - target[0]
    const dy = positions[i * 3 + 1]! - target[1]
    const dz = positions[i * 3 + 2]! - target[2]
    const d = dx * dx + dy * dy + dz * dz
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  return best
}
