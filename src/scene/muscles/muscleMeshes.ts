import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  Group,
  Mesh,
  MeshStandardMaterial,
  Sphere,
  Vector3,
} from 'three'
import type { Mat4 } from '../../anatomy/mat4'
import { MUSCLES, STRANDS, type StrandDef } from '../../anatomy/muscles'
import { polylineLength, strandPath, strandRadius } from '../../anatomy/musclePath'
import { STANDING } from '../../anatomy/poses'
import { smoothstep } from '../../anatomy/scalar'
import { poseTransforms } from '../../anatomy/rig'
import { resampleInto, tubeIndices, tubeVertexCount, writeTube } from './tube'
import type { MuscleSide } from '../../store/postureSlice'

/** Rings along each strand and vertices around it: smooth at clinic zoom, cheap to rebuild each frame. */
export const RINGS = 48
export const SIDES = 14

/** Muscle red, a touch different for the two muscles so they read apart where they meet. */
const MUSCLE_COLOR: Record<string, string> = { psoas_major: '#a8322d', iliacus: '#b8482f' }
/** Tendon: pale, glossy collagen. */
const TENDON_COLOR = new Color('#eadfcf')

/** One strand's mesh and the scratch arrays its update reuses. */
interface StrandMesh {
  readonly def: StrandDef
  readonly mesh: Mesh<BufferGeometry, MeshStandardMaterial>
  readonly standingLength: number
  readonly points: Float64Array
  readonly radius: Float64Array
}

/** The muscle meshes and how to move them. Created once per scene; `dispose` frees the GPU side. */
export interface MuscleMeshes {
  readonly group: Group
  /** Reshape every strand for the bones' current transforms; show only the chosen side. */
  update(transforms: Readonly<Record<string, Mat4>>, side: MuscleSide): void
  /** Materials by muscle id, for highlight. */
  readonly materials: ReadonlyMap<string, MeshStandardMaterial>
  dispose(): void
}

const _c = new Vector3()
/** A bounding sphere (metres) that holds a tube around `points` (mm) with radii `radius` (mm). */
function setBounds(g: BufferGeometry, points: Float64Array, radius: Float64Array): void {
  const n = points.length / 3
  _c.set(0, 0, 0)
  for (let i = 0; i < n; i++) {
    _c.x += points[i * 3]!
    _c.y += points[i * 3 + 1]!
    _c.z += points[i * 3 + 2]!
  }
  _c.multiplyScalar(1 / n)
  let r = 0
  let maxRadius = 0
  for (let i = 0; i < n; i++) {
    r = Math.max(r, Math.hypot(points[i * 3]! - _c.x, points[i * 3 + 1]! - _c.y, points[i * 3 + 2]! - _c.z))
    maxRadius = Math.max(maxRadius, radius[i]!)
  }
  g.boundingSphere ??= new Sphere()
  g.boundingSphere.set(_c.multiplyScalar(0.001), (r + maxRadius) * 0.001)
}

/** Build the meshes for every strand in the standing pose. */
export function createMuscleMeshes(): MuscleMeshes {
  const group = new Group()
  group.name = 'muscles'
  const index = new BufferAttribute(tubeIndices(RINGS, SIDES), 1)
  const standing = poseTransforms(STANDING)
  const materials = new Map<string, MeshStandardMaterial>()
  for (const m of MUSCLES) {
    // White base: the colour comes from the vertex colours (muscle belly fading to tendon).
    materials.set(
      m.id,
      new MeshStandardMaterial({ color: '#ffffff', vertexColors: true, roughness: 0.55, metalness: 0 }),
    )
  }
  const strands: StrandMesh[] = STRANDS.map((def) => {
    const n = tubeVertexCount(RINGS, SIDES)
    const geometry = new BufferGeometry()
    geometry.setIndex(index)
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage))
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage))
    // Colour by position along the strand: belly red, the last fifth towards the insertion tendon-white.
    const colors = new Float32Array(n * 3)
    const belly = new Color(MUSCLE_COLOR[def.muscle.replace(/_[lr]$/, '')] ?? '#a8322d')
    const c = new Color()
    for (let r = 0; r < RINGS; r++) {
      c.copy(belly).lerp(TENDON_COLOR, smoothstep(0.74, 0.9, r / (RINGS - 1)))
      for (let s = 0; s < SIDES; s++) c.toArray(colors, (r * SIDES + s) * 3)
    }
    belly.toArray(colors, RINGS * SIDES * 3)
    TENDON_COLOR.toArray(colors, RINGS * SIDES * 3 + 3)
    geometry.setAttribute('color', new BufferAttribute(colors, 3))
    const mesh = new Mesh(geometry, materials.get(def.muscle)!)
    mesh.userData = { anatomyId: def.muscle, kind: 'muscle', strand: def.strand }
    mesh.frustumCulled = false // bounds change every frame; the set is small
    group.add(mesh)
    return {
      def,
      mesh,
      standingLength: polylineLength(strandPath(def, standing)),
      points: new Float64Array(RINGS * 3),
      radius: new Float64Array(RINGS),
    }
  })

  const update: MuscleMeshes['update'] = (transforms, side) => {
    for (const s of strands) {
      const visible = side === 'both' || s.def.side === side
      s.mesh.visible = visible
      if (!visible) continue
      const path = strandPath(s.def, transforms)
      const flat = new Float64Array(path.length * 3)
      path.forEach((p, i) => flat.set(p, i * 3))
      const length = resampleInto(flat, RINGS, s.points)
      for (let r = 0; r < RINGS; r++) s.radius[r] = strandRadius(s.def, r / (RINGS - 1), length, s.standingLength)
      const g = s.mesh.geometry
      writeTube(
        s.points,
        s.radius,
        RINGS,
        SIDES,
        g.attributes.position!.array as Float32Array,
        g.attributes.normal!.array as Float32Array,
      )
      g.attributes.position!.needsUpdate = true
      g.attributes.normal!.needsUpdate = true
      // Bounds for picking, from the path and the widest radius: far cheaper than scanning every vertex.
      setBounds(g, s.points, s.radius)
    }
  }
  update(standing, 'both')

  return {
    group,
    update,
    materials,
    dispose() {
      for (const s of strands) s.mesh.geometry.dispose()
      for (const m of materials.values()) m.dispose()
    },
  }
}
