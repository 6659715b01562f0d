import { MM_PER_M, scaleTranslation, type Mat4 } from '../../anatomy/mat4'
import { skinNormal, skinPosition, skinPositions } from '../../anatomy/skinning'
import { rayTriangle } from '../../anatomy/triangles'
import type { SkinData } from './skinData'

/**
 * CPU copy of what the GPU does to the skin: linear blend skinning of the rest positions by the
 * rig's transforms (mm), by the one implementation in `anatomy/skinning.ts`. Used for picking and
 * for placing markers on the posed body; rendering skins on the GPU from the same weights and
 * matrices, so both agree.
 */
export function posePositions(skin: SkinData, transforms: readonly Mat4[], out: Float32Array): Float32Array {
  return skinPositions(skin.rest.subarray(0, skin.vertexCount * 3), skin, transforms, out)
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
 * the posed triangles, in front of the origin. Every triangle is tested (about 30k, a few
 * milliseconds), and only on pointer events.
 */
export function raycastPosed(
  posed: Float32Array,
  indices: Uint32Array,
  origin: readonly [number, number, number],
  dir: readonly [number, number, number],
): SkinHit | null {
  let best: SkinHit | null = null
  const bary: [number, number, number] = [0, 0, 0]
  for (let f = 0; f < indices.length; f += 3) {
    const t = rayTriangle(posed, indices[f]!, indices[f + 1]!, indices[f + 2]!, origin, dir, bary)
    if (!(t > 0 && t < (best?.distance ?? Infinity))) continue
    best = { a: indices[f]!, b: indices[f + 1]!, c: indices[f + 2]!, faceIndex: f / 3, bary: [...bary], distance: t }
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

/** Posed position (mm) and unit normal of one vertex: the same blend as {@link posePositions}. */
export function poseVertex(
  skin: Pick<SkinData, 'rest' | 'normals' | 'joints' | 'weights'>,
  transforms: readonly Mat4[],
  i: number,
): { p: [number, number, number]; n: [number, number, number] } {
  return { p: skinPosition(skin.rest, skin, transforms, i), n: skinNormal(skin.normals, skin, transforms, i) }
}

/** The joints' current transforms in the rig's mm (joint nodes hold metres). */
export function jointTransforms(bones: readonly { matrix: { elements: ArrayLike<number> } }[]): number[][] {
  return bones.map((b) => scaleTranslation(b.matrix.elements, MM_PER_M))
}
