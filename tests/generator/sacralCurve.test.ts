import { describe, expect, it } from 'vitest'
import type { LoadedStructure } from '../../generator/measure/loadModel'
import { sacralCurve } from '../../generator/measure/measureSacrum'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * A front sheet bent about the x axis: an arc of radius `r` mm through ±`halfDeg` in the sagittal
 * plane, 40 mm wide, hollow towards +z (the front) like a sacrum. `halfDeg` 0 gives a flat sheet.
 * Returns the structure and the top front point (the "promontory").
 */
function bentSheet(r: number, halfDeg: number): { sheet: LoadedStructure; top: Vec3 } {
  const rows = 41
  const cols = 9
  const world: number[] = []
  for (let i = 0; i < rows; i++) {
    const a = ((-1 + (2 * i) / (rows - 1)) * halfDeg * Math.PI) / 180
    // Flat: a straight 100 mm sheet; bent: the arc, its ends curving forward (+z) of its middle.
    const y = halfDeg === 0 ? 50 - (100 * i) / (rows - 1) : -r * Math.sin(a)
    const z = halfDeg === 0 ? 0 : r * (1 - Math.cos(a))
    for (let j = 0; j < cols; j++) world.push(-20 + (40 * j) / (cols - 1), y, z)
  }
  const indices: number[] = []
  for (let i = 0; i + 1 < rows; i++)
    for (let j = 0; j + 1 < cols; j++) {
      const v = i * cols + j
      indices.push(v, v + 1, v + cols, v + 1, v + cols + 1, v + cols)
    }
  const w = Float64Array.from(world)
  const sheet: LoadedStructure = {
    id: 'sheet',
    kind: 'bone',
    file: 'test',
    local: w,
    world: w,
    normals: null,
    indices: Uint32Array.from(indices),
    regions: null,
    regionIds: [],
    matrix: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
  }
  return { sheet, top: [0, world[1]!, world[2]!] }
}

describe('sacralCurve (the report’s sacral length and hollow)', () => {
  it('measures the sagitta of a bent front: R (1 − cos θ) behind a 2 R sin θ chord', () => {
    const r = 80
    const half = 40
    const { sheet, top } = bentSheet(r, half)
    const c = sacralCurve(sheet, top)
    const t = (half * Math.PI) / 180
    expect(c.length).toBeCloseTo(2 * r * Math.sin(t), 1)
    expect(c.hollow).toBeGreaterThan(r * (1 - Math.cos(t)) - 0.3)
    expect(c.hollow).toBeLessThan(r * (1 - Math.cos(t)) + 0.3)
    expect(c.apex[1]).toBeCloseTo(-top[1], 6)
  })

  it('finds no hollow in a flat front', () => {
    const { sheet, top } = bentSheet(0, 0)
    const c = sacralCurve(sheet, top)
    expect(c.length).toBeCloseTo(100, 6)
    expect(Math.abs(c.hollow)).toBeLessThan(1e-6)
  })
})
