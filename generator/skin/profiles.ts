/**
 * Smooth 1D profiles for the skin's cross-sections: values given at unevenly spaced heights,
 * interpolated with a cubic Hermite spline whose tangents are central differences (C1, so no
 * shading lines), held constant beyond the first and last knot.
 */

/** A profile: knot heights (ascending, mm) and one row of values per knot. */
export interface Profile {
  readonly ys: readonly number[]
  readonly rows: readonly (readonly number[])[]
}

/** Build a profile from rows `[y, v0, v1, …]`, sorted by y. */
export function profile(rows: readonly (readonly number[])[]): Profile {
  const sorted = [...rows].sort((a, b) => a[0]! - b[0]!)
  return { ys: sorted.map((r) => r[0]!), rows: sorted.map((r) => r.slice(1)) }
}

/** Evaluate every column of a profile at height y, into `out`. */
export function sampleProfile(p: Profile, y: number, out: number[]): number[] {
  const { ys, rows } = p
  const n = ys.length
  const cols = rows[0]!.length
  if (y <= ys[0]!) {
    for (let c = 0; c < cols; c++) out[c] = rows[0]![c]!
    return out
  }
  if (y >= ys[n - 1]!) {
    for (let c = 0; c < cols; c++) out[c] = rows[n - 1]![c]!
    return out
  }
  let i = 0
  while (y > ys[i + 1]!) i++
  const y0 = ys[i]!
  const y1 = ys[i + 1]!
  const h = y1 - y0
  const t = (y - y0) / h
  const t2 = t * t
  const t3 = t2 * t
  const h00 = 2 * t3 - 3 * t2 + 1
  const h10 = t3 - 2 * t2 + t
  const h01 = -2 * t3 + 3 * t2
  const h11 = t3 - t2
  const im = Math.max(i - 1, 0)
  const ip = Math.min(i + 2, n - 1)
  for (let c = 0; c < cols; c++) {
    const v0 = rows[i]![c]!
    const v1 = rows[i + 1]![c]!
    // Central-difference slopes (one-sided at the ends, flat at the clamped ends).
    const m0 = i === 0 ? 0 : (v1 - rows[im]![c]!) / (y1 - ys[im]!)
    const m1 = i + 1 === n - 1 ? 0 : (rows[ip]![c]! - v0) / (ys[ip]! - y0)
    out[c] = h00 * v0 + h10 * h * m0 + h01 * v1 + h11 * h * m1
  }
  return out
}
