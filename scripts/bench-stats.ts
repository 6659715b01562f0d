/** Small statistics for `scripts/bench.ts`: quantiles, a run-to-run spread, ratios. */

export const quantile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5)

/** Round to `digits` decimals (NaN and infinities pass through, and become null in JSON). */
export const round = (x: number, digits = 2): number => {
  const k = 10 ** digits
  return Math.round(x * k) / k
}

/** A figure measured several times: its median, range and how wide the range is. */
export interface Spread {
  readonly median: number
  readonly min: number
  readonly max: number
  /** (max − min) / median, in per cent: how far apart the repeats were. */
  readonly spreadPct: number
  readonly n: number
}

export function spread(xs: readonly number[], digits = 2): Spread {
  const m = median(xs)
  const min = Math.min(...xs)
  const max = Math.max(...xs)
  return {
    median: round(m, digits),
    min: round(min, digits),
    max: round(max, digits),
    spreadPct: round(((max - min) / m) * 100, 1),
    n: xs.length,
  }
}

/** a / b to three decimals. */
export const ratio = (a: number, b: number): number => round(a / b, 3)

/** `12.3 [11.0–13.5] ±9%` for the summary table. */
export const showSpread = (s: Spread, digits = 1): string =>
  `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}] ${s.spreadPct.toFixed(0)}%`
