import { Matrix3, SkinnedMesh, Vector3, type BufferAttribute, type Object3D } from 'three'
import type { Vec3 } from '../../anatomy/types'
import type { AnatomyUserData } from '../../models/nodeIndex'

/** What the app needs to know about the skin, in the standing (rest) frame, millimetres. */
export interface SkinData {
  /** The loaded file's scene (joints and skin node are its children). */
  readonly root: Object3D
  readonly mesh: SkinnedMesh
  readonly vertexCount: number
  /** Rest positions, mm, xyz per vertex. */
  readonly rest: Float32Array
  /** Rest normals (unit), xyz per vertex. */
  readonly normals: Float32Array
  readonly indices: Uint32Array
  /** Up to four joint slots per vertex (indices into `jointIds`) and their weights. */
  readonly joints: Uint8Array
  readonly weights: Float32Array
  /** Rig id of each skeleton bone, in skeleton order (e.g. `femur_l`). */
  readonly jointIds: readonly string[]
  /** Standing landmark positions carried by the skin file (mm), for the pain zones. */
  readonly landmarks: ReadonlyMap<string, Vec3>
}

interface SkinUserData extends AnatomyUserData {
  readonly landmarks?: Record<string, [number, number, number]>
}

/** The skin node (extras.kind = "skin") in a loaded scene, if any. */
export function findSkinNode(scene: Object3D): Object3D | null {
  let found: Object3D | null = null
  scene.traverse((o) => {
    if (!found && (o.userData as AnatomyUserData).kind === 'skin') found = o
  })
  return found
}

/**
 * Read the skin out of its loaded file and bind it for the rig: rest positions in mm, weights,
 * joint ids and landmarks. Binding uses the mesh's transform within its file (which holds the
 * de-quantisation scale), so joint matrices can be the rig's transforms directly. Throws a readable
 * Error when the file is not a usable skin.
 */
export function readSkin(root: Object3D): SkinData {
  const node = findSkinNode(root)
  let mesh: SkinnedMesh | null = null
  node?.traverse((o) => {
    if (!mesh && o instanceof SkinnedMesh) mesh = o
  })
  if (!node || !mesh) throw new Error('skin.glb has no skinned body surface, so the skin cannot be shown.')
  const m = mesh as SkinnedMesh
  const landmarkTable = (node.userData as SkinUserData).landmarks ?? {}
  const landmarks = new Map<string, Vec3>(Object.entries(landmarkTable).map(([k, v]) => [k, [v[0], v[1], v[2]]]))

  // Measure in the file's own frame (the root at identity), whatever its parent will be.
  const saved = root.matrix.clone()
  const savedAuto = root.matrixAutoUpdate
  root.matrix.identity()
  root.matrixAutoUpdate = false
  root.updateMatrixWorld(true)
  const toRest = m.matrixWorld.clone()
  m.bind(m.skeleton, toRest)
  root.matrix.copy(saved)
  root.matrixAutoUpdate = savedAuto
  root.updateMatrixWorld(true)

  const g = m.geometry
  const pos = g.getAttribute('position') as BufferAttribute
  const nor = g.getAttribute('normal') as BufferAttribute | undefined
  const si = g.getAttribute('skinIndex') as BufferAttribute | undefined
  const sw = g.getAttribute('skinWeight') as BufferAttribute | undefined
  if (!si || !sw || !g.index) throw new Error('skin.glb is damaged: its surface has no skin weights.')
  const n = pos.count
  const rest = new Float32Array(n * 3)
  const normals = new Float32Array(n * 3)
  const joints = new Uint8Array(n * 4)
  const weights = new Float32Array(n * 4)
  const v = new Vector3()
  const normalMatrix = new Matrix3().getNormalMatrix(toRest)
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(toRest).multiplyScalar(1000)
    rest[i * 3] = v.x
    rest[i * 3 + 1] = v.y
    rest[i * 3 + 2] = v.z
    if (nor) {
      v.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize()
      normals[i * 3] = v.x
      normals[i * 3 + 1] = v.y
      normals[i * 3 + 2] = v.z
    }
    let sum = 0
    for (let k = 0; k < 4; k++) {
      joints[i * 4 + k] = si.getComponent(i, k)
      const w = sw.getComponent(i, k)
      weights[i * 4 + k] = w
      sum += w
    }
    if (sum > 0) for (let k = 0; k < 4; k++) weights[i * 4 + k]! /= sum
  }
  const indices = Uint32Array.from(g.index.array as ArrayLike<number>)
  const jointIds = m.skeleton.bones.map((b) => (b.userData as { joint?: string }).joint ?? b.name)
  return { root, mesh: m, vertexCount: n, rest, normals, indices, joints, weights, jointIds, landmarks }
}
