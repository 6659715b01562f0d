import { beforeAll, describe, expect, it } from 'vitest'
import { PAIN_MUSCLES, PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import { rankDrawing, type SidedPatternFields } from '../../src/anatomy/painRanking'
import { patternFields } from '../../src/anatomy/painZones'
import type { Side, Vec3 } from '../../src/anatomy/types'
import { body, lm, withCommittedBody } from './committedBody'

/** Ranking pain drawings on a crude body built around the committed skeleton. */
withCommittedBody()

describe('ranking a pain drawing on a crude body built around the real skeleton', () => {
  // A crude skin: an elliptic trunk and round limbs, points every 10° around rings 2 cm apart on
  // the trunk (5% of the segment on the limbs), with outward normals.
  let positions: Float32Array
  let normals: Float32Array
  let all: SidedPatternFields[]

  const TRUNK = { centre: [0, -10] as const, rx: 150, rz: 115 }
  const THIGH_R = 75
  const LEG_R = 50

  beforeAll(() => {
    const p: number[] = []
    const n: number[] = []
    const ring = (c: Vec3, rx: number, rz: number) => {
      for (let a = 0; a < 360; a += 10) {
        const t = (a * Math.PI) / 180
        p.push(c[0] + rx * Math.sin(t), c[1], c[2] + rz * Math.cos(t))
        n.push(Math.sin(t) / rx, 0, Math.cos(t) / rz)
      }
    }
    for (let y = 0; y <= 320; y += 20) ring([TRUNK.centre[0], y, TRUNK.centre[1]], TRUNK.rx, TRUNK.rz)
    for (const side of ['l', 'r'] as const) {
      const hip = lm(`femoral_head_centre_${side}`)
      const knee = lm(`knee_centre_${side}`)
      const ankle = lm(`ankle_centre_${side}`)
      for (let t = 0; t <= 1; t += 0.05) {
        ring([hip[0] + (knee[0] - hip[0]) * t, hip[1] + (knee[1] - hip[1]) * t, 0], THIGH_R, THIGH_R)
        ring([knee[0], knee[1] + (ankle[1] - knee[1]) * t, 0], LEG_R, LEG_R)
      }
    }
    positions = new Float32Array(p)
    normals = new Float32Array(n)
    all = PAIN_PATTERNS.flatMap((pattern) =>
      (['l', 'r', 'both'] as const).map((side) => ({
        muscle: pattern.muscle,
        side,
        fields: patternFields(pattern, side, positions, normals, body),
      })),
    )
  })

  /**
   * Where a patient puts a finger, on the crude body: a point on a limb ring (fraction `t` from
   * the upper joint, `deg` around it: 0 front, 90 outside, 180 back, −90 inside) or on the back of
   * the trunk beside the L3 spinous process.
   */
  const limbPoint = (side: Side, segment: 'thigh' | 'leg', t: number, deg: number): Vec3 => {
    const [a, b] = segment === 'thigh' ? ['femoral_head_centre', 'knee_centre'] : ['knee_centre', 'ankle_centre']
    const top = lm(`${a}_${side}`)
    const bottom = lm(`${b}_${side}`)
    const r = segment === 'thigh' ? THIGH_R : LEG_R
    const out = side === 'l' ? 1 : -1
    const x = segment === 'thigh' ? top[0] + (bottom[0] - top[0]) * t : top[0]
    const rad = (deg * Math.PI) / 180
    return [x + out * r * Math.sin(rad), top[1] + (bottom[1] - top[1]) * t, r * Math.cos(rad)]
  }
  const lowBack = (side: Side, lateralMm: number): Vec3 => {
    const x = (side === 'l' ? 1 : -1) * lateralMm
    const y = lm('l3_spinous_tip')[1]
    // The back of the elliptic trunk at that x.
    const z = TRUNK.centre[1] - TRUNK.rz * Math.sqrt(1 - (x / TRUNK.rx) ** 2)
    return [x, y, z]
  }

  /**
   * A drawing made of round dabs (full strength within `radius` mm of each spot), never from a
   * pattern's own field: the test must show the ranking finds a pattern from pain drawn the way a
   * patient would, not that a field matches itself.
   */
  function drawing(spots: readonly Vec3[], radius: number): Float32Array {
    const d = new Float32Array(positions.length / 3)
    for (let i = 0; i < d.length; i++) {
      const v: Vec3 = [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!]
      if (spots.some((s) => Math.hypot(v[0] - s[0], v[1] - s[1], v[2] - s[2]) <= radius)) d[i] = 1
    }
    return d
  }

  const rank = (d: Float32Array) => rankDrawing(d, new Float32Array(d.length).fill(1), all)

  /** The leading entries of a ranking as [muscle, side] pairs. */
  const leaders = (d: Float32Array, n: number) =>
    rank(d)
      .slice(0, n)
      .map((r) => [r.muscle, r.side])

  it('finds iliopsoas on the right from pain beside the lumbar spine and on the front of the thigh', () => {
    const d = drawing([lowBack('r', 30), limbPoint('r', 'thigh', 0.15, -20)], 50)
    expect(d.reduce((a, b) => a + b, 0)).toBeGreaterThan(20)
    // Sartorius also covers the front of the thigh, but not the back: second, far behind.
    expect(leaders(d, 2)).toEqual([
      ['iliopsoas', 'r'],
      ['sartorius', 'r'],
    ])
    const [first, second] = rank(d)
    expect(first!.score).toBeGreaterThan(2 * second!.score)
  })

  it('finds gluteus minimus on the left from pain down the outside and back of the thigh and the calf', () => {
    const d = drawing(
      [limbPoint('l', 'thigh', 0.45, 90), limbPoint('l', 'thigh', 0.4, 180), limbPoint('l', 'leg', 0.3, 180)],
      50,
    )
    // Tensor fasciae latae shares only the lateral thigh.
    expect(leaders(d, 2)).toEqual([
      ['gluteus_minimus', 'l'],
      ['tensor_fasciae_latae', 'l'],
    ])
  })

  it('finds tensor fasciae latae from pain over the lateral hip, quadratus lumborum (trochanter) next', () => {
    const d = drawing([limbPoint('l', 'thigh', 0.1, 90), limbPoint('l', 'thigh', 0.3, 90)], 50)
    expect(leaders(d, 2)).toEqual([
      ['tensor_fasciae_latae', 'l'],
      ['quadratus_lumborum', 'l'],
    ])
  })

  it('finds rectus femoris on the right from pain at the front of the knee, and nothing else near it', () => {
    const d = drawing([limbPoint('r', 'thigh', 1, 0)], 50)
    const [first, ...rest] = rank(d)
    expect([first!.muscle, first!.side]).toEqual(['rectus_femoris', 'r'])
    expect(first!.score).toBeGreaterThan(0.4)
    for (const r of rest) expect(r.score, r.muscle).toBeLessThan(0.05)
  })

  it('finds sartorius from pain on the inner front of the mid-thigh, and no other pattern there', () => {
    const d = drawing([limbPoint('l', 'thigh', 0.5, -45)], 50)
    const [first, ...rest] = rank(d)
    expect([first!.muscle, first!.side]).toEqual(['sartorius', 'l'])
    expect(first!.score).toBeGreaterThan(0.1)
    for (const r of rest) expect(r.score, r.muscle).toBe(0)
  })

  it('ranks every muscle once', () => {
    const d = drawing([lowBack('l', 30)], 50)
    expect(
      rank(d)
        .map((r) => r.muscle)
        .sort(),
    ).toEqual([...PAIN_MUSCLES].sort())
  })
})
