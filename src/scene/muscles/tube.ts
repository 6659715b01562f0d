import { clamp } from '../../anatomy/scalar'

/**
 * A closed tube around a polyline with a varying radius: the muscle belly. Pure typed-array
 * code (no three.js) so the volume check runs in Node on exactly what the app draws.
 *
 * Layout: `rings` rings of `sides` vertices along the path, then one centre vertex at each end
 * closing the caps. Positions are written in metres from a path in millimetres.
 */

/**
 * A unit vector perpendicular to the unit vector (tx, ty, tz), written into `out`: the cross
 * product with the world axis least along it, so it never degenerates. Where a section frame
 * starts along a path (any perpendicular will do; the frame is carried on from there).
 */
export function perpendicularTo(tx: number, ty: number, tz: number, out: Float64Array): void {
  let nx: number
  let ny: number
  let nz: number
  if (Math.abs(tx) < 0.9) {
    nx = 0
    ny = -tz
    nz = ty
  } else {
    nx = tz
    ny = 0
    nz = -tx
  }
  const l = Math.hypot(nx, ny, nz)
  out[0] = nx / l
  out[1] = ny / l
  out[2] = nz / l
}
const _perp = new Float64Array(3)

/** Vertex and index counts for a tube. */
export const tubeVertexCount = (rings: number, sides: number): number => rings * sides + 2

/**
 * Triangle indices (counter-clockwise from outside) for a tube; fixed for its lifetime.
 *
 * `startCap`: `centre` fans the first ring to its centre vertex; `zip` closes it across itself,
 * joining vertex s to vertex sides − s (for a ring wrapped round a thin curved band, where a fan
 * from one centre would fold over; the centre vertex is then left unused).
 */
export function tubeIndices(rings: number, sides: number, startCap: 'centre' | 'zip' = 'centre'): Uint32Array {
  const capTriangles = startCap === 'zip' ? sides - 2 : sides
  const out = new Uint32Array((rings - 1) * sides * 6 + (sides + capTriangles) * 3)
  let k = 0
  for (let r = 0; r < rings - 1; r++) {
    for (let s = 0; s < sides; s++) {
      const a = r * sides + s
      const b = r * sides + ((s + 1) % sides)
      const c = a + sides
      const d = b + sides
      out.set([a, b, c, b, d, c], k)
      k += 6
    }
  }
  const start = rings * sides
  const end = start + 1
  for (let s = 0; s < sides; s++) {
    const next = (s + 1) % sides
    out.set([end, (rings - 1) * sides + s, (rings - 1) * sides + next], k)
    k += 3
  }
  if (startCap === 'zip') {
    if (sides % 2 !== 0) throw new Error('tubeIndices: a zipped cap needs an even ring')
    // Across the ring: quad (s, s+1, their opposites), each half wound like the centre fan; the
    // halves that meet at the band's two ends (vertices 0 and sides/2) are single triangles.
    for (let s = 0; s < sides / 2; s++) {
      const o0 = (sides - s) % sides
      const o1 = sides - s - 1
      if (o0 !== s) {
        out.set([o0, s + 1, s], k)
        k += 3
      }
      if (o1 !== s + 1) {
        out.set([o1, s + 1, o0], k)
        k += 3
      }
    }
  } else {
    for (let s = 0; s < sides; s++) {
      out.set([start, (s + 1) % sides, s], k)
      k += 3
    }
  }
  return out
}

/**
 * Resample a polyline (flat xyz, mm) to `n` points evenly spaced by arc length. Writes into `out`
 * (length 3n) and returns the polyline's length.
 */
export function resampleInto(path: ArrayLike<number>, n: number, out: Float64Array): number {
  const m = path.length / 3
  const cum = new Float64Array(m)
  for (let i = 1; i < m; i++) {
    const dx = path[i * 3]! - path[i * 3 - 3]!
    const dy = path[i * 3 + 1]! - path[i * 3 - 2]!
    const dz = path[i * 3 + 2]! - path[i * 3 - 1]!
    cum[i] = cum[i - 1]! + Math.sqrt(dx * dx + dy * dy + dz * dz)
  }
  const total = cum[m - 1]!
  let seg = 1
  for (let k = 0; k < n; k++) {
    const target = (total * k) / (n - 1)
    while (seg < m - 1 && cum[seg]! < target) seg++
    const t0 = cum[seg - 1]!
    const span = cum[seg]! - t0
    const f = span > 0 ? clamp((target - t0) / span, 0, 1) : 0
    for (let c = 0; c < 3; c++)
      out[k * 3 + c] = path[(seg - 1) * 3 + c]! + (path[seg * 3 + c]! - path[(seg - 1) * 3 + c]!) * f
  }
  return total
}

/**
 * Write tube positions (m) and normals around `points` (flat xyz, mm, `rings` of them) with radius
 * `radius[i]` (mm) at ring i. Frames are parallel-transported so the tube never twists.
 */
export function writeTube(
  points: Float64Array,
  radius: Float64Array,
  rings: number,
  sides: number,
  positions: Float32Array,
  normals: Float32Array,
): void {
  const ring = ringTable(sides)
  // Initial normal: any vector perpendicular to the first tangent.
  let tx = points[3]! - points[0]!
  let ty = points[4]! - points[1]!
  let tz = points[5]! - points[2]!
  let l = Math.hypot(tx, ty, tz) || 1
  tx /= l
  ty /= l
  tz /= l
  perpendicularTo(tx, ty, tz, _perp)
  let nx = _perp[0]!
  let ny = _perp[1]!
  let nz = _perp[2]!
  for (let r = 0; r < rings; r++) {
    // Tangent by central difference; transport the normal by removing its tangent component.
    const a = Math.max(0, r - 1)
    const b = Math.min(rings - 1, r + 1)
    let ux = points[b * 3]! - points[a * 3]!
    let uy = points[b * 3 + 1]! - points[a * 3 + 1]!
    let uz = points[b * 3 + 2]! - points[a * 3 + 2]!
    l = Math.hypot(ux, uy, uz) || 1
    ux /= l
    uy /= l
    uz /= l
    const d = nx * ux + ny * uy + nz * uz
    nx -= d * ux
    ny -= d * uy
    nz -= d * uz
    l = Math.hypot(nx, ny, nz) || 1
    nx /= l
    ny /= l
    nz /= l
    const bx = uy * nz - uz * ny
    const by = uz * nx - ux * nz
    const bz = ux * ny - uy * nx
    const rr = radius[r]!
    for (let s = 0; s < sides; s++) {
      const c = ring[2 * s]!
      const sn = ring[2 * s + 1]!
      const ox = c * nx + sn * bx
      const oy = c * ny + sn * by
      const oz = c * nz + sn * bz
      const v = (r * sides + s) * 3
      positions[v] = (points[r * 3]! + ox * rr) * 0.001
      positions[v + 1] = (points[r * 3 + 1]! + oy * rr) * 0.001
      positions[v + 2] = (points[r * 3 + 2]! + oz * rr) * 0.001
      normals[v] = ox
      normals[v + 1] = oy
      normals[v + 2] = oz
    }
  }
  // Cap centres sit on the path ends; their normals point along the path.
  const start = rings * sides * 3
  const last = (rings - 1) * 3
  for (let c = 0; c < 3; c++) {
    positions[start + c] = points[c]! * 0.001
    positions[start + 3 + c] = points[last + c]! * 0.001
  }
  const e0 = [points[0]! - points[3]!, points[1]! - points[4]!, points[2]! - points[5]!]
  const e1 = [
    points[last]! - points[last - 3]!,
    points[last + 1]! - points[last - 2]!,
    points[last + 2]! - points[last - 1]!,
  ]
  const l0 = Math.hypot(e0[0]!, e0[1]!, e0[2]!) || 1
  const l1 = Math.hypot(e1[0]!, e1[1]!, e1[2]!) || 1
  for (let c = 0; c < 3; c++) {
    normals[start + c] = e0[c]! / l0
    normals[start + 3 + c] = e1[c]! / l1
  }
}

const RING_TABLES = new Map<number, Float64Array>()
/** cos and sin of each vertex angle round a ring, computed once per ring size (this runs every frame). */
export function ringTable(sides: number): Float64Array {
  let t = RING_TABLES.get(sides)
  if (!t) {
    t = new Float64Array(sides * 2)
    for (let s = 0; s < sides; s++) {
      t[2 * s] = Math.cos((2 * Math.PI * s) / sides)
      t[2 * s + 1] = Math.sin((2 * Math.PI * s) / sides)
    }
    RING_TABLES.set(sides, t)
  }
  return t
}

/** Volume (m³) enclosed by a closed triangle mesh, by the divergence theorem. */
export function enclosedVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    v +=
      positions[a]! * (positions[b + 1]! * positions[c + 2]! - positions[b + 2]! * positions[c + 1]!) -
      positions[a + 1]! * (positions[b]! * positions[c + 2]! - positions[b + 2]! * positions[c]!) +
      positions[a + 2]! * (positions[b]! * positions[c + 1]! - positions[b + 1]! * positions[c]!)
  }
  return v / 6
}
