import { describe, expect, it } from 'vitest'
import {
  COVER_THRESHOLD,
  patternValues,
  rankAtPoint,
  rankDrawing,
  vertexAreas,
  weightedDice,
  type SidedPatternFields,
} from '../../src/anatomy/painRanking'

// Ranking on the committed models' landmarks (drawings painted as dabs on a body): tests/generator/painOnModels.test.ts.

const f32 = (...v: number[]) => new Float32Array(v)

describe('vertexAreas', () => {
  it('gives each vertex a third of every adjacent triangle (square of area 100 split in two)', () => {
    // Square 0-1-2-3 of side 10, split along the 0–2 diagonal: 0 and 2 touch both triangles.
    const positions = f32(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 10, 0)
    const areas = vertexAreas(positions, new Uint32Array([0, 1, 2, 0, 2, 3]))
    const expected = [100 / 3, 50 / 3, 100 / 3, 50 / 3]
    expected.forEach((e, i) => expect(areas[i]).toBeCloseTo(e, 4))
    expect(areas.reduce((s, a) => s + a, 0)).toBeCloseTo(100, 4)
  })

  it('handles a 3D triangle and leaves unused vertices at 0', () => {
    const positions = f32(0, 0, 0, 0, 3, 0, 0, 0, 4, 9, 9, 9)
    const areas = vertexAreas(positions, [0, 1, 2])
    expect(areas[0]).toBeCloseTo(2, 6) // area 6, a third each
    expect(areas[3]).toBe(0)
  })
})

describe('weightedDice', () => {
  const area = f32(1, 1, 1, 1)

  it('is 1 for identical fields and 0 for disjoint ones', () => {
    const a = f32(1, 0.5, 0, 0)
    expect(weightedDice(a, a, area)).toBeCloseTo(1, 12)
    expect(weightedDice(f32(1, 1, 0, 0), f32(0, 0, 1, 1), area)).toBe(0)
    expect(weightedDice(f32(0, 0, 0, 0), f32(0, 0, 0, 0), area)).toBe(0)
  })

  it('is 2|A∩B| / (|A| + |B|) for binary fields', () => {
    // A = {0,1,2}, B = {1,2,3}: 2·2 / (3 + 3)
    expect(weightedDice(f32(1, 1, 1, 0), f32(0, 1, 1, 1), area)).toBeCloseTo(4 / 6, 6)
  })

  it('weights vertices by their area', () => {
    const d = f32(1, 1, 0, 0)
    const p = f32(1, 0, 1, 0)
    // Equal areas: 2·1 / (2 + 2) = 0.5. Vertex 0 ten times larger: 2·10 / (11 + 11).
    expect(weightedDice(d, p, area)).toBeCloseTo(0.5, 6)
    expect(weightedDice(d, p, f32(10, 1, 1, 1))).toBeCloseTo(20 / 22, 6)
  })

  it('gives a drawing over a spillover-only area about half the credit of one over an essential area', () => {
    const drawing = f32(1, 0)
    const essential = patternValues({ essential: f32(1, 0), spillover: f32(0, 0) })
    const spill = patternValues({ essential: f32(0, 0), spillover: f32(0.5, 0) })
    expect(spill[0]).toBe(0.5)
    expect(weightedDice(drawing, essential, f32(1, 1))).toBe(1)
    expect(weightedDice(drawing, spill, f32(1, 1))).toBeCloseTo((2 * 0.5) / 1.5, 6)
  })

  it('rejects arrays of different lengths', () => {
    expect(() => weightedDice(f32(1), f32(1, 1), f32(1))).toThrow()
  })
})

describe('rankAtPoint', () => {
  it('ranks essential coverage above spillover, then by score; leaves out what does not cover the point', () => {
    const ranks = rankAtPoint([
      { muscle: 'quadratus_lumborum', essential: 0.1, spillover: 0.5 },
      { muscle: 'iliopsoas', essential: 0.3, spillover: 0 },
      { muscle: 'gluteus_medius', essential: 0.9, spillover: 0.5 },
      { muscle: 'sartorius', essential: 0, spillover: 0.1 },
      { muscle: 'gluteus_minimus', essential: 0, spillover: 0.45 },
    ])
    expect(ranks).toEqual([
      { muscle: 'gluteus_medius', kind: 'essential', score: 0.9 },
      { muscle: 'iliopsoas', kind: 'essential', score: 0.3 },
      { muscle: 'quadratus_lumborum', kind: 'spillover', score: 0.5 },
      { muscle: 'gluteus_minimus', kind: 'spillover', score: 0.45 },
    ])
  })

  it('uses the threshold inclusively and breaks ties by muscle id', () => {
    const ranks = rankAtPoint([
      { muscle: 'sartorius', essential: COVER_THRESHOLD, spillover: 0 },
      { muscle: 'iliopsoas', essential: COVER_THRESHOLD, spillover: 0 },
    ])
    expect(ranks.map((r) => r.muscle)).toEqual(['iliopsoas', 'sartorius'])
    expect(rankAtPoint([{ muscle: 'iliopsoas', essential: 0.5, spillover: 0 }], 0.6)).toEqual([])
  })
})

describe('rankDrawing', () => {
  it('keeps the best side per muscle and sorts muscles by score', () => {
    const drawing = f32(1, 1, 0, 0)
    const areas = f32(1, 1, 1, 1)
    const fields = (e: number[]) => ({ essential: f32(...e), spillover: f32(0, 0, 0, 0) })
    const list: SidedPatternFields[] = [
      { muscle: 'iliopsoas', side: 'l', fields: fields([0, 0, 1, 1]) },
      { muscle: 'iliopsoas', side: 'r', fields: fields([1, 1, 0, 0]) },
      { muscle: 'sartorius', side: 'l', fields: fields([1, 0, 0, 0]) },
    ]
    expect(rankDrawing(drawing, areas, list)).toEqual([
      { muscle: 'iliopsoas', side: 'r', score: 1 },
      { muscle: 'sartorius', side: 'l', score: expect.closeTo(2 / 3, 6) as number },
    ])
  })

  it('orders patterns by overlap with a partial, imperfect drawing that is none of their fields', () => {
    // Eight vertices of equal area. The drawing covers three of iliopsoas's four essential
    // vertices, none of its spillover, and strays half-strength onto one gluteus medius vertex.
    const drawing = f32(1, 1, 1, 0, 0, 0, 0, 0.5)
    const fields = (e: number[], s: number[] = [0, 0, 0, 0, 0, 0, 0, 0]) => ({
      essential: f32(...e),
      spillover: f32(...s),
    })
    const list: SidedPatternFields[] = [
      { muscle: 'gluteus_medius', side: 'l', fields: fields([0, 0, 0, 0, 0, 0, 1, 1]) },
      { muscle: 'sartorius', side: 'l', fields: fields([0, 0, 1, 1, 1, 1, 0, 0]) },
      { muscle: 'iliopsoas', side: 'l', fields: fields([1, 1, 1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0.5, 0, 0, 0]) },
    ]
    // Dice 2·overlap / (drawn + pattern): iliopsoas 2·3 / (3.5 + 4.5), sartorius 2·1 / (3.5 + 4),
    // gluteus medius 2·0.5 / (3.5 + 2).
    expect(rankDrawing(drawing, f32(1, 1, 1, 1, 1, 1, 1, 1), list)).toEqual([
      { muscle: 'iliopsoas', side: 'l', score: expect.closeTo(6 / 8, 6) as number },
      { muscle: 'sartorius', side: 'l', score: expect.closeTo(2 / 7.5, 6) as number },
      { muscle: 'gluteus_medius', side: 'l', score: expect.closeTo(1 / 5.5, 6) as number },
    ])
  })
})
