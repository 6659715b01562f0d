/**
 * Measure the written skin: circumferences (`girths.ts`), soft-tissue depths at bony landmarks,
 * clearance of every bone, and the sitting pose (`measureSitting.ts`). The generator prints these
 * beside their ranges; the contract tests use the same functions.
 */
import { SKIN_MIN_CLEARANCE, SOFT_TISSUE_DEPTHS } from '../../src/anatomy/body'
import type { Vec3 } from '../../src/anatomy/types'
import type { LoadedSkeleton } from '../measure/loadModel'
import { measureGirths } from './girths'
import { loadSkinFile, type LoadedSkin } from './loadSkin'
import { measureSitting } from './measureSitting'
import { fig, row, type SkinRow } from './skinReport'
import { TriangleGrid } from './triangleGrid'

/** Depth of soft tissue (nearest skin) over bony landmarks, from the file's landmark table. */
export function measureDepths(skin: LoadedSkin, grid = new TriangleGrid(skin.positions, skin.indices)): SkinRow[] {
  const lm = skin.extras.landmarks
  const D = SOFT_TISSUE_DEPTHS
  const depth = (id: string) => {
    const p = lm[id]
    if (!p) throw new Error(`skin extras: no landmark ${id}`)
    return grid.distance(p, 150)
  }
  const rows: SkinRow[] = []
  for (const l of ['l1', 'l2', 'l3', 'l4', 'l5'])
    rows.push(fig(`${l} spinous tip depth`, depth(`${l}_spinous_tip`), D.spinous))
  for (const s of ['l', 'r']) {
    rows.push(fig(`PSIS ${s} depth`, depth(`psis_${s}`), D.psis))
    rows.push(fig(`ASIS ${s} depth`, depth(`asis_${s}`), D.asis))
    rows.push(fig(`greater trochanter ${s} depth`, depth(`greater_trochanter_tip_${s}`), D.greaterTrochanter))
    rows.push(fig(`lateral epicondyle ${s} depth`, depth(`lateral_epicondyle_${s}`), D.epicondyle))
    rows.push(fig(`medial epicondyle ${s} depth`, depth(`medial_epicondyle_${s}`), D.epicondyle))
  }
  return rows
}

/**
 * Every bone and disc vertex (standing) inside the skin and at least SKIN_MIN_CLEARANCE from
 * it: returns the least clearance (negative if any vertex is outside) and the worst structure.
 */
export function boneClearance(
  skin: LoadedSkin,
  bones: LoadedSkeleton,
  grid = new TriangleGrid(skin.positions, skin.indices),
): { clearance: number; worst: string; outside: number } {
  let clearance = Infinity
  let worst = ''
  let outside = 0
  for (const s of bones.structures.values()) {
    for (let i = 0; i < s.world.length; i += 3) {
      const p: Vec3 = [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!]
      const d = grid.distance(p, 20)
      if (d >= clearance) continue
      const inside = grid.inside(p)
      const c = inside ? d : -d
      if (!inside) outside++
      if (c < clearance) {
        clearance = c
        worst = s.id
      }
    }
  }
  return { clearance, worst, outside }
}

/** Everything the generator reports for the skin file. */
export async function measureSkin(path: string, bones: LoadedSkeleton): Promise<SkinRow[]> {
  const skin = await loadSkinFile(path)
  const grid = new TriangleGrid(skin.positions, skin.indices)
  const c = boneClearance(skin, bones, grid)
  return [
    ...measureGirths(skin),
    ...measureDepths(skin, grid),
    row('bone clearance inside the skin', c.clearance, SKIN_MIN_CLEARANCE, Infinity, 'mm', `closest: ${c.worst}`),
    ...measureSitting(skin, bones),
  ]
}
