import ReactThreeTestRenderer from '@react-three/test-renderer'
import { Matrix4, Mesh } from 'three'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MM_PER_M, scaleTranslation } from '../../src/anatomy/mat4'
import { SITTING } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { MuscleLayer } from '../../src/scene/muscles/MuscleLayer'
import { CostLog } from '../../src/scene/rig/costLog'
import { PostureRig } from '../../src/scene/rig/PostureRig'
import { useRigFollower, type RigFollower } from '../../src/scene/rig/rigContext'
import { resetApp } from '../../src/store/appStore'
import { setMuscleSide, setSittingAmount } from '../../src/store/postureSlice'
import { femurFixture, skinnedFixture } from '../fixtures/skinnedFixture'

const sittingMatrix = (id: string) =>
  new Matrix4().fromArray(scaleTranslation(poseTransforms(SITTING)[id]!, 1 / MM_PER_M))

function Follower({ fn }: { fn: RigFollower }) {
  useRigFollower(fn)
  return null
}

describe('PostureRig', () => {
  beforeEach(() => resetApp())
  afterEach(() => resetApp())

  it('moves bone nodes and skin joints by the rig, tells followers, logs the cost, and hands back on unmount', async () => {
    const bones = femurFixture()
    const skin = skinnedFixture()
    const femur = bones.scene.children[0]!
    const standing = femur.matrix.clone().compose(femur.position, femur.quaternion, femur.scale)
    const femurJoint = skin.scene.children[1]!
    const costs = new CostLog(10)
    const heard: number[] = []
    const r = await ReactThreeTestRenderer.create(
      <PostureRig models={[bones, skin]} costs={costs}>
        <Follower fn={(_, posture) => heard.push(posture.amount)} />
      </PostureRig>,
    )
    await r.advanceFrames(1, 0.016)
    expect(heard).toEqual([0])
    expect(femur.matrix.equals(standing)).toBe(true)

    setSittingAmount(1)
    await r.advanceFrames(1, 0.016)
    expect(heard).toEqual([0, 1])
    const expected = sittingMatrix('femur_l').multiply(standing)
    expect(femur.matrix.toArray().map((v) => +v.toFixed(9))).toEqual(expected.toArray().map((v) => +v.toFixed(9)))
    expect(femurJoint.matrix.toArray()).toEqual(sittingMatrix('femur_l').toArray())
    expect(femur.matrixAutoUpdate).toBe(false)
    expect(costs.values()).toHaveLength(2)

    // Nothing moved: no update, no cost.
    await r.advanceFrames(3, 0.016)
    expect(costs.values()).toHaveLength(2)

    await r.unmount()
    expect(femur.matrix.equals(standing)).toBe(true)
    expect(femur.matrixAutoUpdate).toBe(true)
  })
})

describe('MuscleLayer', () => {
  beforeEach(() => resetApp())

  it('follows the rig: the muscle surfaces reshape when the model sits, and the side choice hides the other side', async () => {
    const r = await ReactThreeTestRenderer.create(
      <PostureRig models={[]} costs={new CostLog()}>
        <MuscleLayer />
      </PostureRig>,
    )
    await r.advanceFrames(1, 0.016)
    const group = r.scene.children[0]!.instance
    const meshes: Mesh[] = []
    group.traverse((o) => {
      if (o instanceof Mesh) meshes.push(o)
    })
    expect(meshes.length).toBe(4) // one closed surface per muscle and side
    const left = meshes.find(
      (m) => m.userData.anatomyId === 'psoas_major_l' || m.parent?.userData.anatomyId === 'psoas_major_l',
    )
    expect(left).toBeDefined()
    const before = Float32Array.from(left!.geometry.getAttribute('position').array)
    setSittingAmount(1)
    await r.advanceFrames(1, 0.016)
    const after = left!.geometry.getAttribute('position').array
    let moved = 0
    for (let i = 0; i < before.length; i++) moved = Math.max(moved, Math.abs(after[i]! - before[i]!))
    expect(moved).toBeGreaterThan(0.01) // metres: the distal psoas swings forward by centimetres

    setMuscleSide('r')
    await r.advanceFrames(1, 0.016)
    let leftShown = true
    for (let o: typeof left | null = left!; o; o = o.parent as typeof left) if (!o.visible) leftShown = false
    expect(leftShown).toBe(false)
    await r.unmount()
  })
})
