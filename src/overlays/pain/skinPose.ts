import type { Mat4 } from '../../anatomy/mat4'
import type { SkinData } from './skinData'

/**
 * CPU copy of what the GPU does to the skin: linear blend skinning of the rest positions by the
 * rig's transforms (mm). Used for picking and for placing markers on the posed body; rendering
 * skins on the GPU from the same weights and matrices, so both agree.
 */
export function posePositions(skin: SkinData, transforms: readonly Mat4[], out: Float32Array): Float32Array {
  const { rest, joints, weights, vertexCount } = skin
  for (let i = 0; i < vertexCount; i++) {
    const x = rest[i * 3]!
    const y = rest[i * 3 + 1]!
    const z = rest[i * 3 + 2]!
    let ox = 0
    let oy = 0
    let oz = 0
    for (let k = 0; k < 4; k++) {
      const w = weights[i * 4 + k]!
      if (w === 0) continue
      const m = transforms[joints[i * 4 + k]!]!
      ox += w * (m[0]! * x + m[4]! * y + m[8]! * z + m[12]!)
      oy += w * (m[1]! * x + m[5]! * y + m[9]! * z + m[13]!)
      oz += w * (m[2]! * x + m[6]! * y + m[10]! * z + m[14]!)
    }
    out[i * 3] = ox
    out[i * 3 + 1] = oy
    out[i * 3 + 2] = oz
  }
  return out
}

/** A ray hit on the posed skin: the triangle's corners, barycentric weights and distance (mm). */
export interface SkinHit {
  readonly a: number
  readonly b: number
  readonly c: number
  readonly faceIndex: number
  readonly bary: readonly [number, number, number]
  readonly distance: number
}

/**
 * Nearest front-or-back hit of a ray (origin, unit direction; mm, in the skin file's frame) with
 * the posed triangles. Möller–Trumbore over every triangle: about 30k tests, a few milliseconds,
 * and only on pointer events.
 */
export function raycastPosed(
  posed: Float32Array,
  indices: Uint32Array,
  origin: readonly [number, number, number],
  dir: readonly [number, number, number],
): SkinHit | null {
  let best: SkinHit | null = null
  let bestT = Infinity
  const [ox, oy, oz] = origin
  const [dx, dy, dz] = dir
  for (let f = 0; f < indices.length; f += 3) {
    const ia = indices[f]! * 3
    const ib = indices[f + 1]! * 3
    const ic = indices[f + 2]! * 3
    const ax = posed[ia]!
    const ay = posed[ia + 1]!
    const az = posed[ia + 2]!
    const e1x = posed[ib]! - ax
    const e1y = posed[ib + 1]! - ay
    const e1z = posed[ib + 2]! - az
    const e2x = posed[ic]! - ax
    const e2y = posed[ic + 1]! - ay
    const e2z = posed[ic + 2]! - az
    const px = dy * e2z - dz * e2y
    const py = dz * e2x - dx * e2z
    const pz = dx * e2y - dy * e2x
    const det = e1x * px + e1y * py + e1z * pz
    if (Math.abs(det) < 1e-12) continue
    const inv = 1 / det
    const tx = ox - ax
    const ty = oy - ay
    const tz = oz - az
    const u = (tx * px + ty * py + tz * pz) * inv
    if (u < 0 || u > 1) continue
    const qx = ty * e1z - tz * e1y
    const qy = tz * e1x - tx * e1z
    const qz = tx * e1y - ty * e1x
    const v = (dx * qx + dy * qy + dz * qz) * inv
    if (v < 0 || u + v > 1) continue
    const t = (e2x * qx + e2y * qy + e2z * qz) * inv
    if (t <= 0 || t >= bestT) continue
    bestT = t
    best = {
      a: indices[f]!,
      b: indices[f + 1]!,
      c: indices[f + 2]!,
      faceIndex: f / 3,
      bary: [1 - u - v, u, v],
      distance: t,
    }
  }
  return best
}

/** Interpolate a per-vertex xyz array at a hit. */
export function atHit(values: Float32Array, hit: SkinHit): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0]
  const corners = [hit.a, hit.b, hit.c]
  for (let k = 0; k < 3; k++) {
    const w = hit.bary[k]!
    const i = corners[k]! * 3
    out[0] += w * values[i]!
    out[1] += w * values[i + 1]!
    out[2] += w * values[i + 2]!
  }
  return out
}

/** Posed position (mm) and normal of one vertex: the same blend as {@link posePositions}. */
export function poseVertex(
  skin: Pick<SkinData, 'rest' | 'normals' | 'joints' | 'weights'>,
  transforms: readonly Mat4[],
  i: number,
): { p: [number, number, number]; n: [number, number, number] } {
  const p: [number, number, number] = [0, 0, 0]
  const n: [number, number, number] = [0, 0, 0]
  const x = skin.rest[i * 3]!
  const y = skin.rest[i * 3 + 1]!
  const z = skin.rest[i * 3 + 2]!
  const nx = skin.normals[i * 3]!
  const ny = skin.normals[i * 3 + 1]!
  const nz = skin.normals[i * 3 + 2]!
  for (let k = 0; k < 4; k++) {
    const w = skin.weights[i * 4 + k]!
    if (w === 0) continue
    const m = transforms[skin.joints[i * 4 + k]!]!
    p[0] += w * (m[0]! * x + m[4]! * y + m[8]! * z + m[12]!)
    p[1] += w * (m[1]! * x + m[5]! * y + m[9]! * z + m[13]!)
    p[2] += w * (m[2]! * x + m[6]! * y + m[10]! * z + m[14]!)
    n[0] += w * (m[0]! * nx + m[4]! * ny + m[8]! * nz)
    n[1] += w * (m[1]! * nx + m[5]! * ny + m[9]! * nz)
    n[2] += w * (m[2]! * nx + m[6]! * ny + m[10]! * nz)
  }
  const len = Math.hypot(n[0], n[1], n[2]) || 1
  return { p, n: [n[0] / len, n[1] / len, n[2] / len] }
}

/** The joints' current transforms in mm (joint nodes hold metres). */
export function jointTransforms(bones: readonly { matrix: { elements: ArrayLike<number> } }[]): number[][] {
  return bones.map((b) => {
    const m = Array.from(b.matrix.elements)
    m[12]! *= 1000
    m[13]! *= 1000
    m[14]! *= 1000
    return m
  })
}
