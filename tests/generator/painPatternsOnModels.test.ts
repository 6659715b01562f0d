import { describe, expect, it } from 'vitest'
import { painPatternOf, PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import { mirroredLandmarks } from '../../src/anatomy/painReferences'
import { patternEvaluator, patternIntensity } from '../../src/anatomy/painZones'
import type { Vec3 } from '../../src/anatomy/types'
import {
  BACK,
  FRONT,
  OUT,
  at,
  body,
  lm,
  mirror,
  mirrored,
  near,
  onLimb,
  withCommittedBody,
  type SkinPoint,
} from './committedBody'

/** The referral patterns evaluated at anatomical points on the committed models. */
withCommittedBody()

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

  it('iliopsoas: the midline over the spine stays bare on every side; Both shows two bands either side of it', () => {
    const l3 = lm('l3_spinous_tip')
    for (const y of [lm('t12_spinous_tip')[1] - 20, l3[1], lm('l5_spinous_tip')[1]]) {
      const mid: SkinPoint = { p: [0, y, l3[2] - 30], n: BACK }
      for (const side of ['l', 'r', 'both'] as const)
        expect(at('iliopsoas', side, mid).essential, `${side} ${y}`).toBe(0)
      const beside: SkinPoint = { p: [28, y, l3[2] - 30], n: BACK }
      expect(at('iliopsoas', 'both', beside).essential, `${y}`).toBeGreaterThan(0.8)
      expect(at('iliopsoas', 'both', mirrored(beside)).essential, `${y}`).toBeGreaterThan(0.8)
    }
    // 7.5 cm out the single-side band is gone, the both-sides band still covers it.
    const wide: SkinPoint = { p: [75, l3[1], -110], n: BACK }
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
