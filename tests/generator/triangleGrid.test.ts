import { describe, expect, it } from 'vitest'
import { TriangleGrid } from '../../generator/skin/triangleGrid'

/**
 * An octahedron of radius 10 about the origin: its edges lie in the planes x = 0 and y = 0, as the
 * mirrored skin's midline edges do, so a ray straight up from a point on those planes runs exactly
 * through an edge or a vertex.
 */
function octahedron(): TriangleGrid {
  const positions = [10, 0, 0, -10, 0, 0, 0, 10, 0, 0, -10, 0, 0, 0, 10, 0, 0, -10]
  // Outward-facing triangles: each picks one of ±x, ±y and ±z.
  const indices = [0, 2, 4, 2, 1, 4, 1, 3, 4, 3, 0, 4, 2, 0, 5, 1, 2, 5, 3, 1, 5, 0, 3, 5]
  return new TriangleGrid(positions, indices, 4)
}

describe('TriangleGrid.inside', () => {
  it('counts a point inside when its ray runs through an edge or a vertex', () => {
    const g = octahedron()
    expect(g.inside([0, 0, 0])).toBe(true) // straight up through the top vertex (four triangles)
    expect(g.inside([0, 3, -2])).toBe(true) // up through the edge from (0, 10, 0) to (0, 0, 10)
    expect(g.inside([3, 0, 1])).toBe(true) // up through the edge from (10, 0, 0) to (0, 0, 10)
    expect(g.inside([2, 2, 1])).toBe(true) // a face, no edge in the way
  })

  it('counts a point outside, on the midline planes too', () => {
    const g = octahedron()
    expect(g.inside([0, 0, 11])).toBe(false) // above the top vertex
    expect(g.inside([0, 0, -11])).toBe(false) // below the bottom: the ray passes two vertices
    expect(g.inside([0, 11, 0])).toBe(false)
    expect(g.inside([6, 6, 0])).toBe(false)
  })
})
