import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles } from '../../generator/measure/loadModel'
import { ankleCentre } from '../../src/anatomy/body'
import { painPatternOf, PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import type { PainMuscleId, PainSide, PainZone } from '../../src/anatomy/painTypes'
import {
  combineFields,
  facingWeight,
  mirroredLandmarks,
  patternEvaluator,
  patternFields,
  patternIntensity,
  smoothstep,
  zoneIntensity,
  type BodyLandmarks,
} from '../../src/anatomy/painZones'
import type { Vec3 } from '../../src/anatomy/types'

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
const mirror = (p: Vec3): Vec3 => [-p[0], p[1], p[2]]
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

describe('smoothstep and facing', () => {
  it('smoothstep is 0 below, 1 above, ½ in the middle, monotone', () => {
    expect(smoothstep(0, 2, -1)).toBe(0)
    expect(smoothstep(0, 2, 3)).toBe(1)
    expect(smoothstep(0, 2, 1)).toBeCloseTo(0.5, 12)
    expect(smoothstep(0, 2, 0.5)).toBeLessThan(smoothstep(0, 2, 0.6))
  })

  it('weights skin facing the zone fully, skin facing away not at all', () => {
    expect(facingWeight('posterior', [0, 0, -1])).toBe(1)
    expect(facingWeight('posterior', [0.5, 0, -0.8])).toBe(1)
    expect(facingWeight('posterior', [0, 0, 1])).toBe(0)
    expect(facingWeight('posterior', [1, 0, 0])).toBeGreaterThan(0)
    expect(facingWeight('posterior', [1, 0, 0])).toBeLessThan(0.5)
    expect(facingWeight('lateral', [-1, 0, 0])).toBe(0)
    expect(facingWeight('any', [0, 0, 1])).toBe(1)
    // Normals need not be unit length.
    expect(facingWeight('anterior', [0, 0, 7])).toBe(1)
  })
})

describe('zone shapes on a simple synthetic body', () => {
  // A vertical thigh 400 mm long at x = 100, a leg below it, and two levels on the trunk.
  const simple: BodyLandmarks = new Map<string, Vec3>([
    ['femoral_head_centre_l', [100, 0, 0]],
    ['knee_centre_l', [100, -400, 0]],
    ['ankle_centre_l', [100, -800, 0]],
    ['top', [0, 300, 0]],
    ['bottom', [0, 100, 0]],
    ['pubic_tubercle_l', [20, -10, 40]],
    ['pubic_symphysis', [0, -25, 35]],
    ['coccyx_tip', [0, -30, -55]],
  ])
  const zone = (shape: PainZone['shape'], edgeCm = 2, weight = 1): PainZone => ({
    id: 'z',
    kind: 'essential',
    label: 'test',
    shape,
    weight,
    edgeCm,
    sources: ['TP101'],
  })

  it('trunk band: full inside, fades over edgeCm beyond its heights and lateral limits, 0 past them', () => {
    const band = zone({
      type: 'trunkBand',
      top: { landmark: 'top' },
      bottom: { landmark: 'bottom', offsetCm: -2 },
      lateralCm: [1, 5],
      facing: 'posterior',
    })
    expect(zoneIntensity(band, [30, 200, -100], BACK, simple)).toBe(1)
    expect(zoneIntensity(band, [60, 200, -100], BACK, simple)).toBeCloseTo(0.5, 6) // 1 cm beyond 5 cm
    expect(zoneIntensity(band, [75, 200, -100], BACK, simple)).toBe(0)
    expect(zoneIntensity(band, [30, 310, -100], BACK, simple)).toBeCloseTo(0.5, 6) // 1 cm above the top
    expect(zoneIntensity(band, [30, 81, -100], BACK, simple)).toBe(1) // the bottom is 2 cm lower
    expect(zoneIntensity(band, [30, 50, -100], BACK, simple)).toBe(0)
    // The same heights and distances on the front of the body: not this zone.
    expect(zoneIntensity(band, [30, 200, 100], FRONT, simple)).toBe(0)
  })

  it('limb band: angle 0 in front, 90 lateral, ±180 behind, −90 medial; along = fraction of the axis', () => {
    const sector = (centre: number) =>
      zone({ type: 'limbBand', segment: 'thigh', along: [0.2, 0.6], aroundDeg: { centre, halfWidth: 10 } })
    // Radius 60 mm keeps the inner thigh clear of the genital mask (within 3 cm of the midline).
    const pt = (t: number, deg: number): Vec3 => [
      100 + 60 * Math.sin((deg * Math.PI) / 180),
      -400 * t,
      60 * Math.cos((deg * Math.PI) / 180),
    ]
    for (const deg of [0, 90, 180, -90]) {
      expect(zoneIntensity(sector(deg), pt(0.4, deg), [0, 0, 0], simple), `${deg}`).toBe(1)
      expect(zoneIntensity(sector(deg), pt(0.4, deg + 180), [0, 0, 0], simple), `${deg}`).toBe(0)
    }
    expect(zoneIntensity(sector(-180), pt(0.4, 180), [0, 0, 0], simple)).toBe(1)
    // Lateral is +X on the left: the medial sector does not cover the outside of the thigh.
    expect(zoneIntensity(sector(-90), [180, -160, 0], [1, 0, 0], simple)).toBe(0)
    // Along: 1 cm past the end is half, 3 cm past is 0.
    expect(zoneIntensity(sector(0), [100, -250, 60], FRONT, simple)).toBeCloseTo(0.5, 6)
    expect(zoneIntensity(sector(0), [100, -270, 60], FRONT, simple)).toBe(0)
    // The leg segment runs knee → ankle.
    const leg = zone({ type: 'limbBand', segment: 'leg', along: [0.4, 0.6], aroundDeg: { centre: 0, halfWidth: 30 } })
    expect(zoneIntensity(leg, [100, -600, 50], FRONT, simple)).toBe(1)
    expect(zoneIntensity(leg, [100, -200, 50], FRONT, simple)).toBe(0)
  })

  it('limb band: the angular edge is arc length at the point, the same in cm on a thin or thick limb', () => {
    const z = zone({ type: 'limbBand', segment: 'thigh', along: [0, 1], aroundDeg: { centre: 0, halfWidth: 20 } }, 2)
    const arcPoint = (radius: number): Vec3 => {
      const deg = 20 + (10 / radius) * (180 / Math.PI) // 10 mm of arc past the sector's edge
      const r = (deg * Math.PI) / 180
      return [100 + radius * Math.sin(r), -200, radius * Math.cos(r)]
    }
    expect(zoneIntensity(z, arcPoint(50), FRONT, simple)).toBeCloseTo(0.5, 6)
    expect(zoneIntensity(z, arcPoint(120), FRONT, simple)).toBeCloseTo(0.5, 6)
  })

  it('limb band with centreEnd: the sector turns along the limb (an oblique ribbon)', () => {
    const z = zone({
      type: 'limbBand',
      segment: 'thigh',
      along: [0, 1],
      aroundDeg: { centre: 40, halfWidth: 10, centreEnd: -80 },
    })
    const pt = (t: number, deg: number): Vec3 => [
      100 + 80 * Math.sin((deg * Math.PI) / 180),
      -400 * t,
      80 * Math.cos((deg * Math.PI) / 180),
    ]
    expect(zoneIntensity(z, pt(0, 40), [0, 0, 0], simple)).toBe(1)
    expect(zoneIntensity(z, pt(0.5, -20), [0, 0, 0], simple)).toBe(1)
    expect(zoneIntensity(z, pt(1, -80), [0, 0, 0], simple)).toBe(1)
    expect(zoneIntensity(z, pt(1, 40), [0, 0, 0], simple)).toBe(0)
    expect(zoneIntensity(z, pt(0, -80), [0, 0, 0], simple)).toBe(0)
  })

  it('patch: full within the radius across its facing, whatever the depth; scaled by weight', () => {
    const p = zone(
      { type: 'patch', centre: { landmark: 'knee_centre_l', offsetCm: [0, 0, 5] }, radiusCm: 3, facing: 'anterior' },
      2,
      0.5,
    )
    expect(zoneIntensity(p, [100, -400, 50], FRONT, simple)).toBe(0.5)
    expect(zoneIntensity(p, [100, -400, 90], FRONT, simple)).toBe(0.5) // 4 cm more soft tissue
    expect(zoneIntensity(p, [100, -360, 50], FRONT, simple)).toBeCloseTo(0.25, 6) // 1 cm outside
    expect(zoneIntensity(p, [100, -340, 50], FRONT, simple)).toBe(0)
    expect(zoneIntensity(p, [100, -400, -50], BACK, simple)).toBe(0) // back of the knee
    const sphere = zone({ type: 'patch', centre: { landmark: 'knee_centre_l' }, radiusCm: 3, facing: 'any' })
    expect(zoneIntensity(sphere, [100, -400, 30], BACK, simple)).toBe(1)
    expect(zoneIntensity(sphere, [100, -400, 60], BACK, simple)).toBe(0)
  })

  it('throws on a landmark the body does not have', () => {
    const z = zone({ type: 'patch', centre: { landmark: 'no_such_landmark' }, radiusCm: 3, facing: 'any' })
    expect(() => zoneIntensity(z, [0, 0, 0], FRONT, simple)).toThrow(/no_such_landmark/)
  })
})

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
