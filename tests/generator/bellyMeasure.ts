/**
 * Measurements on a drawn muscle surface (positions in metres, results in mm and cm²), for the
 * belly tests: a cut by a horizontal plane (area and frontal-plane width, as an axial MRI slice
 * measures them) and the thickness of a fan section (the iliacus over its fossa).
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
 * Thickness (mm) of a fan section (ring `k` of `sides` vertices): the greatest distance between
 * the two vertices that face each other across the band (angles φ and 2π − φ round the ring sit at
 * the same place along the band, one on its pelvic face, one on its bony face).
 */
export function fanThickness(positions: ArrayLike<number>, k: number, sides: number): number {
  let best = 0
  for (let s = 1; s < sides / 2; s++) {
    const a = (k * sides + s) * 3
    const b = (k * sides + sides - s) * 3
    const d = Math.hypot(
      positions[a]! - positions[b]!,
      positions[a + 1]! - positions[b + 1]!,
      positions[a + 2]! - positions[b + 2]!,
    )
    best = Math.max(best, d * 1000)
  }
  return best
}
