import {
  DISCS,
  FEMUR_ADDUCTION_DEG,
  LEVELS,
  STANDING_SPINE,
  STRUCTURES,
  hipCentre,
  landmarkById,
  kneeCentre,
  type ModelFile,
  type Side,
  type Vec3,
} from '../src/anatomy'
import { discShape } from './bones/disc'
import { femurShape } from './bones/femur'
import { hipBoneShape } from './bones/hipBone'
import { fibulaShape, footShape, patellaShape, tibiaShape } from './bones/lowerLeg'
import { coccyxShape, sacrumShape } from './bones/sacrum'
import type { StructureShape } from './bones/types'
import { rib12Shape } from './bones/rib'
import { vertebraShape } from './bones/vertebra'
import type { PlacedStructure } from './gltf/writeModelFile'
import { buildStructureMesh, mirrorMesh, projectToSurface } from './mesh/buildStructureMesh'
import type { StructureMesh } from './mesh/triMesh'

type Quat = readonly [number, number, number, number]
const IDENTITY: Quat = [0, 0, 0, 1]
const aboutX = (deg: number): Quat => [Math.sin((deg * Math.PI) / 360), 0, 0, Math.cos((deg * Math.PI) / 360)]
const aboutZ = (deg: number): Quat => [0, 0, Math.sin((deg * Math.PI) / 360), Math.cos((deg * Math.PI) / 360)]

/** Swap a trailing `_l` for `_r` (ids of the mirrored side). */
const toRight = (id: string): string => id.replace(/_l$/, '_r')

/** A shape meshed once, with its landmarks resolved (surface ones projected onto the field). */
interface Built {
  readonly shape: StructureShape
  readonly mesh: StructureMesh
  readonly landmarks: readonly { id: string; position: Vec3 }[]
  readonly seconds: number
}

async function build(shape: StructureShape): Promise<Built> {
  const t0 = performance.now()
  const mesh = await buildStructureMesh(shape)
  const landmarks = Object.entries(shape.landmarks).map(([id, p]) => {
    const record = landmarkById(id)
    if (!record) throw new Error(`${shape.id}: unknown landmark id ${id}`)
    return { id, position: record.placement === 'surface' ? projectToSurface(shape.sdf, p) : p }
  })
  return { shape, mesh, landmarks, seconds: (performance.now() - t0) / 1000 }
}

function place(
  id: string,
  mesh: StructureMesh,
  landmarks: readonly { id: string; position: Vec3 }[],
  translation: Vec3,
  rotation: Quat,
): PlacedStructure {
  const record = STRUCTURES.find((s) => s.id === id)
  if (!record) throw new Error(`unknown structure ${id}`)
  return {
    id,
    name: record.name,
    kind: record.kind,
    ...(record.side ? { side: record.side } : {}),
    mesh,
    translation,
    rotation,
    landmarks: landmarks.map((l) => ({ ...l, name: landmarkById(l.id)!.name })),
  }
}

const mirrored = (b: Built) => ({
  mesh: mirrorMesh(b.mesh, toRight),
  landmarks: b.landmarks.map((l) => ({
    id: toRight(l.id),
    position: [-l.position[0], l.position[1], l.position[2]] as Vec3,
  })),
})

/** Timing of each shape, for the generator's report. */
export interface BuildTiming {
  readonly id: string
  readonly seconds: number
  readonly triangles: number
}

/**
 * Mesh every structure and place it in its standing pose, grouped by the file it ships in.
 * Left-side bones are built once and mirrored for the right.
 */
export async function assembleSkeleton(): Promise<{
  files: Map<ModelFile, PlacedStructure[]>
  timings: BuildTiming[]
}> {
  const timings: BuildTiming[] = []
  const note = (b: Built) => timings.push({ id: b.shape.id, seconds: b.seconds, triangles: b.mesh.indices.length / 3 })
  const files = new Map<ModelFile, PlacedStructure[]>()

  const femur = await build(femurShape())
  note(femur)
  for (const side of ['l', 'r'] as Side[]) {
    const m = side === 'l' ? femur : mirrored(femur)
    // Standing adduction: the knee sits medial of the hip (left femur turns by −3° about +Z).
    const rot = aboutZ(side === 'l' ? -FEMUR_ADDUCTION_DEG : FEMUR_ADDUCTION_DEG)
    files.set(`femur_${side}.glb`, [place(`femur_${side}`, m.mesh, m.landmarks, hipCentre(side), rot)])
  }

  // Below the knee: built in a knee-centred frame with the standing axes, placed at the knee
  // centre without a turn (the shank's rig transform turns them about that point).
  const lower: Built[] = []
  for (const shape of [tibiaShape(), fibulaShape(), patellaShape(), footShape()]) {
    const b = await build(shape)
    note(b)
    lower.push(b)
  }
  for (const side of ['l', 'r'] as Side[]) {
    files.set(
      `lower_leg_${side}.glb`,
      lower.map((b) => {
        const m = side === 'l' ? b : mirrored(b)
        return place(side === 'l' ? b.shape.id : toRight(b.shape.id), m.mesh, m.landmarks, kneeCentre(side), IDENTITY)
      }),
    )
  }

  const hip = await build(hipBoneShape())
  const sacrum = await build(sacrumShape())
  const coccyx = await build(coccyxShape())
  ;[hip, sacrum, coccyx].forEach(note)
  const hipR = mirrored(hip)
  // Pelvic bones share one pivot, midway between the hip centres (the pelvis frame origin).
  files.set('pelvis.glb', [
    place('hip_bone_l', hip.mesh, hip.landmarks, [0, 0, 0], IDENTITY),
    place(
      'hip_bone_r',
      hipR.mesh,
      hipR.landmarks.filter((l) => l.id !== 'pubic_symphysis'),
      [0, 0, 0],
      IDENTITY,
    ),
    place('sacrum', sacrum.mesh, sacrum.landmarks, [0, 0, 0], IDENTITY),
    place('coccyx', coccyx.mesh, coccyx.landmarks, [0, 0, 0], IDENTITY),
  ])

  const spine: PlacedStructure[] = []
  for (const level of LEVELS) {
    const b = await build(vertebraShape(level))
    note(b)
    const f = STANDING_SPINE.vertebrae[level]
    spine.push(place(level, b.mesh, b.landmarks, f.origin, aboutX(f.tiltDeg)))
  }
  // The 12th ribs are built in T12's frame and placed with its transform (they move with it).
  const rib = await build(rib12Shape())
  note(rib)
  const t12 = STANDING_SPINE.vertebrae.t12
  for (const side of ['l', 'r'] as Side[]) {
    const m = side === 'l' ? rib : mirrored(rib)
    spine.push(place(`rib_12_${side}`, m.mesh, m.landmarks, t12.origin, aboutX(t12.tiltDeg)))
  }
  for (const disc of DISCS) {
    const b = await build(discShape(disc))
    note(b)
    const f = STANDING_SPINE.discs[disc]
    spine.push(place(`disc_${disc}`, b.mesh, b.landmarks, f.origin, aboutX(f.tiltDeg)))
  }
  files.set('lumbar_spine.glb', spine)
  return { files, timings }
}
