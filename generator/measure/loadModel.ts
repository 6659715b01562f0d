import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Node } from '@gltf-transform/core'
import { MODEL_FILES, type Vec3 } from '../../src/anatomy'
import { MM_PER_M, scaleTranslation, transformPoint, type Mat4 } from '../../src/anatomy/mat4'
import { createIO } from '../gltf/io'

/** A structure read back from a written file, in millimetres. */
export interface LoadedStructure {
  readonly id: string
  readonly kind: string
  readonly file: string
  /** Vertex positions in the structure's own (pivot) frame. */
  readonly local: Float64Array
  /** Vertex positions in the scene (pelvis) frame. */
  readonly world: Float64Array
  /** Unit vertex normals in the structure's own frame, as the file carries them (null if none). */
  readonly normals: Float64Array | null
  readonly indices: Uint32Array
  readonly regions: Uint8Array | null
  readonly regionIds: readonly string[]
  /** Pivot → scene transform (mm). */
  readonly matrix: Mat4
}

export interface LoadedLandmark {
  readonly id: string
  readonly bone: string
  /** Position in the bone's local frame (mm). */
  readonly local: Vec3
  /** Position in the scene frame (mm). */
  readonly world: Vec3
}

export interface LoadedSkeleton {
  readonly structures: ReadonlyMap<string, LoadedStructure>
  readonly landmarks: ReadonlyMap<string, LoadedLandmark>
}

/** A node matrix from the file (metres) in the rig's millimetres. */
const toMm = (m: Mat4): number[] => scaleTranslation(m, MM_PER_M)

/** Read every model file in `dir` (decoding meshopt and quantisation) into millimetre arrays. */
export async function loadModelFiles(dir: string, files: readonly string[] = MODEL_FILES): Promise<LoadedSkeleton> {
  const io = await createIO()
  const structures = new Map<string, LoadedStructure>()
  const landmarks = new Map<string, LoadedLandmark>()
  for (const file of files) {
    const doc = await io.readBinary(new Uint8Array(readFileSync(resolve(dir, file))))
    for (const node of doc.getRoot().listNodes()) {
      const extras = node.getExtras() as { anatomyId?: string; kind?: string }
      if (!extras.anatomyId || extras.kind === 'landmark') continue
      structures.set(extras.anatomyId, readStructure(node, extras.anatomyId, extras.kind ?? '', file))
      for (const child of node.listChildren()) {
        const ce = child.getExtras() as { anatomyId?: string; kind?: string }
        if (ce.kind !== 'landmark' || !ce.anatomyId) continue
        const t = child.getTranslation()
        const local: Vec3 = [t[0] * MM_PER_M, t[1] * MM_PER_M, t[2] * MM_PER_M]
        landmarks.set(ce.anatomyId, {
          id: ce.anatomyId,
          bone: extras.anatomyId,
          local,
          world: transformPoint(toMm(node.getWorldMatrix()), local),
        })
      }
    }
  }
  return { structures, landmarks }
}

function readStructure(node: Node, id: string, kind: string, file: string): LoadedStructure {
  const geometry = node.listChildren().find((c) => c.getMesh())
  const mesh = geometry?.getMesh()
  const prim = mesh?.listPrimitives()[0]
  const pos = prim?.getAttribute('POSITION')
  const idx = prim?.getIndices()
  if (!geometry || !mesh || !prim || !pos || !idx) throw new Error(`${file}: ${id} has no mesh`)
  const geomMatrix = toMm(geometry.getMatrix())
  const matrix = toMm(node.getWorldMatrix())
  const n = pos.getCount()
  const local = new Float64Array(n * 3)
  const world = new Float64Array(n * 3)
  const el: number[] = []
  for (let i = 0; i < n; i++) {
    pos.getElement(i, el)
    const l = transformPoint(geomMatrix, [el[0]! * MM_PER_M, el[1]! * MM_PER_M, el[2]! * MM_PER_M])
    local.set(l, i * 3)
    world.set(transformPoint(matrix, l), i * 3)
  }
  const nrm = prim.getAttribute('NORMAL')
  let normals: Float64Array | null = null
  if (nrm) {
    normals = new Float64Array(n * 3)
    for (let i = 0; i < n; i++) {
      nrm.getElement(i, el)
      // The rotation part of the geometry node's matrix (its translation does not move directions).
      const m = geomMatrix
      const v: Vec3 = [
        m[0]! * el[0]! + m[4]! * el[1]! + m[8]! * el[2]!,
        m[1]! * el[0]! + m[5]! * el[1]! + m[9]! * el[2]!,
        m[2]! * el[0]! + m[6]! * el[1]! + m[10]! * el[2]!,
      ]
      const len = Math.hypot(...v) || 1
      normals.set([v[0] / len, v[1] / len, v[2] / len], i * 3)
    }
  }
  const reg = prim.getAttribute('_REGION')
  const regions = reg ? new Uint8Array(reg.getArray() as ArrayLike<number>) : null
  const regionIds = ((mesh.getExtras() as { regions?: string[] }).regions ?? []).slice()
  return {
    id,
    kind,
    file,
    local,
    world,
    normals,
    indices: new Uint32Array(idx.getArray() as ArrayLike<number>),
    regions,
    regionIds,
    matrix,
  }
}
