import { describe, expect, it } from 'vitest'
import type { PainPattern, PainZone } from '../../src/anatomy/painTypes'
import { facingWeight } from '../../src/anatomy/painReferences'
import { zoneIntensity } from '../../src/anatomy/painZoneShapes'
import type { BodyLandmarks } from '../../src/anatomy/painReferences'
import { patternIntensity } from '../../src/anatomy/painZones'
import { smoothstep } from '../../src/anatomy/scalar'
import type { Vec3 } from '../../src/anatomy/types'

/**
 * The zone maths on synthetic bodies. The patterns on the committed models' landmarks are in
 * tests/generator/painOnModels.test.ts (reading the models is the generator's side).
 */

const BACK: Vec3 = [0, 0, -1]
const FRONT: Vec3 = [0, 0, 1]
const OUT: Vec3 = [1, 0, 0]

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

describe('strips, ovals and limb strips (the chart-shaped vocabulary)', () => {
  // A flat back at z = −100 and a straight vertical limb (thigh 400 mm, leg 400 mm) at x = 100.
  const body: BodyLandmarks = new Map<string, Vec3>([
    ['femoral_head_centre_l', [100, 0, 0]],
    ['knee_centre_l', [100, -400, 0]],
    ['ankle_centre_l', [100, -800, 0]],
    ['spine', [0, 300, -100]],
    ['pubic_tubercle_l', [20, -10, 40]],
    ['pubic_symphysis', [0, -25, 35]],
    ['coccyx_tip', [0, -30, -55]],
  ])
  const zone = (shape: PainZone['shape'], edgeCm = 2): PainZone => ({
    id: 'z',
    kind: 'essential',
    label: 'test',
    shape,
    weight: 1,
    edgeCm,
    sources: ['TP101'],
  })
  const back = (xMm: number, yMm: number): Vec3 => [xMm, yMm, -100]

  // A band beside the spine: centre 3 cm out, from the landmark down 20 cm, 1 cm half-width at
  // the top widening to 3 cm at the bottom, no paint within 1 cm of the midline.
  const paraspinal = zone(
    {
      type: 'strip',
      facing: 'posterior',
      midlineGapCm: 1,
      path: [
        { at: { landmark: 'spine', offsetCm: [3, 0, 0] }, halfWidthCm: 1 },
        { at: { landmark: 'spine', offsetCm: [3, -10, 0] }, halfWidthCm: 2 },
        { at: { landmark: 'spine', offsetCm: [3, -20, 0] }, halfWidthCm: 3 },
      ],
    },
    2,
  )

  it('strip: 1 on its centre curve, 0 beyond half-width + edge, ½ half-way through the edge', () => {
    for (const y of [300, 250, 200, 150, 100])
      expect(zoneIntensity(paraspinal, back(30, y), BACK, body), `${y}`).toBe(1)
    // At the middle node the half-width is 2 cm: 2 + 2 cm out is 0, 2 + 1 cm out is ½.
    expect(zoneIntensity(paraspinal, back(30 + 40, 200), BACK, body)).toBe(0)
    expect(zoneIntensity(paraspinal, back(30 + 30, 200), BACK, body)).toBeCloseTo(0.5, 6)
    // Past the rounded ends.
    expect(zoneIntensity(paraspinal, back(30, 300 + 10 + 20), BACK, body)).toBe(0)
    expect(zoneIntensity(paraspinal, back(30, 100 - 30 - 20), BACK, body)).toBe(0)
    // Depth does not matter (measured across the facing); facing does.
    expect(zoneIntensity(paraspinal, [30, 200, -160], BACK, body)).toBe(1)
    expect(zoneIntensity(paraspinal, [30, 200, 100], FRONT, body)).toBe(0)
  })

  it('strip: tapers from its narrow end to its wide end', () => {
    // 1.8 cm from the centre line: outside the 1 cm top, inside the 3 cm bottom.
    const top = zoneIntensity(paraspinal, back(30 + 18, 290), BACK, body)
    const bottom = zoneIntensity(paraspinal, back(30 + 18, 110), BACK, body)
    expect(bottom).toBe(1)
    expect(top).toBeLessThan(0.9)
    // The width where it falls to ½ grows steadily down the strip.
    const halfWidthAt = (y: number) => {
      let x = 30
      while (zoneIntensity(paraspinal, back(x, y), BACK, body) > 0.5) x += 1
      return x - 30
    }
    const widths = [290, 250, 200, 150, 110].map(halfWidthAt)
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!)
  })

  it('strip: the midline gap is 0 on every side choice, the band lit just beside it', () => {
    const pattern: PainPattern = {
      muscle: 'iliopsoas',
      name: 't',
      sceneMuscles: [],
      zones: [paraspinal],
      triggerPoints: [],
      summary: 't',
      sources: ['TP101'],
    }
    for (const side of ['l', 'r', 'both'] as const) {
      expect(patternIntensity(pattern, side, back(0, 150), BACK, body).essential, side).toBe(0)
      expect(patternIntensity(pattern, side, back(side === 'r' ? -5 : 5, 150), BACK, body).essential, side).toBe(0)
    }
    // Both: two bands with bare skin between them.
    expect(patternIntensity(pattern, 'both', back(30, 150), BACK, body).essential).toBe(1)
    expect(patternIntensity(pattern, 'both', back(-30, 150), BACK, body).essential).toBe(1)
    // 2 cm out (past the 1 cm gap and its 1 cm fade), the wide lower band is at full strength.
    expect(patternIntensity(pattern, 'both', back(20, 150), BACK, body).essential).toBe(1)
  })

  it('oval: elongated along its axis (towards the second point), round caps of the right size', () => {
    const o = zone(
      {
        type: 'oval',
        centre: { landmark: 'spine', offsetCm: [5, -10, 0] },
        towards: { landmark: 'spine', offsetCm: [10, -5, 0] }, // axis at 45°, up and out
        alongCm: 6,
        acrossCm: 2,
        facing: 'posterior',
      },
      2,
    )
    const c = [50, 200]
    const d = 50 / Math.SQRT2 // 5 cm along a 45° direction, in mm per axis
    // 5 cm along the axis: inside; 5 cm across it: outside (2 + 2 cm edge).
    expect(zoneIntensity(o, back(c[0]! + d, c[1]! + d), BACK, body)).toBe(1)
    expect(zoneIntensity(o, back(c[0]! - d, c[1]! - d), BACK, body)).toBe(1)
    expect(zoneIntensity(o, back(c[0]! + d, c[1]! - d), BACK, body)).toBe(0)
    // On the axes the edge is exact: 1 cm past the end is ½, 1 cm past the side is ½.
    const e = 70 / Math.SQRT2
    expect(zoneIntensity(o, back(c[0]! + e, c[1]! + e), BACK, body)).toBeCloseTo(0.5, 6)
    const s = 30 / Math.SQRT2
    expect(zoneIntensity(o, back(c[0]! - s, c[1]! + s), BACK, body)).toBeCloseTo(0.5, 6)
    expect(zoneIntensity(o, [c[0]!, c[1]!, 100], FRONT, body)).toBe(0)
  })

  it('limb strip: 1 on its curve down thigh and leg, 0 beyond half-width + edge, measured as arc on the limb', () => {
    // Lateral (90°) from a third down the thigh to near the ankle, 3 cm half-width, 2 at the ankle.
    const z = zone(
      {
        type: 'limbStrip',
        path: [
          { segment: 'thigh', along: 0.3, aroundDeg: 90, halfWidthCm: 3 },
          { segment: 'leg', along: 0.5, aroundDeg: 90, halfWidthCm: 3 },
          { segment: 'leg', along: 0.95, aroundDeg: 90, halfWidthCm: 2 },
        ],
      },
      2,
    )
    const pt = (y: number, deg: number, r: number): Vec3 => [
      100 + r * Math.sin((deg * Math.PI) / 180),
      y,
      r * Math.cos((deg * Math.PI) / 180),
    ]
    for (const y of [-120, -300, -420, -600, -780]) expect(zoneIntensity(z, pt(y, 90, 60), OUT, body), `${y}`).toBe(1)
    // At the knee, 4 cm of arc beyond the 3 cm half-width: ½ past 1 cm, 0 past 2 cm.
    const deg = (arcMm: number, r: number) => 90 - (arcMm / r) * (180 / Math.PI)
    expect(zoneIntensity(z, pt(-420, deg(40, 60), 60), OUT, body)).toBeCloseTo(0.5, 2)
    expect(zoneIntensity(z, pt(-420, deg(50, 60), 60), OUT, body)).toBe(0)
    // The same arc on a thicker limb gives the same value (distance on the skin, not an angle).
    expect(zoneIntensity(z, pt(-420, deg(40, 90), 90), OUT, body)).toBeCloseTo(0.5, 2)
    // The front and the back of the limb, and above the strip's top, stay clear.
    expect(zoneIntensity(z, pt(-300, 0, 60), FRONT, body)).toBe(0)
    expect(zoneIntensity(z, pt(-300, 180, 60), BACK, body)).toBe(0)
    expect(zoneIntensity(z, pt(-120 + 30 + 20 + 5, 90, 60), OUT, body)).toBe(0)
  })

  it('limb strip: a ribbon that turns round the limb follows its nodes (the sartorius course)', () => {
    const z = zone({
      type: 'limbStrip',
      path: [
        { segment: 'thigh', along: 0, aroundDeg: 30, halfWidthCm: 2 },
        { segment: 'thigh', along: 1, aroundDeg: -110, halfWidthCm: 2 },
      ],
    })
    const pt = (t: number, deg: number): Vec3 => [
      100 + 80 * Math.sin((deg * Math.PI) / 180),
      -400 * t,
      80 * Math.cos((deg * Math.PI) / 180),
    ]
    expect(zoneIntensity(z, pt(0, 30), [0, 0, 0], body)).toBe(1)
    expect(zoneIntensity(z, pt(0.5, -40), [0, 0, 0], body)).toBe(1)
    expect(zoneIntensity(z, pt(1, -110), [0, 0, 0], body)).toBe(1)
    expect(zoneIntensity(z, pt(1, 30), [0, 0, 0], body)).toBe(0)
    expect(zoneIntensity(z, pt(0.2, 150), [0, 0, 0], body)).toBe(0)
  })
})
