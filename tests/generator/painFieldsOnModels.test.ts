import { describe, expect, it } from 'vitest'
import { painPatternOf } from '../../src/anatomy/painPatterns'
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
