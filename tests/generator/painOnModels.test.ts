import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles } from '../../generator/measure/loadModel'
import { ankleCentre } from '../../src/anatomy/body'
import { PAIN_MUSCLES, painPatternOf, PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import { rankDrawing, type SidedPatternFields } from '../../src/anatomy/painRanking'
import { mirroredLandmarks, type BodyLandmarks } from '../../src/anatomy/painReferences'
import type { PainMuscleId, PainSide } from '../../src/anatomy/painTypes'
import { combineFields, patternEvaluator, patternFields, patternIntensity } from '../../src/anatomy/painZones'
import type { Side, Vec3 } from '../../src/anatomy/types'
import { mirrorX } from '../../src/anatomy/vec'

/**
 * The referral patterns evaluated on the standing landmarks of the committed bone models (read
 * back with the generator's loader, which is why this lives with the generator tests). The zone
 * maths on synthetic bodies is in tests/unit/painZones.test.ts.
 */

/** Standing landmark positions of the committed bone models, plus the ankle centres (body.ts). */
let body: BodyLandmarks

beforeAll(async () => {
  const skeleton = await loadModelFiles(resolve(__dirname, '../../public/models'))
  const m = new Map<string, Vec3>([...skeleton.landmarks].map(([id, l]) => [id, l.world]))
  m.set('ankle_centre_l', ankleCentre('l'))
  m.set('ankle_centre_r', ankleCentre('r'))
  body = m
})

const lm = (id: string): Vec3 => {
  const p = body.get(id)
  if (!p) throw new Error(`no landmark ${id}`)
  return p
}
const mirror = mirrorX
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** A synthetic skin point with its outward normal. */
interface SkinPoint {
  readonly p: Vec3
  readonly n: Vec3
}

/**
 * A point on a left limb, `radius` mm from the joint-to-joint line at fraction `t`, in the
 * horizontal direction `deg` (0 front, 90 outside, 180 back, −90 inside). Built independently of
 * the code under test: horizontal offsets from the interpolated joint centres.
 */
function onLimb(segment: 'thigh' | 'leg', t: number, deg: number, radius: number): SkinPoint {
  const [a, b] = segment === 'thigh' ? ['femoral_head_centre_l', 'knee_centre_l'] : ['knee_centre_l', 'ankle_centre_l']
  const c = lerp(lm(a), lm(b), t)
  const r = (deg * Math.PI) / 180
  const n: Vec3 = [Math.sin(r), 0, Math.cos(r)]
  return { p: [c[0] + n[0] * radius, c[1], c[2] + n[2] * radius], n }
}

/** A point `dx, dy, dz` mm from a landmark, with normal `n`. */
const near = (id: string, d: Vec3, n: Vec3): SkinPoint => {
  const p = lm(id)
  return { p: [p[0] + d[0], p[1] + d[1], p[2] + d[2]], n }
}

const BACK: Vec3 = [0, 0, -1]
const FRONT: Vec3 = [0, 0, 1]
const OUT: Vec3 = [1, 0, 0]

const at = (m: PainMuscleId, side: PainSide, s: SkinPoint) => patternIntensity(painPatternOf(m), side, s.p, s.n, body)
const mirrored = (s: SkinPoint): SkinPoint => ({ p: mirror(s.p), n: mirror(s.n) })

describe('patterns on the real skeleton (standing landmarks of the committed models)', () => {
  it('iliopsoas: 3 cm right of and 3 cm behind the L3 spinous tip lights the right side only', () => {
    const l3 = lm('l3_spinous_tip')
    const right: SkinPoint = { p: [l3[0] - 30, l3[1], l3[2] - 30], n: BACK }
    expect(at('iliopsoas', 'r', right).essential).toBeGreaterThan(0.8)
    expect(at('iliopsoas', 'l', right)).toEqual({ essential: 0, spillover: 0 })
    expect(at('iliopsoas', 'both', right).essential).toBeGreaterThan(0.8)
    const left = mirrored(right)
    expect(at('iliopsoas', 'l', left).essential).toBeGreaterThan(0.8)
    expect(at('iliopsoas', 'r', left)).toEqual({ essential: 0, spillover: 0 })
  })

  it('iliopsoas: the paraspinal band fades out by 7 cm from the midline and stops below the PSIS', () => {
    const l3 = lm('l3_spinous_tip')
    expect(at('iliopsoas', 'l', { p: [55, l3[1], l3[2] - 30], n: BACK }).essential).toBeGreaterThan(0.3)
    expect(at('iliopsoas', 'l', { p: [75, l3[1], l3[2] - 30], n: BACK }).essential).toBe(0)
    const below = near('psis_l', [0, -40, -20], BACK)
    expect(at('iliopsoas', 'l', below).essential).toBe(0)
    expect(at('iliopsoas', 'l', below).spillover).toBeGreaterThan(0.4) // upper buttock spillover
  })

  it('iliopsoas: the midline of the low back lights only with both sides (horizontal band)', () => {
    const mid: SkinPoint = { p: [0, lm('l3_spinous_tip')[1], lm('l3_spinous_tip')[2] - 30], n: BACK }
    expect(at('iliopsoas', 'l', mid).essential).toBe(0)
    expect(at('iliopsoas', 'r', mid).essential).toBe(0)
    expect(at('iliopsoas', 'both', mid).essential).toBeGreaterThan(0.8)
    // 7.5 cm out the single-side band is gone, the both-sides band still covers it.
    const wide: SkinPoint = { p: [75, lm('l3_spinous_tip')[1], -110], n: BACK }
    expect(at('iliopsoas', 'l', wide).essential).toBe(0)
    expect(at('iliopsoas', 'both', wide).essential).toBeGreaterThan(0.5)
  })

  it('iliopsoas: the anterior upper thigh lights, the posterior thigh and the front of the belly do not', () => {
    const front = onLimb('thigh', 1 / 6, -30, 80)
    expect(at('iliopsoas', 'l', front).essential).toBeGreaterThan(0.8)
    expect(at('iliopsoas', 'r', mirrored(front)).essential).toBeGreaterThan(0.8)
    const back = onLimb('thigh', 0.3, 180, 80)
    expect(at('iliopsoas', 'l', back)).toEqual({ essential: 0, spillover: 0 })
    // Same height and distance from the midline as the back band, but on the front.
    const belly: SkinPoint = { p: [30, lm('l3_spinous_tip')[1], 110], n: FRONT }
    expect(at('iliopsoas', 'l', belly)).toEqual({ essential: 0, spillover: 0 })
  })

  it('gluteus minimus: lateral and posterior thigh, lateral leg at 3/4 and posterior calf; not the front of the knee', () => {
    for (const s of [
      onLimb('thigh', 0.45, 90, 75),
      onLimb('thigh', 0.4, 180, 75),
      onLimb('leg', 0.75, 95, 40),
      onLimb('leg', 0.3, 180, 55),
    ]) {
      expect(at('gluteus_minimus', 'l', s).essential).toBeGreaterThan(0.8)
      expect(at('gluteus_minimus', 'r', s)).toEqual({ essential: 0, spillover: 0 })
      expect(at('gluteus_minimus', 'r', mirrored(s)).essential).toBeGreaterThan(0.8)
    }
    const knee = near('knee_centre_l', [0, 15, 60], FRONT)
    expect(at('gluteus_minimus', 'l', knee)).toEqual({ essential: 0, spillover: 0 })
    expect(at('gluteus_minimus', 'l', onLimb('thigh', 0.5, 0, 75))).toEqual({ essential: 0, spillover: 0 })
  })

  it('tensor fasciae latae: the lateral hip over the greater trochanter', () => {
    const hip = near('greater_trochanter_tip_l', [35, 10, 0], OUT)
    expect(at('tensor_fasciae_latae', 'l', hip).essential).toBeGreaterThan(0.8)
    expect(at('tensor_fasciae_latae', 'r', hip).essential).toBe(0)
    // Nothing on the calf.
    expect(at('tensor_fasciae_latae', 'l', onLimb('leg', 0.4, 180, 55))).toEqual({ essential: 0, spillover: 0 })
  })

  it('rectus femoris: the front of the knee (essential) and the lower front thigh (spillover)', () => {
    const knee = near('knee_centre_l', [0, 15, 60], FRONT)
    expect(at('rectus_femoris', 'l', knee).essential).toBeGreaterThan(0.8)
    expect(at('rectus_femoris', 'l', near('knee_centre_l', [0, 15, -60], BACK)).essential).toBe(0)
    const above = onLimb('thigh', 0.78, 0, 70)
    expect(at('rectus_femoris', 'l', above).essential).toBe(0)
    expect(at('rectus_femoris', 'l', above).spillover).toBeGreaterThan(0.4)
  })

  it('quadratus lumborum: the posterior iliac crest and the greater trochanter', () => {
    const crest = near('psis_l', [25, 30, -15], BACK)
    expect(at('quadratus_lumborum', 'l', crest).essential).toBeGreaterThan(0.8)
    const trochanter = near('greater_trochanter_tip_l', [35, 10, 0], OUT)
    expect(at('quadratus_lumborum', 'l', trochanter).essential).toBeGreaterThan(0.8)
    for (const s of [crest, trochanter]) {
      expect(at('quadratus_lumborum', 'r', s)).toEqual({ essential: 0, spillover: 0 })
      expect(at('quadratus_lumborum', 'r', mirrored(s)).essential).toBeGreaterThan(0.8)
    }
  })

  it('gluteus medius: the sacrum beside the midline and the upper buttock', () => {
    expect(at('gluteus_medius', 'l', near('psis_l', [-10, -20, -20], BACK)).essential).toBeGreaterThan(0.8)
    expect(at('gluteus_medius', 'l', { p: [90, 40, -140], n: BACK }).essential).toBeGreaterThan(0.8)
    // Not the calf (a claim the reference rejects).
    expect(at('gluteus_medius', 'l', onLimb('leg', 0.3, 180, 55))).toEqual({ essential: 0, spillover: 0 })
  })

  it('sartorius: the anteromedial mid-thigh, not the lateral thigh', () => {
    const s = onLimb('thigh', 0.5, -45, 70)
    expect(at('sartorius', 'l', s).essential).toBeGreaterThan(0.8)
    expect(at('sartorius', 'r', s)).toEqual({ essential: 0, spillover: 0 })
    expect(at('sartorius', 'l', onLimb('thigh', 0.5, 90, 75))).toEqual({ essential: 0, spillover: 0 })
  })

  it('paints no pattern on the genital region, on any side', () => {
    const groinMidline: SkinPoint = { p: [12, lm('pubic_symphysis')[1] - 50, 80], n: FRONT }
    for (const p of PAIN_PATTERNS) {
      for (const side of ['l', 'r', 'both'] as const) {
        expect(patternIntensity(p, side, groinMidline.p, groinMidline.n, body), `${p.muscle} ${side}`).toEqual({
          essential: 0,
          spillover: 0,
        })
      }
    }
  })

  it('never lights the opposite side, and mirrors exactly (over a grid of points and normals)', () => {
    const points: SkinPoint[] = []
    const normals: Vec3[] = [BACK, FRONT, OUT, [-1, 0, 0], [0.6, 0, -0.8], [0.6, 0, 0.8]]
    for (let y = -820; y <= 320; y += 40) {
      for (let x = 0; x <= 200; x += 25) {
        for (let z = -140; z <= 120; z += 40) for (const n of normals) points.push({ p: [x, y, z], n })
      }
    }
    let lit = 0
    // Collect failures and assert once: hundreds of thousands of expect() calls would be slow.
    const failures: string[] = []
    for (const pattern of PAIN_PATTERNS) {
      const [l, r, b] = (['l', 'r', 'both'] as const).map((side) => patternEvaluator(pattern, side, body))
      for (const s of points) {
        const left = l!(s.p, s.n)
        const fromRight = r!(s.p, s.n)
        const mirroredRight = r!(mirror(s.p), mirror(s.n))
        const both = b!(s.p, s.n)
        const where = `${pattern.muscle} at ${s.p.join(',')} n ${s.n.join(',')}`
        if (left.essential > 0 || left.spillover > 0) lit++
        if (fromRight.essential !== 0 || fromRight.spillover !== 0) failures.push(`right lights left: ${where}`)
        if (Math.abs(mirroredRight.essential - left.essential) > 1e-9) failures.push(`essential mirror: ${where}`)
        if (Math.abs(mirroredRight.spillover - left.spillover) > 1e-9) failures.push(`spillover mirror: ${where}`)
        // Both sides: at least the one-sided value.
        if (both.essential < left.essential || both.spillover < left.spillover) failures.push(`both < left: ${where}`)
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
    // The grid must actually hit the patterns, or the checks above prove nothing.
    expect(lit).toBeGreaterThan(500)
  })

  it('reads the right side from the right landmarks when they differ (asymmetric body)', () => {
    const shifted = new Map(body)
    const k = lm('knee_centre_r')
    shifted.set('knee_centre_r', [k[0], k[1] + 100, k[2]]) // right knee 10 cm higher
    const view = mirroredLandmarks(shifted)
    expect(view.get('knee_centre_l')).toEqual([-k[0], k[1] + 100, k[2]])
    expect(view.get('l3_spinous_tip')).toEqual(lm('l3_spinous_tip'))
    // The rectus femoris knee patch moves up with the right knee.
    const rf = painPatternOf('rectus_femoris')
    const kneeFront: Vec3 = [k[0], k[1] + 100 + 15, 60]
    expect(patternIntensity(rf, 'r', kneeFront, FRONT, shifted).essential).toBe(1)
    expect(patternIntensity(rf, 'r', kneeFront, FRONT, body).essential).toBe(0)
  })
})

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
