import { describe, expect, it } from 'vitest'
import { enclosedVolume, resampleInto, tubeIndices, tubeVertexCount, writeTube } from '../../src/scene/muscles/tube'

function tube(path: number[], radiusMm: number, rings = 40, sides = 24) {
  const pts = new Float64Array(rings * 3)
  const length = resampleInto(path, rings, pts)
  const radius = new Float64Array(rings).fill(radiusMm)
  const positions = new Float32Array(tubeVertexCount(rings, sides) * 3)
  const normals = new Float32Array(positions.length)
  writeTube(pts, radius, rings, sides, positions, normals)
  return { length, positions, normals, indices: tubeIndices(rings, sides) }
}

describe('muscle tube', () => {
  it('resamples a bent path evenly and reports its length', () => {
    const pts = new Float64Array(5 * 3)
    expect(resampleInto([0, 0, 0, 100, 0, 0, 100, 100, 0], 5, pts)).toBeCloseTo(200, 6)
    expect(Array.from(pts.slice(6, 9))).toEqual([100, 0, 0]) // the middle sample is the corner
  })

  it('encloses the volume of a cylinder of the same radius and length (within the polygon error)', () => {
    const t = tube([0, 0, 0, 0, -200, 0], 10)
    const cylinder = Math.PI * 0.01 * 0.01 * 0.2
    // A 24-gon has (24/2π)·sin(2π/24) ≈ 98.9% of the circle's area.
    expect(enclosedVolume(t.positions, t.indices) / cylinder).toBeCloseTo(0.989, 2)
  })

  it('faces outward: normals point away from the axis and the volume is positive', () => {
    const t = tube([0, 0, 0, 50, 0, 0, 50, 80, 30], 6)
    expect(enclosedVolume(t.positions, t.indices)).toBeGreaterThan(0)
    const i = (5 * 24 + 3) * 3 // a vertex on ring 5
    expect(Math.hypot(t.normals[i]!, t.normals[i + 1]!, t.normals[i + 2]!)).toBeCloseTo(1, 5)
  })

  it('zips a cap shut across the ring: a closed surface with every edge used twice, once each way', () => {
    const idx = tubeIndices(5, 8, 'zip')
    const edges = new Map<string, number>()
    for (let t = 0; t < idx.length; t += 3)
      for (let e = 0; e < 3; e++) {
        const key = `${idx[t + e]},${idx[t + ((e + 1) % 3)]}`
        edges.set(key, (edges.get(key) ?? 0) + 1)
      }
    for (const [key, n] of edges) {
      expect(n, key).toBe(1)
      expect(edges.get(key.split(',').reverse().join(',')), key).toBe(1)
    }
    // A polygon of 8 closes with 6 triangles; the other end keeps its 8-triangle fan.
    expect(idx.length / 3).toBe(4 * 8 * 2 + 8 + 6)
  })
})
