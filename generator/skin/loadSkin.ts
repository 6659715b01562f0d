/** Read the written skin file back, and pose it the way the app does. */
import { readFileSync } from 'node:fs'
import { SKIN_JOINTS } from '../../src/anatomy/body'
import { MM_PER_M } from '../../src/anatomy/mat4'
import type { Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { skinPositions } from '../../src/anatomy/skinning'
import { createIO } from '../gltf/io'
import type { SkinExtras } from './writeSkinFile'

/** The skin read back from its file, in millimetres (standing). */
export interface LoadedSkin {
  readonly positions: Float64Array
  readonly normals: Float64Array
  readonly indices: Uint32Array
  /** Four joint indices per vertex (into `extras.joints`). */
  readonly joints: Uint16Array
  /** Four weights per vertex. */
  readonly weights: Float64Array
  readonly extras: SkinExtras
  /** Node names of the skin's joints, in order. */
  readonly jointNames: readonly string[]
  /** Inverse bind matrices, 16 per joint. */
  readonly inverseBind: Float32Array
}

/** Read `path` (a skin.glb) into millimetre arrays; throws when it holds no usable skinned mesh. */
export async function loadSkinFile(path: string): Promise<LoadedSkin> {
  const io = await createIO()
  const doc = await io.readBinary(new Uint8Array(readFileSync(path)))
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => (n.getExtras() as { anatomyId?: string }).anatomyId === 'skin')
  if (!node) throw new Error(`${path}: no node with extras.anatomyId = skin`)
  // The skin node is the skinned mesh itself (a root node, as glTF asks of skinned meshes).
  const geometry = node
  const prim = geometry.getMesh()?.listPrimitives()[0]
  const skin = geometry.getSkin()
  if (!prim || !skin) throw new Error(`${path}: the skin node is not a skinned mesh`)
  const read = (semantic: string, size: number, scale = 1): Float64Array => {
    const a = prim.getAttribute(semantic)
    if (!a) throw new Error(`${path}: no ${semantic}`)
    const out = new Float64Array(a.getCount() * size)
    const el: number[] = []
    for (let i = 0; i < a.getCount(); i++) {
      a.getElement(i, el)
      for (let k = 0; k < size; k++) out[i * size + k] = el[k]! * scale
    }
    return out
  }
  const m = geometry.getMatrix()
  if (m.some((v, i) => Math.abs(v - (i % 5 === 0 ? 1 : 0)) > 1e-9)) throw new Error(`${path}: skin mesh node is moved`)
  return {
    positions: read('POSITION', 3, MM_PER_M),
    normals: read('NORMAL', 3),
    indices: new Uint32Array(prim.getIndices()!.getArray() as ArrayLike<number>),
    joints: Uint16Array.from(read('JOINTS_0', 4)),
    weights: read('WEIGHTS_0', 4),
    extras: node.getExtras() as unknown as SkinExtras,
    jointNames: skin.listJoints().map((j) => j.getName()),
    inverseBind: new Float32Array(skin.getInverseBindMatrices()!.getArray() as ArrayLike<number>),
  }
}

/**
 * Linear blend skinning of every vertex for a pose (joint matrices from the rig, mm): the app's
 * own skinning (`src/anatomy/skinning.ts`), so what is measured here is what the app shows.
 */
export function poseSkin(skin: LoadedSkin, pose: Pose): Float64Array {
  const D = poseTransforms(pose)
  const transforms = SKIN_JOINTS.map((id) => D[id]!)
  return skinPositions(skin.positions, skin, transforms, new Float64Array(skin.positions.length))
}
