import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSkinFile } from '../../generator/skin/loadSkin'
import { PAIN_PATTERNS, painPatternOf } from '../../src/anatomy/painPatterns'
import type { BodyLandmarks } from '../../src/anatomy/painReferences'
import { compileZone } from '../../src/anatomy/painZoneShapes'
import { combineFields, patternFields, patternIntensity } from '../../src/anatomy/painZones'
import type { Vec3 } from '../../src/anatomy/types'
import { BACK, FRONT, body, lm, near, onLimb, withCommittedBody, type SkinPoint } from './committedBody'

/** Per-vertex pattern fields on points placed on the committed models. */
withCommittedBody()

describe('fields on a mesh', () => {
  it('patternFields equals patternIntensity at every vertex; combineFields takes the maximum', () => {
    const pts: SkinPoint[] = [
      onLimb('thigh', 1 / 6, -30, 80),
      onLimb('thigh', 0.45, 90, 75),
      near('knee_centre_l', [0, 15, 60], FRONT),
      { p: [-30, lm('l3_spinous_tip')[1], -120], n: BACK },
      near('psis_l', [0, -40, -20], BACK),
    ]
    const positions = new Float32Array(pts.flatMap((s) => [...s.p]))
    const normals = new Float32Array(pts.flatMap((s) => [...s.n]))
    const ip = patternFields(painPatternOf('iliopsoas'), 'both', positions, normals, body)
    const gmin = patternFields(painPatternOf('gluteus_minimus'), 'l', positions, normals, body)
    pts.forEach((s, i) => {
      const p: Vec3 = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!]
      const n: Vec3 = [normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!]
      const e = patternIntensity(painPatternOf('iliopsoas'), 'both', p, n, body)
      expect(ip.essential[i]).toBeCloseTo(e.essential, 6)
      expect(ip.spillover[i]).toBeCloseTo(e.spillover, 6)
    })
    expect(ip.essential[0]).toBeGreaterThan(0.8)
    expect(gmin.essential[1]).toBeGreaterThan(0.8)
    const both = combineFields([ip, gmin])
    for (let i = 0; i < pts.length; i++) {
      expect(both.essential[i]).toBe(Math.max(ip.essential[i]!, gmin.essential[i]!))
      expect(both.spillover[i]).toBe(Math.max(ip.spillover[i]!, gmin.spillover[i]!))
    }
    expect(combineFields([]).essential.length).toBe(0)
    expect(() => combineFields([ip, { essential: new Float32Array(1), spillover: new Float32Array(1) }])).toThrow()
  })
})

/**
 * Each zone on the committed skin (its vertices and normals, and the landmark table the app reads
 * from the skin file): the painted vertices lie in the body region the chart names. Written in
 * landmark terms, not vertex indices, so they hold for a reworked skin.
 */
describe('zones on the committed skin cover the regions the charts name', () => {
  let skin: { positions: Float32Array; normals: Float32Array; landmarks: BodyLandmarks; count: number }
  beforeAll(async () => {
    const s = await loadSkinFile(resolve(__dirname, '../../public/models/skin.glb'))
    const table = s.extras.landmarks ?? {}
    skin = {
      positions: new Float32Array(s.positions),
      normals: new Float32Array(s.normals),
      landmarks: new Map(Object.entries(table).map(([k, v]) => [k, [v[0], v[1], v[2]] as Vec3])),
      count: s.positions.length / 3,
    }
  })
  const L = (id: string): Vec3 => {
    const p = skin.landmarks.get(id)
    if (!p) throw new Error(`skin has no landmark ${id}`)
    return p
  }
  const vertex = (i: number) => ({
    p: [skin.positions[i * 3]!, skin.positions[i * 3 + 1]!, skin.positions[i * 3 + 2]!] as Vec3,
    n: [skin.normals[i * 3]!, skin.normals[i * 3 + 1]!, skin.normals[i * 3 + 2]!] as Vec3,
  })
  /** The vertices where one zone (left side) reaches `min`. */
  const painted = (zoneId: string, min = 0.5) => {
    const zone = PAIN_PATTERNS.flatMap((p) => p.zones).find((z) => z.id === zoneId)!
    const f = compileZone(zone, skin.landmarks)
    const out: { p: Vec3; n: Vec3 }[] = []
    for (let i = 0; i < skin.count; i++) {
      const v = vertex(i)
      if (v.p[0] > 0 && f(v.p, v.n) >= min * zone.weight) out.push(v)
    }
    return out
  }
  const ys = (vs: readonly { p: Vec3 }[]) => vs.map((v) => v.p[1])

  it('iliopsoas back band: between the T12 and sacrum levels, within 7 cm of the midline but not on it', () => {
    const vs = painted('IP-P1')
    expect(vs.length).toBeGreaterThan(60)
    const t12 = L('t12_spinous_tip')[1]
    const psis = L('psis_l')[1]
    // Top within 2 cm of T12, bottom at the top of the sacrum (S1, between L5 and the PSIS).
    expect(Math.max(...ys(vs))).toBeLessThanOrEqual(t12 + 20)
    expect(Math.max(...ys(vs))).toBeGreaterThan(t12 - 25)
    expect(Math.min(...ys(vs))).toBeGreaterThanOrEqual(psis - 10)
    expect(Math.min(...ys(vs))).toBeLessThan(L('l5_spinous_tip')[1])
    for (const v of vs) {
      expect(v.p[0]).toBeGreaterThan(12.5)
      expect(v.p[0]).toBeLessThan(70)
      expect(v.n[2]).toBeLessThan(0) // on the back
    }
  })

  it('iliopsoas with both sides: skin over the spine stays bare between two lit bands', () => {
    const f = patternFields(painPatternOf('iliopsoas'), 'both', skin.positions, skin.normals, skin.landmarks)
    const top = L('t12_spinous_tip')[1]
    const bottom = L('l5_spinous_tip')[1]
    let midline = 0
    let left = 0
    let right = 0
    for (let i = 0; i < skin.count; i++) {
      const { p, n } = vertex(i)
      if (p[1] > top || p[1] < bottom || n[2] > -0.5) continue
      if (Math.abs(p[0]) < 10) {
        midline++
        expect(f.essential[i], `${p.join(',')}`).toBe(0)
        expect(f.spillover[i], `${p.join(',')}`).toBe(0)
      } else if (f.essential[i]! > 0.9 && Math.abs(p[0]) < 50) {
        if (p[0] > 0) left++
        else right++
      }
    }
    expect(midline).toBeGreaterThan(5)
    expect(left).toBeGreaterThan(30)
    expect(right).toBeGreaterThan(30)
  })

  it('iliopsoas thigh patch: on the upper front of the thigh, longer than it is wide', () => {
    const vs = painted('IP-A1')
    expect(vs.length).toBeGreaterThan(30)
    const hip = L('femoral_head_centre_l')
    const knee = L('knee_centre_l')
    const third = hip[1] + (knee[1] - hip[1]) / 3
    expect(Math.max(...ys(vs))).toBeLessThan(hip[1] + 30)
    // Its lower end near a third of the way down (within 4 cm), no further than 40 %.
    expect(Math.min(...ys(vs))).toBeGreaterThan(hip[1] + 0.4 * (knee[1] - hip[1]))
    expect(Math.min(...ys(vs))).toBeLessThan(third + 40)
    for (const v of vs) expect(v.n[2], `${v.p.join(',')}`).toBeGreaterThan(0) // facing forwards
    const height = Math.max(...ys(vs)) - Math.min(...ys(vs))
    const xs = vs.map((v) => v.p[0])
    expect(height).toBeGreaterThan(1.3 * (Math.max(...xs) - Math.min(...xs)))
  })

  it('gluteus minimus: the strips reach below the knee to near the ankle, on the outer and back side only', () => {
    const f = patternFields(painPatternOf('gluteus_minimus'), 'l', skin.positions, skin.normals, skin.landmarks)
    const knee = L('knee_centre_l')
    const ankle = L('ankle_centre_l')
    let lowest = Infinity
    let belowKnee = 0
    for (let i = 0; i < skin.count; i++) {
      const { p, n } = vertex(i)
      if (f.essential[i]! < 0.5 || p[1] > knee[1] - 50) continue
      belowKnee++
      lowest = Math.min(lowest, p[1])
      // Outer or back of the leg: never the front of the shin or the inner calf (a surface facing
      // up or down, such as the skin's end at the ankle, has no side to check).
      if (Math.abs(n[1]) > 0.7) continue
      expect(n[0] > 0.3 || n[2] < -0.3, `${p.join(',')} n ${n.join(',')}`).toBe(true)
    }
    expect(belowKnee).toBeGreaterThan(50)
    expect(lowest).toBeLessThan(ankle[1] + 60)
  })

  it('quadratus lumborum: the iliac crest ribbon runs over the crest top, the oval over the trochanter', () => {
    const crest = [...painted('QL-E3'), ...painted('QL-E3L')]
    const top = L('iliac_crest_top_l')
    expect(crest.some((v) => Math.hypot(v.p[1] - top[1], v.p[2] - top[2]) < 30 && v.n[0] > 0.5)).toBe(true)
    for (const v of crest) expect(Math.abs(v.p[1] - top[1]), `${v.p.join(',')}`).toBeLessThan(90)
    const gt = L('greater_trochanter_tip_l')
    const troch = painted('QL-E4')
    expect(troch.some((v) => Math.hypot(v.p[1] - gt[1], v.p[2] - gt[2]) < 20)).toBe(true)
    for (const v of troch) expect(v.n[0]).toBeGreaterThan(-0.2)
  })
})
