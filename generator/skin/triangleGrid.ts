import { pointTriangleDistance, triangleAt } from '../../src/anatomy/triangles'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * A triangle mesh bucketed into cubic cells, for many quick queries against one large mesh:
 * "is this point inside?" (ray parity along +Z, through 2D columns) and "how far is the nearest
 * triangle, up to a radius?" (through 3D cells).
 */
export class TriangleGrid {
  private readonly lo: Vec3
  private readonly dims: [number, number, number]
  private readonly cells = new Map<number, number[]>()
  private readonly columns = new Map<number, number[]>()

  constructor(
    readonly positions: ArrayLike<number>,
    readonly indices: ArrayLike<number>,
    private readonly cell = 8,
  ) {
    const lo = [Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity]
    for (let i = 0; i < positions.length; i += 3)
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k]!, positions[i + k]!)
        hi[k] = Math.max(hi[k]!, positions[i + k]!)
      }
    this.lo = [lo[0]!, lo[1]!, lo[2]!]
    this.dims = [0, 1, 2].map((k) => Math.floor((hi[k]! - lo[k]!) / cell) + 1) as [number, number, number]
    for (let t = 0; t < indices.length; t += 3) {
      const c0 = [0, 0, 0]
      const c1 = [0, 0, 0]
      for (let k = 0; k < 3; k++) {
        const a = positions[indices[t]! * 3 + k]!
        const b = positions[indices[t + 1]! * 3 + k]!
        const c = positions[indices[t + 2]! * 3 + k]!
        c0[k] = this.index(k, Math.min(a, b, c))
        c1[k] = this.index(k, Math.max(a, b, c))
      }
      for (let x = c0[0]!; x <= c1[0]!; x++)
        for (let y = c0[1]!; y <= c1[1]!; y++) {
          push(this.columns, x * 65536 + y, t)
          for (let z = c0[2]!; z <= c1[2]!; z++) push(this.cells, this.key(x, y, z), t)
        }
    }
  }

  private index(k: number, v: number): number {
    return Math.floor((v - this.lo[k]!) / this.cell)
  }

  private key(x: number, y: number, z: number): number {
    return (x * (this.dims[1] + 2) + y) * (this.dims[2] + 2) + z
  }

  /**
   * Whether p lies inside the closed mesh. A single ray's parity is wrong when the ray runs
   * exactly through an edge or a vertex (both triangles beside the edge count it): the skin is
   * mirrored, so it has edges lying in the plane x = 0, and every bone point on the midline (the
   * coccyx, the spinous processes) sent its ray along one. So the answer is the majority of three
   * rays started a few thousandths of a millimetre apart, in directions no mesh edge lines up with.
   */
  inside(p: Vec3): boolean {
    let votes = 0
    for (const [dx, dy] of NUDGES) if (this.parity([p[0] + dx, p[1] + dy, p[2]])) votes++
    return votes >= 2
  }

  /** Parity of crossings of the ray p + t·(0, 0, 1), t > 0. */
  private parity(p: Vec3): boolean {
    const list = this.columns.get(this.index(0, p[0]) * 65536 + this.index(1, p[1]))
    if (!list) return false
    let n = 0
    const P = this.positions
    const I = this.indices
    for (const t of list) {
      const a = I[t]! * 3
      const b = I[t + 1]! * 3
      const c = I[t + 2]! * 3
      // Barycentric test of (px, py) in the triangle's XY projection, then the crossing height.
      const ax = P[a]! - p[0]
      const ay = P[a + 1]! - p[1]
      const bx = P[b]! - p[0]
      const by = P[b + 1]! - p[1]
      const cx = P[c]! - p[0]
      const cy = P[c + 1]! - p[1]
      const w0 = bx * cy - by * cx
      const w1 = cx * ay - cy * ax
      const w2 = ax * by - ay * bx
      if (!((w0 >= 0 && w1 >= 0 && w2 >= 0) || (w0 <= 0 && w1 <= 0 && w2 <= 0))) continue
      const s = w0 + w1 + w2
      if (s === 0) continue
      const z = (w0 * P[a + 2]! + w1 * P[b + 2]! + w2 * P[c + 2]!) / s
      if (z > p[2]) n++
    }
    return n % 2 === 1
  }

  /** Distance from p to the nearest triangle, or `radius` if none is closer than that. */
  distance(p: Vec3, radius: number): number {
    let best = radius
    const r = Math.ceil(radius / this.cell)
    const ix = this.index(0, p[0])
    const iy = this.index(1, p[1])
    const iz = this.index(2, p[2])
    const seen = new Set<number>()
    for (let x = ix - r; x <= ix + r; x++)
      for (let y = iy - r; y <= iy + r; y++)
        for (let z = iz - r; z <= iz + r; z++) {
          const list = this.cells.get(this.key(x, y, z))
          if (!list) continue
          for (const t of list) {
            if (seen.has(t)) continue
            seen.add(t)
            best = Math.min(best, pointTriangleDistance(p, ...triangleAt(this.positions, this.indices, t)))
          }
        }
    return best
  }
}

/** The three ray starts' offsets (mm) from the queried point, off every axis and diagonal. */
const NUDGES: readonly (readonly [number, number])[] = [
  [0.00137, 0.00291],
  [-0.00253, 0.00071],
  [0.00047, -0.00319],
]

function push(m: Map<number, number[]>, key: number, t: number): void {
  const list = m.get(key)
  if (list) list.push(t)
  else m.set(key, [t])
}
