/** An indexed triangle mesh in millimetres, as the generator passes it between steps. */
export interface TriMesh {
  /** xyz per vertex. */
  readonly positions: Float32Array
  /** Three vertex indices per triangle, counter-clockwise seen from outside. */
  readonly indices: Uint32Array
}

/** A finished structure mesh: geometry, smooth normals and a region code per vertex (0 = none). */
export interface StructureMesh extends TriMesh {
  readonly normals: Float32Array
  readonly regions: Uint8Array
  /** Region code (1-based) → attachment id. */
  readonly regionIds: readonly string[]
}

export const triangleCount = (m: TriMesh): number => m.indices.length / 3
export const vertexCount = (m: TriMesh): number => m.positions.length / 3

/** Drop unreferenced vertices, remapping `extra` per-vertex arrays (with their item sizes) alongside. */
export function compact<T extends Float32Array | Uint8Array>(
  positions: Float32Array,
  indices: Uint32Array,
  extra: readonly { array: T; itemSize: number }[] = [],
): { positions: Float32Array; indices: Uint32Array; extra: T[] } {
  const remap = new Int32Array(positions.length / 3).fill(-1)
  let next = 0
  const out = new Uint32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!
    if (remap[v] === -1) remap[v] = next++
    out[i] = remap[v]!
  }
  const pos = new Float32Array(next * 3)
  const extraOut = extra.map(({ array, itemSize }) => new (array.constructor as new (n: number) => T)(next * itemSize))
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v]!
    if (r < 0) continue
    pos[r * 3] = positions[v * 3]!
    pos[r * 3 + 1] = positions[v * 3 + 1]!
    pos[r * 3 + 2] = positions[v * 3 + 2]!
    extra.forEach(({ array, itemSize }, k) => {
      for (let c = 0; c < itemSize; c++) extraOut[k]![r * itemSize + c] = array[v * itemSize + c]!
    })
  }
  return { positions: pos, indices: out, extra: extraOut }
}
