import { describe, expect, it } from 'vitest'
import { IDENTITY, MM_PER_M, rotationX, translation } from '../../src/anatomy/mat4'
import { skinNormal, skinPosition, skinPositions, type SkinBinding } from '../../src/anatomy/skinning'
import { jointTransforms, posePositions, poseVertex } from '../../src/overlays/pain/skinPose'
import type { SkinData } from '../../src/overlays/pain/skinData'

// Two vertices: the first on joint 0 alone, the second half on joint 0 and half on joint 1.
const rest = new Float32Array([10, 0, 0, 0, 20, 0])
const normals = new Float32Array([0, 1, 0, 0, 0, 1])
const binding: SkinBinding = {
  joints: new Uint8Array([0, 0, 0, 0, 0, 1, 0, 0]),
  weights: new Float32Array([1, 0, 0, 0, 0.5, 0.5, 0, 0]),
}
const transforms = [translation([0, 0, 100]), rotationX(90)]

describe('linear blend skinning (src/anatomy/skinning.ts)', () => {
  it('leaves the rest pose alone under identity transforms', () => {
    expect(skinPositions(rest, binding, [IDENTITY, IDENTITY], new Float64Array(6))).toEqual(
      new Float64Array([10, 0, 0, 0, 20, 0]),
    )
  })

  it('moves a vertex with its one joint and blends a shared one by its weights', () => {
    expect(skinPosition(rest, binding, transforms, 0)).toEqual([10, 0, 100])
    // Joint 0 puts (0, 20, 0) at (0, 20, 100), joint 1 turns it to (0, 0, 20): half of each.
    const p = skinPosition(rest, binding, transforms, 1)
    ;[0, 10, 60].forEach((v, k) => expect(p[k]).toBeCloseTo(v, 9))
    const all = skinPositions(rest, binding, transforms, new Float32Array(6))
    expect([...all.slice(3)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 10, 60])
  })

  it('turns normals by the rotations only, and renormalises the blend', () => {
    expect(skinNormal(normals, binding, transforms, 0)).toEqual([0, 1, 0]) // a translation does not turn it
    // (0, 0, 1) and its 90° turn (0, −1, 0), averaged: unit length along (0, −1, 1).
    const n = skinNormal(normals, binding, transforms, 1)
    ;[0, -Math.SQRT1_2, Math.SQRT1_2].forEach((v, k) => expect(n[k]).toBeCloseTo(v, 9))
  })

  it('is what the app poses the skin with (skinPose.ts), joint matrices read in metres', () => {
    const skin = {
      rest,
      normals,
      joints: binding.joints,
      weights: binding.weights,
      vertexCount: 2,
    } as unknown as SkinData
    // Joint nodes hold metres: 0.1 m forward is the rig's 100 mm.
    const bones = transforms.map((m, i) => ({
      matrix: { elements: i === 0 ? translation([0, 0, 100 / MM_PER_M]) : m },
    }))
    const mats = jointTransforms(bones)
    expect(mats[0]).toEqual([...transforms[0]!])
    const posed = posePositions(skin, mats, new Float32Array(6))
    for (const i of [0, 1]) {
      const v = poseVertex(skin, mats, i)
      expect([...posed.slice(i * 3, i * 3 + 3)]).toEqual(v.p.map((x) => Math.fround(x)))
      expect(v.n).toEqual(skinNormal(normals, binding, mats, i))
    }
  })
})
