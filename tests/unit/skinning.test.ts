import { describe, expect, it } from 'vitest'
import { IDENTITY, MM_PER_M, multiply, rotationX, rotationZ, transformPoint, translation } from '../../src/anatomy/mat4'
import {
  DUAL_QUATERNION_SIZE,
  dualQuaternionOf,
  skinNormal,
  skinPosition,
  skinPositions,
  type SkinBinding,
} from '../../src/anatomy/skinning'
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

describe('dual-quaternion blend skinning (src/anatomy/skinning.ts)', () => {
  it('leaves the rest pose alone under identity transforms', () => {
    expect(skinPositions(rest, binding, [IDENTITY, IDENTITY], new Float64Array(6))).toEqual(
      new Float64Array([10, 0, 0, 0, 20, 0]),
    )
  })

  it('moves a vertex with its one joint and blends a shared one by its weights', () => {
    const p0 = skinPosition(rest, binding, transforms, 0)
    ;[10, 0, 100].forEach((v, k) => expect(p0[k]).toBeCloseTo(v, 9))
    // Half a shift of 100 mm forward and half a 90° turn about x. The blended quaternion is a
    // 45° turn (so (0, 20, 0) keeps its 20 mm from the axis: (0, 14.1, 14.1), where a matrix blend
    // pulls it in to (0, 10, 10)); its dual part ¼·t, renormalised, moves the origin to
    // 2·(w·d + q×d) = (0, −20.7, 50). Sum: (0, −6.57, 64.14).
    const p = skinPosition(rest, binding, transforms, 1)
    const r = 20 * Math.SQRT1_2
    const d = 25 / Math.cos(Math.PI / 8)
    const origin = [0, -2 * Math.sin(Math.PI / 8) * d, 2 * Math.cos(Math.PI / 8) * d]
    ;[0, r, r].forEach((v, k) => expect(p[k]).toBeCloseTo(v + origin[k]!, 9))
    expect(p[1]).toBeCloseTo(-6.5685, 3)
    expect(p[2]).toBeCloseTo(64.1421, 3)
    const all = skinPositions(rest, binding, transforms, new Float32Array(6))
    ;[0, 1, 2].forEach((k) => expect(all[3 + k]).toBeCloseTo(p[k]!, 4))
  })

  it('keeps a vertex shared by two turns about one axis at its distance from the axis', () => {
    // Thigh and pelvis both turning about the hip's x axis: a shared vertex sweeps round the hip.
    const hip: [number, number, number] = [80, 0, 0]
    const mats = [rotationX(0, hip), rotationX(-90, hip)]
    for (const w of [0.25, 0.5, 0.75]) {
      const b: SkinBinding = { joints: [0, 1, 0, 0], weights: [1 - w, w, 0, 0] }
      const p = skinPosition([80, -120, -60], b, mats, 0)
      expect(Math.hypot(p[1], p[2])).toBeCloseTo(Math.hypot(120, 60), 6)
      expect(p[0]).toBeCloseTo(80, 9)
      // It has turned by about w × 90° (exactly half at w = ½; a normalised blend of quaternions
      // is close to, not exactly, a linear share of the angle elsewhere).
      const turned = ((Math.atan2(p[2], -p[1]) - Math.atan2(-60, 120)) * 180) / Math.PI
      expect(Math.abs(turned - 90 * w)).toBeLessThan(w === 0.5 ? 1e-6 : 1.5)
    }
  })

  it('takes the short way between a joint quaternion and its negative', () => {
    // A 350° and a 10° turn are 20° apart, not 340°: half of each is no turn at all.
    const b: SkinBinding = { joints: [0, 1, 0, 0], weights: [0.5, 0.5, 0, 0] }
    const p = skinPosition([0, -100, 0], b, [rotationX(350), rotationX(10)], 0)
    ;[0, -100, 0].forEach((v, k) => expect(p[k]).toBeCloseTo(v, 6))
  })

  it('makes the dual quaternion of a rigid transform that reproduces it', () => {
    const m = multiply(translation([5, -7, 30]), multiply(rotationX(40, [1, 2, 3]), rotationZ(-65)))
    const dq = new Float64Array(DUAL_QUATERNION_SIZE)
    dualQuaternionOf(m, dq)
    expect(Math.hypot(dq[0]!, dq[1]!, dq[2]!, dq[3]!)).toBeCloseTo(1, 12)
    const b: SkinBinding = { joints: [0, 0, 0, 0], weights: [1, 0, 0, 0] }
    const p = skinPosition([12, -40, 7], b, [m], 0)
    const q = transformPoint(m, [12, -40, 7])
    ;[0, 1, 2].forEach((k) => expect(p[k]).toBeCloseTo(q[k]!, 9))
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
