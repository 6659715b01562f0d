import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles } from '../../generator/measure/loadModel'
import { ankleCentre } from '../../src/anatomy/body'
import { PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import {
  COVER_THRESHOLD,
  patternValues,
  rankAtPoint,
  rankDrawing,
  vertexAreas,
  weightedDice,
  type SidedPatternFields,
} from '../../src/anatomy/painRanking'
import { patternFields, type BodyLandmarks } from '../../src/anatomy/painZones'
import type { Vec3 } from '../../src/anatomy/types'

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

  describe('on a synthetic body built around the real skeleton', () => {
    let body: BodyLandmarks
    let positions: Float32Array
    let normals: Float32Array

    beforeAll(async () => {
      const skeleton = await loadModelFiles(resolve(__dirname, '../../public/models'))
      const m = new Map<string, Vec3>([...skeleton.landmarks].map(([id, l]) => [id, l.world]))
      m.set('ankle_centre_l', ankleCentre('l'))
      m.set('ankle_centre_r', ankleCentre('r'))
      body = m
      // A crude skin: an elliptic trunk and round limbs, points every 2 cm with radial normals.
      const p: number[] = []
      const n: number[] = []
      const ring = (c: Vec3, rx: number, rz: number) => {
        for (let a = 0; a < 360; a += 10) {
          const t = (a * Math.PI) / 180
          p.push(c[0] + rx * Math.sin(t), c[1], c[2] + rz * Math.cos(t))
          n.push(Math.sin(t) / rx, 0, Math.cos(t) / rz)
        }
      }
      for (let y = 0; y <= 320; y += 20) ring([0, y, -10], 150, 115)
      for (const side of ['l', 'r'] as const) {
        const hip = m.get(`femoral_head_centre_${side}`)!
        const knee = m.get(`knee_centre_${side}`)!
        const ankle = m.get(`ankle_centre_${side}`)!
        for (let t = 0; t <= 1; t += 0.05) {
          ring([hip[0] + (knee[0] - hip[0]) * t, hip[1] + (knee[1] - hip[1]) * t, 0], 75, 75)
          ring([knee[0], knee[1] + (ankle[1] - knee[1]) * t, 0], 50, 50)
        }
      }
      positions = new Float32Array(p)
      normals = new Float32Array(n)
    })

    it('finds the pattern a drawing was made from, on the right side, above all others', () => {
      const areas = new Float32Array(positions.length / 3).fill(1)
      const all: SidedPatternFields[] = PAIN_PATTERNS.flatMap((pattern) =>
        (['l', 'r', 'both'] as const).map((side) => ({
          muscle: pattern.muscle,
          side,
          fields: patternFields(pattern, side, positions, normals, body),
        })),
      )
      for (const [muscle, side] of [
        ['iliopsoas', 'r'],
        ['gluteus_minimus', 'l'],
        ['rectus_femoris', 'r'],
      ] as const) {
        const source = all.find((f) => f.muscle === muscle && f.side === side)!
        const drawing = patternValues(source.fields)
        expect(
          drawing.some((v) => v > 0.9),
          muscle,
        ).toBe(true)
        const ranked = rankDrawing(drawing, areas, all)
        expect(ranked).toHaveLength(PAIN_PATTERNS.length)
        expect(ranked[0], muscle).toEqual({ muscle, side, score: expect.closeTo(1, 6) as number })
        expect(ranked[1]!.score, muscle).toBeLessThan(0.6)
      }
    })
  })
})
