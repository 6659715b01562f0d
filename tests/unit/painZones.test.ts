import { describe, expect, it } from 'vitest'
import type { PainZone } from '../../src/anatomy/painTypes'
import { facingWeight } from '../../src/anatomy/painReferences'
import { zoneIntensity } from '../../src/anatomy/painZoneShapes'
import type { BodyLandmarks } from '../../src/anatomy/painReferences'
import { smoothstep } from '../../src/anatomy/scalar'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * The zone maths on synthetic bodies. The patterns on the committed models' landmarks are in
 * tests/generator/painOnModels.test.ts (reading the models is the generator's side).
 */

const BACK: Vec3 = [0, 0, -1]
const FRONT: Vec3 = [0, 0, 1]

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
