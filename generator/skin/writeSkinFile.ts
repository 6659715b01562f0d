import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { quantize, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { SKIN_JOINTS } from '../../src/anatomy/body'
import { createIO } from '../gltf/io'
import { accessor, metres, newDocument, type WriteOptions } from '../gltf/writeModelFile'
import type { SkinMesh } from './buildSkin'

/** The skin's file in public/models. */
export const SKIN_FILE = 'skin.glb'

/** What the skin file says about itself on the `skin` node. */
export interface SkinExtras {
  readonly anatomyId: 'skin'
  readonly kind: 'skin'
  readonly name: string
  /** Coordinate note for the landmark table. */
  readonly frame: string
  /** Every bone landmark and the ankle centres, standing world position in mm. */
  readonly landmarks: Record<string, [number, number, number]>
  /** Joint ids in JOINTS_0 index order (same as SKIN_JOINTS). */
  readonly joints: readonly string[]
}

/**
 * Write the skin glb:
 *
 *   scene "skin"
 *   ├─ pelvis, t12, l1 … l5, femur_l, femur_r, shank_l, shank_r   joint nodes (SKIN_JOINTS order),
 *   │      at the origin, identity transform, extras { joint: id }
 *   └─ skin   the skinned mesh (glTF skin over the joint nodes, identity inverse bind matrices),
 *             extras { anatomyId: 'skin', kind: 'skin', name, frame, landmarks, joints }
 *
 * The skinned mesh is a root node, as glTF asks: a skinned mesh ignores its parents' transforms,
 * so the validator warns (NODE_SKINNED_MESH_NON_ROOT) when it has any.
 *
 * Positions stay float (metres) so the inverse bind matrices stay identity; normals and weights are
 * quantised (KHR_mesh_quantization) and everything is meshopt-compressed.
 */
export async function writeSkinFile(
  skin: SkinMesh,
  landmarks: Record<string, [number, number, number]>,
  options: WriteOptions,
): Promise<Uint8Array> {
  const doc = newDocument()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('skin_scene')
  const m = skin.mesh
  const positions = metres(m.positions)
  const material = doc
    .createMaterial('skin')
    .setBaseColorFactor([0.93, 0.76, 0.66, 0.35])
    .setAlphaMode('BLEND')
    .setRoughnessFactor(0.7)
    .setMetallicFactor(0)
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor(doc, buffer, 'VEC3', positions))
    .setAttribute('NORMAL', accessor(doc, buffer, 'VEC3', new Float32Array(m.normals)))
    .setAttribute('JOINTS_0', accessor(doc, buffer, 'VEC4', new Uint8Array(skin.joints)))
    .setAttribute('WEIGHTS_0', accessor(doc, buffer, 'VEC4', new Float32Array(skin.weights)))
    .setIndices(accessor(doc, buffer, 'SCALAR', new Uint32Array(m.indices)))
    .setMaterial(material)
  const mesh = doc.createMesh('skin').addPrimitive(prim).setExtras({ anatomyId: 'skin' })

  const jointNodes = SKIN_JOINTS.map((id) => doc.createNode(id).setExtras({ joint: id }))
  const ibm = new Float32Array(16 * jointNodes.length)
  for (let j = 0; j < jointNodes.length; j++) for (const k of [0, 5, 10, 15]) ibm[j * 16 + k] = 1
  const gltfSkin = doc.createSkin('skin').setInverseBindMatrices(accessor(doc, buffer, 'MAT4', ibm))
  for (const j of jointNodes) gltfSkin.addJoint(j)

  const extras: SkinExtras = {
    anatomyId: 'skin',
    kind: 'skin',
    name: 'Skin',
    frame: 'mm, standing; axes as the scene (+X patient left, +Y up, +Z anterior)',
    landmarks,
    joints: [...SKIN_JOINTS],
  }
  const node = doc
    .createNode('skin')
    .setMesh(mesh)
    .setSkin(gltfSkin)
    .setExtras({ ...extras })
  for (const j of jointNodes) scene.addChild(j)
  scene.addChild(node)
  doc.getRoot().setDefaultScene(scene)

  if (options.compress) {
    await doc.transform(
      reorder({ encoder: MeshoptEncoder, target: 'size' }),
      // Not POSITION: quantising it would move a dequantisation transform into the inverse bind
      // matrices, and the runtime relies on them being identity. Weights to 16 bits: the squeeze
      // behind a knee bent 125° (the couch stretch) is close to folding, and 8-bit weights (steps
      // of 1/255) folded it (8 triangles crossing, 5 flipped) where the exact weights do not.
      quantize({ pattern: /^(NORMAL|WEIGHTS_0)$/, quantizeNormal: 10, quantizeWeight: 16 }),
    )
    // quantize() only declares the extension when POSITION is quantised; normals are, so declare it.
    doc.createExtension(KHRMeshQuantization).setRequired(true)
    doc
      .createExtension(EXTMeshoptCompression)
      .setRequired(true)
      .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
  }
  const io = await createIO()
  return io.writeBinary(doc)
}
