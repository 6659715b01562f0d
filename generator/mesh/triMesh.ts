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

/**
 * Flip the longest edge of every near-flat triangle ("cap": one corner almost on the opposite
 * edge) with its neighbour across that edge. Such slivers survive simplification and become
 * zero-area triangles once positions are quantised; a flip removes them without changing the
 * mesh's topology or, to within the sliver's height, its shape. Works in place; returns the flip count.
 */
export function flipSlivers(indices: Uint32Array, positions: Float32Array, minQuality = 0.02, maxPasses = 6): number {
  const nv = positions.length / 3
  const key = (a: number, b: number) => a * nv + b
  const p = (i: number): [number, number, number] => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!]
  const normal = (a: number, b: number, c: number) => {
    const [ax, ay, az] = p(a)
    const [bx, by, bz] = p(b)
    const [cx, cy, cz] = p(c)
    const ux = bx - ax
    const uy = by - ay
    const uz = bz - az
    const vx = cx - ax
    const vy = cy - ay
    const vz = cz - az
    return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx] as const
  }
  const d2 = (a: number, b: number) => {
    const [ax, ay, az] = p(a)
    const [bx, by, bz] = p(b)
    return (ax - bx) ** 2 + (ay - by) ** 2 + (az - bz) ** 2
  }
  let total = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    const edges = new Map<number, number>()
    for (let t = 0; t < indices.length; t += 3)
      for (let k = 0; k < 3; k++) edges.set(key(indices[t + k]!, indices[t + ((k + 1) % 3)]!), t)
    let flips = 0
    for (let t = 0; t < indices.length; t += 3) {
      // Longest edge (u → v) and its opposite corner w, in the triangle's own winding.
      let k = 0
      let best = -1
      for (let j = 0; j < 3; j++) {
        const l = d2(indices[t + j]!, indices[t + ((j + 1) % 3)]!)
        if (l > best) {
          best = l
          k = j
        }
      }
      const u = indices[t + k]!
      const v = indices[t + ((k + 1) % 3)]!
      const w = indices[t + ((k + 2) % 3)]!
      const n1 = normal(u, v, w)
      const area2 = Math.hypot(...n1)
      if (area2 / best >= minQuality) continue
      const t2 = edges.get(key(v, u))
      if (t2 === undefined) continue
      const x = [indices[t2]!, indices[t2 + 1]!, indices[t2 + 2]!].find((i) => i !== u && i !== v)!
      if (x === w || edges.has(key(w, x)) || edges.has(key(x, w))) continue
      // New pair (w, u, x) and (x, v, w); both must face the way the old pair did.
      const na = normal(w, u, x)
      const nb = normal(x, v, w)
      const n2 = normal(v, u, x)
      const ref = [n1[0] + n2[0], n1[1] + n2[1], n1[2] + n2[2]] as const
      if (na[0] * ref[0] + na[1] * ref[1] + na[2] * ref[2] <= 0) continue
      if (nb[0] * ref[0] + nb[1] * ref[1] + nb[2] * ref[2] <= 0) continue
      for (const [a, b] of [
        [u, v],
        [v, w],
        [w, u],
      ] as const)
        edges.delete(key(a, b))
      const t2v = [indices[t2]!, indices[t2 + 1]!, indices[t2 + 2]!]
      for (let j = 0; j < 3; j++) edges.delete(key(t2v[j]!, t2v[(j + 1) % 3]!))
      indices.set([w, u, x], t)
      indices.set([x, v, w], t2)
      for (const [a, b] of [
        [w, u],
        [u, x],
        [x, w],
      ] as const)
        edges.set(key(a, b), t)
      for (const [a, b] of [
        [x, v],
        [v, w],
        [w, x],
      ] as const)
        edges.set(key(a, b), t2)
      flips++
    }
    total += flips
    if (flips === 0) break
  }
  return total
}
