import { posePositions, jointTransforms } from './skinPose'
import type { SkinData } from './skinData'

/**
 * A live CPU-posed copy of the skin (mm, in the skin file's frame) for picking and probes: the
 * same blend the GPU draws. Recomputed only when a joint has moved since the last call.
 */
export class PosedSkin {
  readonly positions: Float32Array
  private key = ''

  constructor(private readonly skin: SkinData) {
    this.positions = new Float32Array(skin.vertexCount * 3)
  }

  /** The posed positions, brought up to date with the joints. */
  update(): Float32Array {
    const bones = this.skin.mesh.skeleton.bones
    let key = ''
    for (const b of bones) key += b.matrix.elements.join(',') + ';'
    if (key !== this.key) {
      posePositions(this.skin, jointTransforms(bones), this.positions)
      this.key = key
    }
    return this.positions
  }
}
