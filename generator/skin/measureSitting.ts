/** The skin in the sitting pose, under the same linear blend skinning as the app. */
import { ankleCentre, FLOOR_Y, kneeCentre, SKIN_TOP_Y } from '../../src/anatomy/body'
import { transformPoint } from '../../src/anatomy/mat4'
import { SITTING } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { hipCentre } from '../../src/anatomy/skeleton'
import type { Vec3 } from '../../src/anatomy/types'
import type { LoadedSkeleton } from '../measure/loadModel'
import { poseSkin, type LoadedSkin } from './loadSkin'
import { FOOT_LENGTH } from './skinShape'
import { row, type SkinRow } from './skinReport'

/** Sitting under linear blend skinning: where the feet go, relative to the posed knees and hips. */
export function measureSitting(skin: LoadedSkin, bones?: LoadedSkeleton): SkinRow[] {
  const posed = poseSkin(skin, SITTING)
  const D = poseTransforms(SITTING)
  const rows: SkinRow[] = []
  for (const side of ['l', 'r'] as const) {
    const knee = transformPoint(D[`femur_${side}`]!, kneeCentre(side))
    const hip = transformPoint(D[`femur_${side}`]!, hipCentre(side))
    const ankleY = ankleCentre(side)[1]
    // Centroid of the posed vertices round the ankle: rest y within 15 mm of the ankle centre's
    // and within 50 mm of its vertical axis (the ankle, not the foot in front of it).
    const c = [0, 0, 0]
    let n = 0
    let maxY = -Infinity
    let minZ = Infinity
    for (let v = 0; v < skin.positions.length / 3; v++) {
      if (Math.abs(skin.positions[v * 3 + 1]! - ankleY) > 15) continue
      const a0 = ankleCentre(side)
      if (Math.hypot(skin.positions[v * 3]! - a0[0], skin.positions[v * 3 + 2]! - a0[2]) > 50) continue
      if (skin.positions[v * 3]! > 0 !== (side === 'l')) continue
      for (let k = 0; k < 3; k++) c[k] = c[k]! + posed[v * 3 + k]!
      maxY = Math.max(maxY, posed[v * 3 + 1]!)
      minZ = Math.min(minZ, posed[v * 3 + 2]!)
      n++
    }
    const a = c.map((x) => x / n)
    rows.push(
      row(
        `sitting: ankle ${side} horizontal offset from the knee`,
        Math.hypot(a[0]! - knee[0], a[2]! - knee[2]),
        0,
        30,
        'mm',
        'shank vertical below the posed knee centre',
      ),
      row(
        `sitting: ankle ${side} below the knee`,
        knee[1] - maxY,
        300,
        500,
        'mm',
        'highest ankle-cut vertex below the knee centre',
      ),
      row(
        `sitting: ankle ${side} in front of the hip`,
        minZ - hip[2],
        250,
        600,
        'mm',
        'rearmost ankle-cut vertex ahead of the hip centre',
      ),
    )
  }
  if (bones) {
    // The posed skin stays within 6 cm of the posed bones' box (the top edge, ankles and soles added: no chest, shank or foot bones).
    const lo = [Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity]
    const grow = (p: Vec3) => {
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k]!, p[k]!)
        hi[k] = Math.max(hi[k]!, p[k]!)
      }
    }
    for (const s of bones.structures.values()) {
      const m = D[s.id]!
      for (let i = 0; i < s.world.length; i += 3)
        grow(transformPoint(m, [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!]))
    }
    // No bones above T12: the middle of the skin's top edge, carried by T12, stands in for them.
    grow(transformPoint(D['t12']!, [0, SKIN_TOP_Y, 0]))
    // No foot bones: the ankle centres and the ends of the sole stand in for them.
    for (const side of ['l', 'r'] as const) {
      const a = ankleCentre(side)
      for (const p of [
        a,
        [a[0], FLOOR_Y, a[2] + 0.75 * FOOT_LENGTH],
        [a[0], FLOOR_Y, a[2] - 0.45 * FOOT_LENGTH],
      ] as Vec3[])
        grow(transformPoint(D[`shank_${side}`]!, p))
    }
    let worst = 0
    for (let v = 0; v < posed.length; v += 3)
      for (let k = 0; k < 3; k++) worst = Math.max(worst, lo[k]! - posed[v + k]!, posed[v + k]! - hi[k]!)
    rows.push(
      row('sitting: skin beyond the posed bones’ box', worst, -Infinity, 60, 'mm', 'no vertex travels absurdly'),
    )
  }
  return rows
}
