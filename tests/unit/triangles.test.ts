import { describe, expect, it } from 'vitest'
import { closestPointOnTriangle, pointTriangleDistance, rayTriangle, triangleAt } from '../../src/anatomy/triangles'
import type { Vec3 } from '../../src/anatomy/types'

// The right triangle (0,0,0), (10,0,0), (0,10,0) in the z = 0 plane.
const A: Vec3 = [0, 0, 0]
const B: Vec3 = [10, 0, 0]
const C: Vec3 = [0, 10, 0]
const positions = new Float32Array([...A, ...B, ...C])

describe('triangle queries (src/anatomy/triangles.ts)', () => {
  it('finds the nearest point in every Voronoi region: face, edges, corners', () => {
    expect(closestPointOnTriangle([2, 3, 7], A, B, C)).toEqual([2, 3, 0]) // face: straight down
    expect(closestPointOnTriangle([5, -4, 0], A, B, C)).toEqual([5, 0, 0]) // edge AB
    expect(closestPointOnTriangle([-3, 5, 1], A, B, C)).toEqual([0, 5, 0]) // edge AC
    const bc = closestPointOnTriangle([10, 10, 0], A, B, C) // edge BC, at its middle
    ;[5, 5, 0].forEach((v, k) => expect(bc[k]).toBeCloseTo(v, 12))
    expect(closestPointOnTriangle([-1, -1, -1], A, B, C)).toEqual(A)
    expect(closestPointOnTriangle([15, -2, 0], A, B, C)).toEqual(B)
    expect(closestPointOnTriangle([-2, 15, 3], A, B, C)).toEqual(C)
    expect(pointTriangleDistance([2, 3, 7], A, B, C)).toBe(7)
    expect(pointTriangleDistance([13, -4, 0], A, B, C)).toBe(5)
  })

  it('reads corners from an indexed mesh', () => {
    expect(triangleAt(positions, [2, 0, 1], 0)).toEqual([C, A, B])
  })

  it('crosses the triangle where the line does, with barycentric weights; misses outside and when parallel', () => {
    const bary: [number, number, number] = [0, 0, 0]
    expect(rayTriangle(positions, 0, 1, 2, [2, 3, 5], [0, 0, -1], bary)).toBe(5)
    ;[0.5, 0.2, 0.3].forEach((v, k) => expect(bary[k]).toBeCloseTo(v, 6))
    // Behind the origin is a negative t: callers choose which side counts.
    expect(rayTriangle(positions, 0, 1, 2, [2, 3, -5], [0, 0, -1])).toBe(-5)
    expect(rayTriangle(positions, 0, 1, 2, [8, 8, 5], [0, 0, -1])).toBe(Infinity)
    expect(rayTriangle(positions, 0, 1, 2, [2, 3, 5], [1, 0, 0])).toBe(Infinity)
  })
})
