import { MeshoptSimplifier } from 'meshoptimizer'
import type { Vec3 } from '../../src/anatomy/types'
import type { StructureShape } from '../bones/types'
import type { Sdf } from '../sdf/primitives'
import { manifoldReport } from '../measure/geometry'
import { manifold } from './manifold'
import { compact, flipSlivers, type StructureMesh, type TriMesh } from './triMesh'

/** Central-difference gradient of a field, normalised: the outward surface normal. */
export function sdfNormal(f: Sdf, x: number, y: number, z: number, h = 0.15): Vec3 {
  const gx = f(x + h, y, z) - f(x - h, y, z)
  const gy = f(x, y + h, z) - f(x, y - h, z)
  const gz = f(x, y, z + h) - f(x, y, z - h)
  const l = Math.hypot(gx, gy, gz) || 1
  return [gx / l, gy / l, gz / l]
}

/** Move a point onto the zero set of a field by a few Newton steps along the gradient. */
export function projectToSurface(f: Sdf, p: Vec3, steps = 8): Vec3 {
  let [x, y, z] = p
  for (let i = 0; i < steps; i++) {
    const d = f(x, y, z)
    if (Math.abs(d) < 1e-4) break
    const n = sdfNormal(f, x, y, z)
    x -= n[0] * d
    y -= n[1] * d
    z -= n[2] * d
  }
  return [x, y, z]
}

/** Run manifold's level set on a shape: a closed, welded, 2-manifold mesh (before simplification). */
export async function levelSetMesh(shape: StructureShape): Promise<TriMesh> {
  const { Manifold } = await manifold()
  const sdf = shape.sdf
  // manifold wants positive inside; our fields are negative inside.
  const solid = Manifold.levelSet(
    (p) => -sdf(p[0], p[1], p[2]),
    { min: [...shape.bounds.min], max: [...shape.bounds.max] },
    shape.edgeLength,
    0,
    -1,
  )
  const mesh = solid.getMesh()
  const positions = new Float32Array(mesh.numVert * 3)
  for (let v = 0; v < mesh.numVert; v++) {
    for (let c = 0; c < 3; c++) positions[v * 3 + c] = mesh.vertProperties[v * mesh.numProp + c]!
  }
  const indices = new Uint32Array(mesh.triVerts)
  solid.delete()
  return { positions, indices }
}

/**
 * Shape → finished mesh: level set, region tags on the fine mesh, simplification to the target
 * with region borders locked (so painted areas keep clean edges), then smooth normals from the
 * field's gradient (exact, and independent of the triangulation).
 */
export async function buildStructureMesh(shape: StructureShape): Promise<StructureMesh> {
  const fine = await levelSetMesh(shape)
  const nVert = fine.positions.length / 3
  const regionIds: string[] = []
  const fineRegions = new Uint8Array(nVert)
  if (shape.region) {
    const codes = new Map<string, number>()
    for (let v = 0; v < nVert; v++) {
      const p: Vec3 = [fine.positions[v * 3]!, fine.positions[v * 3 + 1]!, fine.positions[v * 3 + 2]!]
      const id = shape.region(p, sdfNormal(shape.sdf, p[0], p[1], p[2]))
      if (id === null) continue
      let code = codes.get(id)
      if (code === undefined) {
        regionIds.push(id)
        code = regionIds.length
        if (code > 255) throw new Error(`${shape.id}: more than 255 regions`)
        codes.set(id, code)
      }
      fineRegions[v] = code
    }
  }
  // Lock every vertex of a triangle whose corners disagree, so region borders survive simplification.
  const lock = new Uint8Array(nVert)
  for (let t = 0; t < fine.indices.length; t += 3) {
    const a = fine.indices[t]!
    const b = fine.indices[t + 1]!
    const c = fine.indices[t + 2]!
    if (fineRegions[a] !== fineRegions[b] || fineRegions[a] !== fineRegions[c]) lock[a] = lock[b] = lock[c] = 1
  }
  await MeshoptSimplifier.ready
  const before = manifoldReport(fine.indices, fine.positions)
  // The simplifier can pinch a thin wall shut (two sheets sharing an edge, one hole fewer), so each
  // result is checked against the level set's topology; if it changed, the simplification is
  // redone a little finer (2 % more triangles a try).
  for (let attempt = 0; ; attempt++) {
    const target = Math.round(shape.targetTriangles * (1 + 0.02 * attempt))
    const packed = simplify(fine, fineRegions, lock, target)
    const after = manifoldReport(packed.indices, packed.positions)
    const kept =
      after.boundaryEdges === 0 &&
      after.nonManifoldEdges === 0 &&
      after.eulerCharacteristic === before.eulerCharacteristic
    if (!kept && attempt < SIMPLIFY_TRIES - 1) continue
    if (!kept) throw new Error(`${shape.id}: simplification changes the mesh's topology at every target tried`)
    return withNormals(shape.sdf, packed, regionIds)
  }
}

/** How many targets {@link buildStructureMesh} tries before giving up on keeping the topology. */
const SIMPLIFY_TRIES = 6

/** Simplify the fine mesh to `target` triangles with the locked vertices kept, then flip slivers. */
function simplify(
  fine: TriMesh,
  fineRegions: Uint8Array,
  lock: Uint8Array,
  target: number,
): ReturnType<typeof compact> {
  const attrs = new Float32Array(fine.positions.length / 3) // no attribute weighting; the lock carries the regions
  const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
    fine.indices,
    fine.positions,
    3,
    attrs,
    1,
    [0],
    lock,
    Math.min(fine.indices.length, target * 3),
    0.02,
    // Regularize keeps triangles well shaped: without it a few near-zero-area slivers survive and
    // collapse to degenerate triangles once positions are quantised.
    ['Regularize'],
  )
  const packed = compact(fine.positions, simplified, [{ array: fineRegions, itemSize: 1 }])
  flipSlivers(packed.indices, packed.positions)
  return packed
}

/** Smooth normals from the field's gradient (exact, and independent of the triangulation). */
function withNormals(sdf: Sdf, packed: ReturnType<typeof compact>, regionIds: string[]): StructureMesh {
  const normals = new Float32Array(packed.positions.length)
  for (let v = 0; v < packed.positions.length / 3; v++) {
    const n = sdfNormal(sdf, packed.positions[v * 3]!, packed.positions[v * 3 + 1]!, packed.positions[v * 3 + 2]!)
    normals.set(n, v * 3)
  }
  return {
    positions: packed.positions,
    indices: packed.indices,
    normals,
    regions: packed.extra[0] as Uint8Array,
    regionIds,
  }
}

/** Mirror a finished mesh across the midsagittal plane, keeping triangles facing outward. */
export function mirrorMesh(m: StructureMesh, renameRegion: (id: string) => string): StructureMesh {
  const positions = new Float32Array(m.positions)
  const normals = new Float32Array(m.normals)
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!
    normals[i] = -normals[i]!
  }
  const indices = new Uint32Array(m.indices)
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!
    indices[t + 1] = indices[t + 2]!
    indices[t + 2] = b
  }
  return { positions, normals, indices, regions: new Uint8Array(m.regions), regionIds: m.regionIds.map(renameRegion) }
}
