/**
 * Measurements on a drawn muscle surface (positions in metres, results in mm and cm²), for the
 * belly tests: a cut by a horizontal plane (area and frontal-plane width, as an axial MRI slice
 * measures them) and the thickness of a loft section (the iliacus over its fossa).
 */

/** Area (cm²) and left-right width (mm) of the cut of a closed mesh by the plane y = `yMm`. */
export function horizontalSection(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  yMm: number,
): { areaCm2: number; widthMm: number; segments: number } {
  const y = yMm / 1000
  let twiceArea = 0
  let lo = Infinity
  let hi = -Infinity
  let segments = 0
  const cut: number[] = []
  for (let t = 0; t < indices.length; t += 3) {
    cut.length = 0
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]! * 3
      const b = indices[t + ((e + 1) % 3)]! * 3
      const ya = positions[a + 1]! - y
      const yb = positions[b + 1]! - y
      if (ya < 0 === yb < 0) continue
      const f = ya / (ya - yb)
      cut.push(
        positions[a]! + (positions[b]! - positions[a]!) * f,
        positions[a + 2]! + (positions[b + 2]! - positions[a + 2]!) * f,
        ya < 0 ? 1 : -1,
      )
    }
    if (cut.length !== 6) continue
    segments++
    // Walking a triangle's edges in order, the cut enters on the edge that goes up and leaves on the one
    // that comes down: segments so oriented all run the same way round the section (Green's theorem).
    const [x0, z0, s0, x1, z1] = cut as [number, number, number, number, number]
    const sign = s0 > 0 ? 1 : -1
    twiceArea += sign * (x0 * z1 - x1 * z0)
    lo = Math.min(lo, x0, x1)
    hi = Math.max(hi, x0, x1)
  }
  return { areaCm2: (Math.abs(twiceArea) / 2) * 1e4, widthMm: (hi - lo) * 1000, segments }
}

/**
 * Thickness (mm) of ring `k` of a loft (`sides` vertices a ring): its extent across its widest
 * chord, within the ring's own plane.
 */
export function ringThickness(positions: ArrayLike<number>, k: number, sides: number): number {
  const p = (s: number, c: number) => positions[(k * sides + s) * 3 + c]! * 1000
  let best = -1
  let u = [0, 0, 0]
  for (let a = 0; a < sides; a++) {
    for (let b = a + 1; b < sides; b++) {
      const d = [0, 1, 2].map((c) => p(b, c) - p(a, c))
      const l = Math.hypot(d[0]!, d[1]!, d[2]!)
      if (l > best) {
        best = l
        u = d.map((x) => x / l)
      }
    }
  }
  // The ring's plane normal: its area vector.
  let nx = 0
  let ny = 0
  let nz = 0
  for (let s = 0; s < sides; s++) {
    const q = (s + 1) % sides
    nx += p(s, 1) * p(q, 2) - p(s, 2) * p(q, 1)
    ny += p(s, 2) * p(q, 0) - p(s, 0) * p(q, 2)
    nz += p(s, 0) * p(q, 1) - p(s, 1) * p(q, 0)
  }
  const across = [ny * u[2]! - nz * u[1]!, nz * u[0]! - nx * u[2]!, nx * u[1]! - ny * u[0]!]
  const l = Math.hypot(across[0]!, across[1]!, across[2]!)
  let lo = Infinity
  let hi = -Infinity
  for (let s = 0; s < sides; s++) {
    const x = (p(s, 0) * across[0]! + p(s, 1) * across[1]! + p(s, 2) * across[2]!) / l
    lo = Math.min(lo, x)
    hi = Math.max(hi, x)
  }
  return hi - lo
}
