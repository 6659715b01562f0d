import { LOWER_LEG_RANGES, type Vec3 } from '../../src/anatomy'
import { distance } from '../../src/anatomy/vec'
import { TriangleGrid } from '../skin/triangleGrid'
import { extentAlong } from './geometry'
import type { LoadedSkeleton } from './loadModel'
import { need, row, type Measurement } from './rows'

const UP: Vec3 = [0, 1, 0]
const ACROSS: Vec3 = [1, 0, 0]
const FORWARD: Vec3 = [0, 0, 1]

/** Length of a point set along a direction (its extent), mm. */
const extent = (p: ArrayLike<number>, dir: Vec3): number => {
  const [lo, hi] = extentAlong(p, dir)
  return hi - lo
}

/**
 * The tibia, fibula and patella of one side, in their standing frames (the lower-leg nodes carry
 * no turn, so local axes are the standing axes): lengths along the vertical, the plateau's breadth,
 * the patella's three sizes, its tendon against its height (Insall–Salvati), and the joint space
 * between the tibia and the femur.
 */
export function measureLowerLeg(sk: LoadedSkeleton, side: 'l' | 'r'): Measurement[] {
  const tibia = need(sk.structures.get(`tibia_${side}`), `tibia_${side}`)
  const fibula = need(sk.structures.get(`fibula_${side}`), `fibula_${side}`)
  const patella = need(sk.structures.get(`patella_${side}`), `patella_${side}`)
  const femur = need(sk.structures.get(`femur_${side}`), `femur_${side}`)
  const lm = (id: string) => need(sk.landmarks.get(`${id}_${side}`), `${id}_${side}`).world

  // Plateau breadth: the widest the tibia gets across its top 45 mm.
  const [, top] = extentAlong(tibia.local, UP)
  const head: number[] = []
  for (let i = 0; i < tibia.local.length; i += 3)
    if (tibia.local[i + 1]! > top - 45) head.push(tibia.local[i]!, tibia.local[i + 1]!, tibia.local[i + 2]!)
  const patellaHeight = extent(patella.local, UP)
  const tendon = distance(lm('patellar_apex'), lm('tibial_tuberosity'))

  // Joint space: the least distance from any tibia vertex to the femur's surface (both standing).
  const grid = new TriangleGrid(femur.world, femur.indices, 6)
  let gap = Infinity
  for (let i = 0; i < tibia.world.length; i += 3) {
    if (tibia.local[i + 1]! < top - 30) continue
    gap = Math.min(gap, grid.distance([tibia.world[i]!, tibia.world[i + 1]!, tibia.world[i + 2]!], 20))
  }
  const S = side.toUpperCase()
  const R = LOWER_LEG_RANGES
  return [
    row(`tibia ${S}: maximum length`, extent(tibia.local, UP), R.tibiaLength),
    row(`tibia ${S}: plateau breadth`, extent(head, ACROSS), R.tibiaPlateauWidth),
    row(`fibula ${S}: length`, extent(fibula.local, UP), R.fibulaLength),
    row(
      `ankle ${S}: lateral malleolus below the medial`,
      lm('medial_malleolus')[1] - lm('lateral_malleolus')[1],
      R.lateralMalleolusBelowMedial,
    ),
    row(`patella ${S}: height (base to apex)`, patellaHeight, R.patellaHeight),
    row(`patella ${S}: width`, extent(patella.local, ACROSS), R.patellaWidth),
    row(`patella ${S}: thickness`, extent(patella.local, FORWARD), R.patellaThickness),
    row(`patella ${S}: Insall–Salvati ratio`, tendon / patellaHeight, R.insallSalvati),
    row(`knee ${S}: tibiofemoral joint space`, gap, R.kneeJointSpace),
  ]
}
