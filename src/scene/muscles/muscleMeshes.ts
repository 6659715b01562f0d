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
import { strandPath, strandRadius } from '../../anatomy/musclePath'
import { STANDING } from '../../anatomy/poses'
import { smoothstep } from '../../anatomy/scalar'
import { poseTransforms } from '../../anatomy/rig'
import type { MuscleSide } from '../../store/postureSlice'
import { createBellyLayout, writeBelly, type BellyLayout } from './belly'
import { tubeVertexCount } from './tube'
import { addFibreShading } from './fibreShading'

/**
 * Sections along each belly and vertices round each: the psoas runs about 40 cm from T12 to the
 * trochanter (a section every 9 mm), the iliacus about 20 cm and is wide and flat (more vertices
 * round its section to keep the thin edges round). Fewer would show facets close up; more cost
 * frame time (the update must stay within what the strand tubes cost).
 */
export const BELLY_RESOLUTION: Record<'psoas_major' | 'iliacus', { stations: number; sides: number }> = {
  psoas_major: { stations: 44, sides: 18 },
  iliacus: { stations: 36, sides: 20 },
}

/** Muscle red, a touch different for the two muscles so they read apart where they meet. */
const MUSCLE_COLOR: Record<string, string> = { psoas_major: '#a8322d', iliacus: '#b8482f' }
/** Tendon: pale, glossy collagen. */
const TENDON_COLOR = new Color('#eadfcf')

/** One muscle's surface, its strands and the scratch arrays its update reuses. */
export interface BellyMesh {
  readonly muscle: string
  readonly side: StrandDef['side']
  readonly strands: readonly StrandDef[]
  readonly mesh: Mesh<BufferGeometry, MeshStandardMaterial>
  readonly layout: BellyLayout
  /** Each strand's standing length (mm): the constant-volume radius scaling is relative to it. */
  readonly standingLengths: Float64Array
  /** Each strand's current length (mm), written by the last update. */
  readonly lengths: Float64Array
}

/** The muscle meshes and how to move them. Created once per scene; `dispose` frees the GPU side. */
export interface MuscleMeshes {
  readonly group: Group
  /** One closed surface per muscle and side. */
  readonly bellies: readonly BellyMesh[]
  /** Reshape every muscle for the bones' current transforms; show only the chosen side. */
  update(transforms: Readonly<Record<string, Mat4>>, side: MuscleSide): void
  /** Materials by muscle id, for highlight. */
  readonly materials: ReadonlyMap<string, MeshStandardMaterial>
  dispose(): void
}

/** Posed strand paths as flat arrays, and the arc length from each origin to the strand's knee point. */
function posedStrands(
  strands: readonly StrandDef[],
  transforms: Readonly<Record<string, Mat4>>,
): { paths: Float64Array[]; kneeAt: number[]; lengths: number[] } {
  const marks: number[] = []
  const paths: Float64Array[] = []
  const kneeAt: number[] = []
  const lengths: number[] = []
  for (const s of strands) {
    const path = strandPath(s, transforms, marks)
    const flat = new Float64Array(path.length * 3)
    const knee = s.knee === undefined ? -1 : marks[s.knee]!
    let length = 0
    let toKnee = 0
    for (let i = 0; i < path.length; i++) {
      const p = path[i]!
      flat[i * 3] = p[0]
      flat[i * 3 + 1] = p[1]
      flat[i * 3 + 2] = p[2]
      if (i > 0) {
        const q = path[i - 1]!
        length += Math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2)
      }
      if (i === knee) toKnee = length
    }
    paths.push(flat)
    kneeAt.push(toKnee)
    lengths.push(length)
  }
  return { paths, kneeAt, lengths }
}

const _c = new Vector3()
/** A bounding sphere (metres) holding the belly: section centres plus the widest strand reach. */
function setBounds(g: BufferGeometry, layout: BellyLayout, strandCount: number): void {
  const { centre, stations, pts, rad } = layout
  let x = 0
  let y = 0
  let z = 0
  for (let k = 0; k < stations; k++) {
    x += centre[k * 3]!
    y += centre[k * 3 + 1]!
    z += centre[k * 3 + 2]!
  }
  _c.set(x / stations, y / stations, z / stations)
  let r = 0
  for (let i = 0; i < stations * strandCount; i++) {
    const dx = pts[i * 3]! - _c.x
    const dy = pts[i * 3 + 1]! - _c.y
    const dz = pts[i * 3 + 2]! - _c.z
    const d = Math.sqrt(dx * dx + dy * dy + dz * dz) + rad[i]!
    if (d > r) r = d
  }
  g.boundingSphere ??= new Sphere()
  g.boundingSphere.set(_c.multiplyScalar(0.001), r * 0.001)
}

/** Build one surface per muscle and side, in the standing pose. */
export function createMuscleMeshes(): MuscleMeshes {
  const group = new Group()
  group.name = 'muscles'
  const standing = poseTransforms(STANDING)
  const materials = new Map<string, MeshStandardMaterial>()
  const bellies: BellyMesh[] = MUSCLES.map((m) => {
    // White base: the colour comes from the vertex colours (muscle belly fading to tendon).
    const material = new MeshStandardMaterial({ color: '#ffffff', vertexColors: true, roughness: 0.55, metalness: 0 })
    addFibreShading(material)
    materials.set(m.id, material)
    const kind = m.id.replace(/_[lr]$/, '') as keyof typeof BELLY_RESOLUTION
    const { stations, sides } = BELLY_RESOLUTION[kind]
    const strands = STRANDS.filter((s) => s.muscle === m.id)
    const rest = posedStrands(strands, standing)
    const standingLengths = Float64Array.from(rest.lengths)
    const meanKnee = rest.kneeAt.reduce((a, b) => a + b, 0) / strands.length
    const meanLength = standingLengths.reduce((a, b) => a + b, 0) / strands.length
    const layout = createBellyLayout(
      strands.length,
      stations,
      sides,
      kind === 'psoas_major' ? 'insertion' : 'knee',
      (stations - 1) * (meanKnee / meanLength),
      (j, u, length) => strandRadius(strands[j]!, u, length, standingLengths[j]!),
    )
    const n = tubeVertexCount(stations, sides)
    const geometry = new BufferGeometry()
    geometry.setIndex(new BufferAttribute(layout.indices, 1))
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage))
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage))
    geometry.setAttribute('color', new BufferAttribute(bellyColors(kind, stations, sides), 3))
    geometry.setAttribute('fibre', new BufferAttribute(fibreCoordinates(stations, sides), 3))
    const mesh = new Mesh(geometry, material)
    mesh.userData = { anatomyId: m.id, kind: 'muscle' }
    mesh.frustumCulled = false // bounds change every frame; the set is small
    group.add(mesh)
    return {
      muscle: m.id,
      side: m.side,
      strands,
      mesh,
      layout,
      standingLengths,
      lengths: new Float64Array(strands.length),
    }
  })

  const update: MuscleMeshes['update'] = (transforms, side) => {
    for (const b of bellies) {
      const visible = side === 'both' || b.side === side
      b.mesh.visible = visible
      if (!visible) continue
      const g = b.mesh.geometry
      writeBelly(
        b.layout,
        posedStrands(b.strands, transforms),
        g.attributes.position!.array as Float32Array,
        g.attributes.normal!.array as Float32Array,
        b.lengths,
      )
      g.attributes.position!.needsUpdate = true
      g.attributes.normal!.needsUpdate = true
      setBounds(g, b.layout, b.strands.length)
    }
  }
  update(standing, 'both')

  return {
    group,
    bellies,
    update,
    materials,
    dispose() {
      for (const b of bellies) b.mesh.geometry.dispose()
      for (const m of materials.values()) m.dispose()
    },
  }
}

/** Vertex colours: belly red, fading to tendon-white over the last part towards the insertion. */
function bellyColors(kind: keyof typeof BELLY_RESOLUTION, stations: number, sides: number): Float32Array {
  const colors = new Float32Array(tubeVertexCount(stations, sides) * 3)
  const belly = new Color(MUSCLE_COLOR[kind] ?? '#a8322d')
  const c = new Color()
  for (let k = 0; k < stations; k++) {
    c.copy(belly).lerp(TENDON_COLOR, smoothstep(0.74, 0.9, k / (stations - 1)))
    for (let s = 0; s < sides; s++) c.toArray(colors, (k * sides + s) * 3)
  }
  belly.toArray(colors, stations * sides * 3)
  TENDON_COLOR.toArray(colors, stations * sides * 3 + 3)
  return colors
}

/**
 * Fibre coordinates per vertex: (cos, sin) of its angle round the section and its fraction along
 * the muscle. The angle goes as a unit vector, not a number, so it interpolates across the ring's
 * seam without a jump; the shader turns it into fine stripes running along the fibres.
 */
function fibreCoordinates(stations: number, sides: number): Float32Array {
  const out = new Float32Array(tubeVertexCount(stations, sides) * 3)
  for (let k = 0; k < stations; k++) {
    for (let s = 0; s < sides; s++) {
      const a = (2 * Math.PI * s) / sides
      out.set([Math.cos(a), Math.sin(a), k / (stations - 1)], (k * sides + s) * 3)
    }
  }
  out.set([1, 0, 0], stations * sides * 3)
  out.set([1, 0, 1], stations * sides * 3 + 3)
  return out
}
