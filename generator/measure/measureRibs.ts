import { RIB_12_RANGES } from '../../src/anatomy'
import { TriangleGrid } from '../skin/triangleGrid'
import type { LoadedSkeleton } from './loadModel'
import { row, type Measurement } from './rows'

/**
 * The 12th ribs in the standing scene: how far the tip lies from the midline and below the T12
 * body centre, and the joint space between the rib and the T12 body (the least distance from any
 * rib vertex to the T12 mesh).
 */
export function measureRibs(sk: LoadedSkeleton): Measurement[] {
  const t12 = sk.structures.get('t12')
  const centre = sk.landmarks.get('t12_body_centre')
  if (!t12 || !centre) throw new Error('missing T12')
  const grid = new TriangleGrid(t12.world, t12.indices, 6)
  const rows: Measurement[] = []
  for (const side of ['l', 'r'] as const) {
    const rib = sk.structures.get(`rib_12_${side}`)
    const tip = sk.landmarks.get(`rib_12_tip_${side}`)
    if (!rib || !tip) throw new Error(`missing rib_12_${side}`)
    let gap = Infinity
    for (let i = 0; i < rib.world.length; i += 3)
      gap = Math.min(gap, grid.distance([rib.world[i]!, rib.world[i + 1]!, rib.world[i + 2]!], 10))
    const S = side.toUpperCase()
    rows.push(row(`12th rib ${S}: tip lateral of the midline`, Math.abs(tip.world[0]), RIB_12_RANGES.tipLateral))
    rows.push(
      row(`12th rib ${S}: tip below the T12 body centre`, centre.world[1] - tip.world[1], RIB_12_RANGES.tipBelowT12),
    )
    rows.push(row(`12th rib ${S}: joint space at the head`, gap, RIB_12_RANGES.headGap))
  }
  return rows
}
