import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles, type LoadedSkeleton } from '../../generator/measure/loadModel'
import { TriangleGrid } from '../../generator/skin/triangleGrid'
import { kneeCentre } from '../../src/anatomy/body'
import { transformPoint, type Mat4 } from '../../src/anatomy/mat4'
import { lerpPose, namedPose, SITTING, STANDING, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'
import { angleBetween } from '../../src/anatomy/vec'

/**
 * The committed lower-leg bones moved by the rig: the knee bends without one bone passing into
 * another, the kneecap keeps to the femur's groove, and sitting hangs the tibia under the knee.
 */
let bones: LoadedSkeleton
beforeAll(async () => {
  bones = await loadModelFiles(resolve('public/models'))
}, 60_000)

const POSES: readonly [string, Pose][] = [
  ['standing', STANDING],
  ['half-way to sitting', lerpPose(STANDING, SITTING, 0.5)],
  ['sitting', SITTING],
  ['half-kneeling stretch, left', namedPose('stretch', 'l')],
  ['couch stretch (125° knee), left', namedPose('couchStretch', 'l')],
]

/** A structure's vertices in a pose (mm, scene frame). */
function posed(id: string, D: Readonly<Record<string, Mat4>>): Float64Array {
  const s = bones.structures.get(id)!
  const m = D[id]!
  const out = new Float64Array(s.world.length)
  for (let i = 0; i < s.world.length; i += 3) {
    const p = transformPoint(m, [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!])
    out.set(p, i)
  }
  return out
}
const pointAt = (p: Float64Array, i: number): Vec3 => [p[i]!, p[i + 1]!, p[i + 2]!]

describe('the lower leg in every pose', () => {
  it.each(POSES)('%s: no tibia, fibula or kneecap vertex inside the femur; the kneecap 1–8 mm off it', (_n, pose) => {
    const D = poseTransforms(pose)
    for (const side of ['l', 'r'] as const) {
      const femur = new TriangleGrid(posed(`femur_${side}`, D), bones.structures.get(`femur_${side}`)!.indices, 6)
      const tibia = new TriangleGrid(posed(`tibia_${side}`, D), bones.structures.get(`tibia_${side}`)!.indices, 6)
      for (const id of ['tibia', 'fibula', 'patella']) {
        const p = posed(`${id}_${side}`, D)
        let inside = 0
        for (let i = 0; i < p.length; i += 3) if (femur.inside(pointAt(p, i))) inside++
        expect(inside, `${id}_${side} inside the femur`).toBe(0)
      }
      const patella = posed(`patella_${side}`, D)
      let nearest = Infinity
      let inTibia = 0
      for (let i = 0; i < patella.length; i += 3) {
        nearest = Math.min(nearest, femur.distance(pointAt(patella, i), 20))
        if (tibia.inside(pointAt(patella, i))) inTibia++
      }
      expect(nearest, `patella_${side} gap to the femur`).toBeGreaterThan(1)
      expect(nearest, `patella_${side} gap to the femur`).toBeLessThan(8)
      expect(inTibia, `patella_${side} inside the tibia`).toBe(0)
    }
  })

  it('sitting: each tibia hangs within 5° of vertical, its plateau under the posed knee', () => {
    const D = poseTransforms(SITTING)
    for (const side of ['l', 'r'] as const) {
      const lm = (id: string) => {
        const l = bones.landmarks.get(`${id}_${side}`)!
        return transformPoint(D[l.bone]!, l.world)
      }
      const plateau = lm('tibial_plateau')
      const medial = lm('medial_malleolus')
      const lateral = lm('lateral_malleolus')
      const ankle: Vec3 = [(medial[0] + lateral[0]) / 2, (medial[1] + lateral[1]) / 2, (medial[2] + lateral[2]) / 2]
      const axis: Vec3 = [ankle[0] - plateau[0], ankle[1] - plateau[1], ankle[2] - plateau[2]]
      expect(angleBetween(axis, [0, -1, 0]), side).toBeLessThan(5)
      const knee = transformPoint(D[`femur_${side}`]!, kneeCentre(side))
      // The plateau lies below the knee centre and within 35 mm of its vertical (the condyles roll
      // back onto the back of the plateau as the knee bends).
      expect(knee[1] - plateau[1], side).toBeGreaterThan(0)
      expect(Math.hypot(plateau[0] - knee[0], plateau[2] - knee[2]), side).toBeLessThan(35)
    }
  })
})
