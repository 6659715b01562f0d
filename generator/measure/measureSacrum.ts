import { SACRUM_RANGES } from '../../src/anatomy'
import { TriangleGrid } from '../skin/triangleGrid'
import type { LoadedSkeleton, LoadedStructure } from './loadModel'
import { row, type Measurement } from './rows'

/** How close a sacrum vertex must be to the ilium to count as part of the joint, mm. */
const JOINT_REACH = 6

/**
 * The sacroiliac joint space: for every sacrum vertex on the lateral surface (|x| > 36 mm) within
 * JOINT_REACH of the hip bone on its side, that distance (the auricular surfaces face each other
 * across the joint). Returns the median and the 10th and 75th percentiles, mm: the upper quarter
 * is the joint's rim, where the two surfaces part on their way out of the window.
 */
export function sacroiliacGap(
  sacrum: LoadedStructure,
  hip: LoadedStructure,
  side: 'l' | 'r',
): [number, number, number] {
  const grid = new TriangleGrid(hip.world, hip.indices, 6)
  const gaps: number[] = []
  const p = sacrum.world
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!
    if ((side === 'l') !== x > 0 || Math.abs(x) <= 36) continue
    const d = grid.distance([x, p[i + 1]!, p[i + 2]!], JOINT_REACH)
    if (d < JOINT_REACH) gaps.push(d)
  }
  gaps.sort((a, b) => a - b)
  const at = (q: number): number => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? Infinity
  return [at(0.5), at(0.1), at(0.75)]
}

/** The sacroiliac joints beside their published range: the gap and how even it is. */
export function measureSacrum(sk: LoadedSkeleton): Measurement[] {
  const sacrum = sk.structures.get('sacrum')
  if (!sacrum) throw new Error('missing sacrum')
  const rows: Measurement[] = []
  for (const side of ['l', 'r'] as const) {
    const hip = sk.structures.get(`hip_bone_${side}`)
    if (!hip) throw new Error(`missing hip_bone_${side}`)
    const [median, p10, p75] = sacroiliacGap(sacrum, hip, side)
    const S = side.toUpperCase()
    rows.push(row(`SI joint ${S}: gap, median`, median, SACRUM_RANGES.siGap))
    rows.push(row(`SI joint ${S}: gap, 10th percentile`, p10, SACRUM_RANGES.siGapEven))
    rows.push(row(`SI joint ${S}: gap, 75th percentile`, p75, SACRUM_RANGES.siGapEven))
  }
  return rows
}
