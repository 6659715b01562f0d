import {
  Document,
  Logger,
  type Accessor,
  type Buffer,
  type GLTF,
  type Material,
  type TypedArray,
} from '@gltf-transform/core'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import type { NodeKind, Vec3 } from '../../src/anatomy/types'
import type { StructureMesh } from '../mesh/triMesh'
import { createIO } from './io'
import { materialFor } from './materials'
import { MM_PER_M } from '../../src/anatomy/mat4'

/** One structure to write: its mesh (local mm), its pivot placement and its landmarks. */
export interface PlacedStructure {
  readonly id: string
  readonly name: string
  readonly kind: NodeKind
  readonly side?: 'l' | 'r'
  readonly mesh: StructureMesh
  /** Pivot position in the parent (scene) frame, mm. */
  readonly translation: Vec3
  /** Pivot rotation as a unit quaternion [x, y, z, w]. */
  readonly rotation: readonly [number, number, number, number]
  /** Landmark id → { name, position in the structure's local frame (mm) }. */
  readonly landmarks: readonly { id: string; name: string; position: Vec3 }[]
}

/** Options for {@link writeModelFile}. */
export interface WriteOptions {
  /** Compress with EXT_meshopt_compression (quantised). Off gives a plain float file for validation. */
  readonly compress: boolean
}

/** Metres per millimetre: the data is in mm, glTF in metres. */
const MM = 1 / MM_PER_M

/** Positions in mm as the float metres a glTF accessor holds. */
export function metres(mm: ArrayLike<number>): Float32Array {
  const out = new Float32Array(mm.length)
  for (let i = 0; i < out.length; i++) out[i] = mm[i]! * MM
  return out
}

/** An accessor of `type` ('VEC3', 'SCALAR', …) holding `array`, stored in `buffer`. */
export const accessor = (doc: Document, buffer: Buffer, type: GLTF.AccessorType, array: TypedArray): Accessor =>
  doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)

/** An empty glTF document with our asset fields, logging errors only. */
export function newDocument(): Document {
  // ERROR only: quantize() warns on every file that it leaves the integer _REGION codes alone, which is intended.
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.ERROR))
  doc.getRoot().getAsset().generator = 'iliopsoas-viewer generator'
  doc.getRoot().getAsset().copyright =
    'Generated from published anatomical figures by our own code; see generator/README.md'
  return doc
}

/**
 * Build a glb: one node per structure (named by id, `extras.anatomyId`/`kind`/`name`), its mesh
 * on a child node (so quantisation can put its dequantisation transform there without moving the
 * pivot or the landmarks), and one empty child node per landmark. Region codes go in a `_REGION`
 * vertex attribute; the code → attachment-id table goes in the mesh's `extras.regions`.
 */
export async function writeModelFile(
  structures: readonly PlacedStructure[],
  options: WriteOptions,
): Promise<Uint8Array> {
  const doc = newDocument()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('skeleton')
  const materials = new Map<NodeKind, Material>()
  for (const s of [...structures].sort((a, b) => a.id.localeCompare(b.id))) {
    const m = s.mesh
    const positions = metres(m.positions)
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', accessor(doc, buffer, 'VEC3', positions))
      .setAttribute('NORMAL', accessor(doc, buffer, 'VEC3', new Float32Array(m.normals)))
      .setIndices(accessor(doc, buffer, 'SCALAR', new Uint32Array(m.indices)))
      .setMaterial(materialFor(doc, s.kind, materials))
    if (m.regionIds.length > 0) {
      prim.setAttribute('_REGION', accessor(doc, buffer, 'SCALAR', new Uint8Array(m.regions)))
    }
    const mesh = doc
      .createMesh(s.id)
      .addPrimitive(prim)
      .setExtras({ anatomyId: s.id, regions: [...m.regionIds] })
    const geometryNode = doc.createNode(`${s.id}_geometry`).setMesh(mesh).setExtras({ geometryOf: s.id })
    const node = doc
      .createNode(s.id)
      .setTranslation([s.translation[0] * MM, s.translation[1] * MM, s.translation[2] * MM])
      .setRotation([...s.rotation])
      .setExtras({ anatomyId: s.id, kind: s.kind, name: s.name, ...(s.side ? { side: s.side } : {}) })
      .addChild(geometryNode)
    for (const l of [...s.landmarks].sort((a, b) => a.id.localeCompare(b.id))) {
      node.addChild(
        doc
          .createNode(l.id)
          .setTranslation([l.position[0] * MM, l.position[1] * MM, l.position[2] * MM])
          .setExtras({ anatomyId: l.id, kind: 'landmark', name: l.name, bone: s.id }),
      )
    }
    scene.addChild(node)
  }
  doc.getRoot().setDefaultScene(scene)
  if (options.compress) await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
  const io = await createIO()
  return io.writeBinary(doc)
}
