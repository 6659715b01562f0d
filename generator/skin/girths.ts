/** Circumferences of the skin, as a tape measure takes them: convex hulls of horizontal sections. */
import { ankleCentre, CALF_MAX_LEVEL, kneeCentre, SHANK_LENGTH, SKIN_CIRCUMFERENCES } from '../../src/anatomy/body'
import type { LoadedSkin } from './loadSkin'
import { fig, row, type SkinRow } from './skinReport'

/** Convex hull perimeter (a tape measure) of 2D points. */
export function hullPerimeter(pts: [number, number][]): number {
  if (pts.length < 3) return 0
  const s = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const cross = (o: number[], a: number[], b: number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!)
  const half = (list: [number, number][]) => {
    const h: [number, number][] = []
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop()
      h.push(p)
    }
    return h
  }
  const hull = [...half(s).slice(0, -1), ...half([...s].reverse()).slice(0, -1)]
  let len = 0
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!
    const b = hull[(i + 1) % hull.length]!
    len += Math.hypot(b[0] - a[0], b[1] - a[1])
  }
  return len
}

/**
 * Points where the mesh's edges cross the plane y = h, as (x, z); `keep` selects a part (e.g.
 * the left leg, x > 0).
 */
export function sectionPoints(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  h: number,
  keep: (x: number, z: number) => boolean = () => true,
): [number, number][] {
  const out: [number, number][] = []
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]! * 3
      const b = indices[t + ((e + 1) % 3)]! * 3
      const ya = positions[a + 1]! - h
      const yb = positions[b + 1]! - h
      if (ya < 0 === yb < 0) continue
      const s = ya / (ya - yb)
      const x = positions[a]! + (positions[b]! - positions[a]!) * s
      const z = positions[a + 2]! + (positions[b + 2]! - positions[a + 2]!) * s
      if (keep(x, z)) out.push([x, z])
    }
  }
  return out
}

/** Tape girth of the skin at height h (optionally one part of the section). */
export const girthAt = (skin: LoadedSkin, h: number, keep?: (x: number, z: number) => boolean): number =>
  hullPerimeter(sectionPoints(skin.positions, skin.indices, h, keep))

/** Scan heights in [lo, hi] in `step` mm and return [height, girth] of the extreme girth. */
function extremeGirth(
  skin: LoadedSkin,
  lo: number,
  hi: number,
  pick: 'min' | 'max',
  keep?: (x: number, z: number) => boolean,
  step = 5,
): [number, number] {
  let best: [number, number] = [lo, pick === 'min' ? Infinity : -Infinity]
  for (let h = lo; h <= hi; h += step) {
    const g = girthAt(skin, h, keep)
    if (pick === 'min' ? g < best[1] : g > best[1]) best = [h, g]
  }
  return best
}

const leftLeg = (x: number) => x > 0

/** Circumferences of the skin, in its standing pose. */
export function measureGirths(skin: LoadedSkin): SkinRow[] {
  const knee = kneeCentre('l')
  const ankle = ankleCentre('l')
  const C = SKIN_CIRCUMFERENCES
  const [waistY, waist] = extremeGirth(skin, 160, 300, 'min')
  const [hipY, hips] = extremeGirth(skin, -100, 40, 'max')
  const [calfY, calf] = extremeGirth(skin, knee[1] - 250, knee[1] - 40, 'max', leftLeg)
  const [ankleY, ankleG] = extremeGirth(skin, ankle[1] + 20, ankle[1] + 140, 'min', leftLeg)
  const thighY = -140
  const calfLevel = (knee[1] - calfY) / SHANK_LENGTH
  return [
    fig('waist girth', waist, C.waist, `at y = ${waistY} mm; ${C.waist.source.ref}`),
    fig('hip girth', hips, C.hips, `at y = ${hipY} mm`),
    fig('upper thigh girth (left)', girthAt(skin, thighY, leftLeg), C.upperThigh, `at y = ${thighY} mm`),
    fig(
      'knee girth (left)',
      girthAt(skin, knee[1], leftLeg),
      C.knee,
      `at the knee centre, y = ${knee[1].toFixed(0)} mm`,
    ),
    fig('calf girth (left)', calf, C.calf, `at y = ${calfY.toFixed(0)} mm`),
    row(
      'calf maximum level',
      calfLevel,
      CALF_MAX_LEVEL.min,
      CALF_MAX_LEVEL.max,
      'ratio',
      'share of the shank below the knee',
    ),
    fig('ankle girth (left)', ankleG, C.ankle, `at y = ${ankleY.toFixed(0)} mm`),
  ]
}
