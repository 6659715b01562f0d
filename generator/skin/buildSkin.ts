import { buildStructureMesh } from '../mesh/buildStructureMesh'
import { flipSlivers, type StructureMesh } from '../mesh/triMesh'
import { skinShape } from './skinShape'
import { skinWeightsAt } from './skinWeights'

/** Triangles flatter than this (twice the area over the longest edge squared; 0.87 equilateral) get flipped. */
const SLIVER_QUALITY = 0.25

/** The finished skin: mesh in standing mm, plus four joints and weights per vertex. */
export interface SkinMesh {
  readonly mesh: StructureMesh
  /** Four SKIN_JOINTS indices per vertex. */
  readonly joints: Uint8Array
  /** Four weights per vertex, summing to 1. */
  readonly weights: Float32Array
  readonly seconds: number
}

/**
 * Mesh the skin field (level set → simplification → normals from the field's gradient, the same
 * pipeline as the bones) and weight every vertex by its rest position.
 */
export async function buildSkin(): Promise<SkinMesh> {
  const t0 = performance.now()
  const mesh = await buildStructureMesh(skinShape())
  // Heatmaps are painted per vertex: flip the long edge of any remaining flat triangle.
  flipSlivers(mesh.indices as Uint32Array, mesh.positions as Float32Array, SLIVER_QUALITY, 10)
  const n = mesh.positions.length / 3
  const joints = new Uint8Array(n * 4)
  const weights = new Float32Array(n * 4)
  for (let v = 0; v < n; v++) {
    const w = skinWeightsAt([mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!])
    joints.set(w.joints, v * 4)
    weights.set(w.weights, v * 4)
  }
  return { mesh, joints, weights, seconds: (performance.now() - t0) / 1000 }
}
