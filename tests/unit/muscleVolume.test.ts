import { describe, expect, it } from 'vitest'
import { STRANDS } from '../../src/anatomy/muscles'
import { polylineLength, strandPath, strandRadius } from '../../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { enclosedVolume, resampleInto, tubeIndices, tubeVertexCount, writeTube } from '../../src/scene/muscles/tube'
import { RINGS, SIDES } from '../../src/scene/muscles/muscleMeshes'

/** Volume (cm³) of the tube mesh the app draws for each muscle, in a pose. */
function meshVolumes(pose: Pose): Record<string, number> {
  const transforms = poseTransforms(pose)
  const standing = poseTransforms(STANDING)
  const index = tubeIndices(RINGS, SIDES)
  const out: Record<string, number> = {}
  for (const s of STRANDS) {
    const path = strandPath(s, transforms)
    const flat = new Float64Array(path.flat())
    const points = new Float64Array(RINGS * 3)
    const length = resampleInto(flat, RINGS, points)
    const rest = polylineLength(strandPath(s, standing))
    const radius = new Float64Array(RINGS).map((_, r) => strandRadius(s, r / (RINGS - 1), length, rest))
    const positions = new Float32Array(tubeVertexCount(RINGS, SIDES) * 3)
    writeTube(points, radius, RINGS, SIDES, positions, new Float32Array(positions.length))
    out[s.muscle] = (out[s.muscle] ?? 0) + enclosedVolume(positions, index) * 1e6
  }
  return out
}

describe('the muscle meshes the app draws', () => {
  const rest = meshVolumes(STANDING)

  it.each([
    ['sitting', SITTING],
    ['stretch (both)', stretchPose('both')],
    ['stretch (left)', stretchPose('l')],
    ['hip flexion 30°', hipFlexionPose(30)],
    ['hip flexion 60°', hipFlexionPose(60)],
    ['hip flexion 90°', hipFlexionPose(90)],
  ])('keep each muscle’s volume within 5%% of standing: %s', (_, pose) => {
    const v = meshVolumes(pose)
    for (const id of Object.keys(rest)) expect(Math.abs(v[id]! / rest[id]! - 1), id).toBeLessThan(0.05)
  })
})
