/**
 * How whole the skin stays in a pose: the checks a torn or folded skin fails. Self-intersection
 * uses a bounding-volume hierarchy over the posed triangles (three-mesh-bvh), so the whole mesh
 * against itself takes well under a second.
 */
import { BufferAttribute, BufferGeometry, Matrix4 } from 'three'
import { ExtendedTriangle, MeshBVH } from 'three-mesh-bvh'
import { SKIN_JOINTS } from '../../src/anatomy/body'
import { transformPoint } from '../../src/anatomy/mat4'
import type { Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { skinPositions } from '../../src/anatomy/skinning'
import type { LoadedSkeleton } from '../measure/loadModel'
import type { LoadedSkin } from './loadSkin'
import { TriangleGrid } from './triangleGrid'

/** A triangle counts as stretched when one of its edges is longer than this many times its rest length. */
export const MAX_EDGE_STRETCH = 3

/** What {@link posedSkinQuality} finds in one pose. */
export interface PosedSkinQuality {
  /** Triangles that cross another triangle they share no vertex with. */
  readonly selfIntersecting: number
  /** Largest posed / rest edge-length ratio over all edges. */
  readonly maxStretch: number
  /** Triangles longer than {@link MAX_EDGE_STRETCH}× their rest length on some edge. */
  readonly stretched: number
  /** Triangles whose posed normal points against their rest normal carried by their joints. */
  readonly flipped: number
  /** Posed bone vertices outside the posed skin (the bone pokes through). */
  readonly bonePoints: number
  /** Indices of the self-intersecting triangles (for pictures and debugging). */
  readonly crossingTriangles: readonly number[]
}

/** Posed positions of the skin (mm) for a pose, through the app's own skinning. */
export function posedSkin(skin: LoadedSkin, pose: Pose): Float64Array {
  const D = poseTransforms(pose)
  const transforms = SKIN_JOINTS.map((id) => D[id]!)
  return skinPositions(skin.positions, skin, transforms, new Float64Array(skin.positions.length))
}

/** Triangle t of `positions` (full precision) into `out`. */
function exactTriangle(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  t: number,
  out: ExtendedTriangle,
): ExtendedTriangle {
  const v = (k: number) => {
    const i = indices[t * 3 + k]! * 3
    return [positions[i]!, positions[i + 1]!, positions[i + 2]!] as const
  }
  out.a.set(...v(0))
  out.b.set(...v(1))
  out.c.set(...v(2))
  out.needsUpdate = true
  return out
}

/** Triangles of `positions` that intersect a triangle with which they share no vertex. */
export function selfIntersectingTriangles(positions: ArrayLike<number>, indices: ArrayLike<number>): number[] {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3))
  geometry.setIndex(new BufferAttribute(Uint32Array.from(indices), 1))
  // `indirect` leaves the index buffer in its order (the BVH sorts a separate table).
  const bvh = new MeshBVH(geometry, { indirect: true })
  const crossing = new Set<number>()
  const identity = new Matrix4()
  const exactA = new ExtendedTriangle()
  const exactB = new ExtendedTriangle()
  bvh.bvhcast(bvh, identity, {
    intersectsTriangles(a, b, i, j) {
      if (i >= j) return false
      // Neighbours touch along a shared corner or edge; that is not a crossing.
      for (const p of [a.a, a.b, a.c]) if (p.equals(b.a) || p.equals(b.b) || p.equals(b.c)) return false
      if (!a.intersectsTriangle(b)) return false
      // The callback numbers triangles in the BVH's own layout: map back to the index buffer's.
      const ti = bvh.resolveTriangleIndex(i)
      const tj = bvh.resolveTriangleIndex(j)
      // Confirm in double precision: the BVH holds float32 positions, and two coplanar triangles
      // side by side (the flat, faded-out top edge) can seem to overlap once rounded.
      if (
        !exactTriangle(positions, indices, ti, exactA).intersectsTriangle(exactTriangle(positions, indices, tj, exactB))
      )
        return false
      crossing.add(ti)
      crossing.add(tj)
      return false
    },
  })
  return [...crossing].sort((x, y) => x - y)
}

const faceNormal = (p: ArrayLike<number>, a: number, b: number, c: number): [number, number, number] => {
  const ux = p[b * 3]! - p[a * 3]!
  const uy = p[b * 3 + 1]! - p[a * 3 + 1]!
  const uz = p[b * 3 + 2]! - p[a * 3 + 2]!
  const vx = p[c * 3]! - p[a * 3]!
  const vy = p[c * 3 + 1]! - p[a * 3 + 1]!
  const vz = p[c * 3 + 2]! - p[a * 3 + 2]!
  return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx]
}

const dist = (p: ArrayLike<number>, a: number, b: number): number =>
  Math.hypot(p[a * 3]! - p[b * 3]!, p[a * 3 + 1]! - p[b * 3 + 1]!, p[a * 3 + 2]! - p[b * 3 + 2]!)

/**
 * Measure the posed skin: self-intersections, stretch, flips, and (with the bones) how many bone
 * vertices end up outside it.
 */
export function posedSkinQuality(skin: LoadedSkin, pose: Pose, bones?: LoadedSkeleton): PosedSkinQuality {
  const posed = posedSkin(skin, pose)
  const { indices } = skin
  const D = poseTransforms(pose)
  const transforms = SKIN_JOINTS.map((id) => D[id]!)
  let maxStretch = 0
  let stretched = 0
  let flipped = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!
    const b = indices[t + 1]!
    const c = indices[t + 2]!
    let worst = 0
    for (const [u, v] of [
      [a, b],
      [b, c],
      [c, a],
    ] as const)
      worst = Math.max(worst, dist(posed, u, v) / Math.max(1e-9, dist(skin.positions, u, v)))
    maxStretch = Math.max(maxStretch, worst)
    if (worst > MAX_EDGE_STRETCH) stretched++
    // The rest normal carried by the first vertex's joints (the blend of their rotations).
    const n0 = faceNormal(skin.positions, a, b, c)
    const carried = [0, 0, 0]
    for (let k = 0; k < 4; k++) {
      const w = skin.weights[a * 4 + k]!
      if (w === 0) continue
      const m = transforms[skin.joints[a * 4 + k]!]!
      for (let r = 0; r < 3; r++) carried[r]! += w * (m[r]! * n0[0] + m[4 + r]! * n0[1] + m[8 + r]! * n0[2])
    }
    const n1 = faceNormal(posed, a, b, c)
    if (carried[0]! * n1[0] + carried[1]! * n1[1] + carried[2]! * n1[2] < 0) flipped++
  }
  const crossingTriangles = selfIntersectingTriangles(posed, indices)
  let bonePoints = 0
  if (bones) {
    const grid = new TriangleGrid(posed, indices)
    for (const s of bones.structures.values()) {
      const m = D[s.id]
      if (!m) continue
      for (let i = 0; i < s.world.length; i += 3) {
        const p = transformPoint(m, [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!])
        if (!grid.inside(p)) bonePoints++
      }
    }
  }
  return {
    selfIntersecting: crossingTriangles.length,
    maxStretch,
    stretched,
    flipped,
    bonePoints,
    crossingTriangles,
  }
}
