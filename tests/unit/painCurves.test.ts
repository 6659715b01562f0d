import { describe, expect, it } from 'vitest'
import { catmullRom, outsideEllipse, outsideTaperedPolyline } from '../../src/anatomy/painCurves'

/** The plane geometry under the pain zones' strips and ovals. */
describe('pain zone curves', () => {
  it('catmullRom passes through every node, with the half-width linear between nodes', () => {
    const nodes = [
      [0, 0, 1],
      [10, 5, 3],
      [20, 0, 2],
    ] as const
    const line = catmullRom(nodes, 4)
    expect(line.x.length).toBe(2 * 4 + 1)
    for (const [i, n] of [0, 4, 8].map((k, j) => [k, nodes[j]!] as const)) {
      expect([line.x[i], line.y[i], line.halfWidth[i]]).toEqual([n[0], n[1], n[2]])
    }
    // Half-way through the first span: half-width exactly between the two nodes (no overshoot),
    // the curve bowing smoothly above the straight chord.
    expect(line.halfWidth[2]).toBeCloseTo(2, 12)
    expect(line.y[2]).toBeGreaterThan(2.5)
    expect(() => catmullRom([[0, 0, 1]], 4)).toThrow(/two nodes/)
  })

  it('outsideTaperedPolyline: distance to the band edge, negative inside, round end caps', () => {
    const line = catmullRom(
      [
        [0, 0, 1],
        [10, 0, 3],
      ],
      4,
    )
    expect(outsideTaperedPolyline(line, 5, 0)).toBeCloseTo(-2, 12)
    expect(outsideTaperedPolyline(line, 5, 4)).toBeCloseTo(2, 12)
    expect(outsideTaperedPolyline(line, 0, 2)).toBeCloseTo(1, 12) // narrow end
    expect(outsideTaperedPolyline(line, 10, 4)).toBeCloseTo(1, 12) // wide end
    expect(outsideTaperedPolyline(line, 15, 0)).toBeCloseTo(2, 12) // past the end: the cap
    // Scaling scales the coordinates, point included, but not the half-width: (5, 2) is on the
    // band's edge, and 4 from the centre line (2 outside) once y is doubled.
    expect(outsideTaperedPolyline(line, 5, 2)).toBeCloseTo(0, 12)
    expect(outsideTaperedPolyline(line, 5, 2, 1, 2)).toBeCloseTo(2, 12)
  })

  it('outsideEllipse is exact on the axes and negative inside', () => {
    expect(outsideEllipse(7, 0, 5, 2)).toBeCloseTo(2, 12)
    expect(outsideEllipse(0, 3, 5, 2)).toBeCloseTo(1, 12)
    expect(outsideEllipse(4, 0, 5, 2)).toBeCloseTo(-1, 12)
    expect(outsideEllipse(0, 0, 5, 2)).toBe(-2)
    // Along the diagonal it grows steadily from inside to outside.
    const d = [1, 2, 3, 4].map((t) => outsideEllipse(t, t, 5, 2))
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThan(d[i - 1]!)
  })
})
