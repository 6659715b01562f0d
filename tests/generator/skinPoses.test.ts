import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSkinFile, type LoadedSkin } from '../../generator/skin/loadSkin'
import { MAX_EDGE_STRETCH, posedSkinQuality } from '../../generator/skin/posedQuality'
import { lerpPose, namedPose, SITTING, STANDING, type Pose } from '../../src/anatomy/poses'

/**
 * The committed skin posed in every pose the rig offers, through the app's own (dual-quaternion)
 * skinning: it must not fold through itself or stretch past 3×. Figures under the linear blend
 * the skin used before, for scale: sitting had 509 self-crossing triangles, 756 stretched past 3×
 * (worst 6.3×) and 619 flipped; hip flexion 90° had 931 stretched (worst 7.4×).
 */
let skin: LoadedSkin
beforeAll(async () => {
  skin = await loadSkinFile(resolve('public/models/skin.glb'))
}, 60_000)

const hips = (deg: number): Pose => ({ ...STANDING, hipFlexionDeg: { l: deg, r: deg } })

describe('skin.glb posed: whole in every pose', () => {
  it.each([
    ['standing', STANDING],
    ['hip flexion 30°', hips(30)],
    ['hip flexion 60°', hips(60)],
    ['hip flexion 90°', hips(90)],
  ] as const)(
    '%s: no triangle crosses another, none stretched past 3×',
    (_name, pose) => {
      const q = posedSkinQuality(skin, pose)
      expect(q.selfIntersecting).toBe(0)
      expect(q.maxStretch).toBeLessThanOrEqual(MAX_EDGE_STRETCH)
      expect(q.stretched).toBe(0)
    },
    60_000,
  )

  it.each([
    ['sitting', SITTING],
    ['half-way to sitting', lerpPose(STANDING, SITTING, 0.5)],
    ['stretch, both hips', namedPose('stretch', 'both')],
    ['release (hook lying)', namedPose('release', 'both')],
  ] as const)(
    '%s: no triangle stretched past 3×, under 0.2 % of triangles crossing or flipped',
    (_name, pose) => {
      const q = posedSkinQuality(skin, pose)
      const triangles = skin.indices.length / 3
      expect(q.maxStretch).toBeLessThanOrEqual(MAX_EDGE_STRETCH)
      // Today: sitting 25 crossing and 19 flipped of 30,000 (the knees and calves touching).
      expect(q.selfIntersecting).toBeLessThan(0.002 * triangles)
      expect(q.flipped).toBeLessThan(0.002 * triangles)
    },
    60_000,
  )

  it.each([
    ['stretch, left', namedPose('stretch', 'l')],
    ['stretch, right', namedPose('stretch', 'r')],
    ['couch stretch', namedPose('couchStretch', 'l')],
    ['knee lift', namedPose('hipFlexion', 'l')],
  ] as const)(
    '%s (one leg forward, one back): under 0.2 % stretched past 3×, under 0.6 % crossing',
    (_name, pose) => {
      const q = posedSkinQuality(skin, pose)
      const triangles = skin.indices.length / 3
      // Today: worst 3.35× on 30 triangles, and up to 151 crossing (the couch stretch's 125° knee).
      expect(q.stretched).toBeLessThan(0.002 * triangles)
      expect(q.selfIntersecting).toBeLessThan(0.006 * triangles)
    },
    60_000,
  )
})
