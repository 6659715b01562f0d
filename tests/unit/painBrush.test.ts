import { describe, expect, it } from 'vitest'
import { kneeCentre, kneeFlexionCentre, ankleCentre } from '../../src/anatomy/body'
import { transformPoint } from '../../src/anatomy/mat4'
import { SITTING, STANDING, stretchPose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { dab, decodeDrawing, encodeDrawing } from '../../src/overlays/pain/brush'
import { HEAT_STOPS, heatColor } from '../../src/overlays/pain/colormap'

/** A strip of vertices along x (mm), all facing +Z, plus one facing −Z at the same place as the first. */
function strip(): { rest: Float32Array; normals: Float32Array } {
  const xs = [0, 10, 20, 30, 40, 50, 60, 0]
  const rest = new Float32Array(xs.flatMap((x) => [x, 0, 0]))
  const normals = new Float32Array(xs.flatMap((_, i) => (i === xs.length - 1 ? [0, 0, -1] : [0, 0, 1])))
  return { rest, normals }
}

describe('pain brush', () => {
  it('paints full strength at the centre, fades at the rim, nothing outside or on skin facing away', () => {
    const { rest, normals } = strip()
    const v = new Float32Array(8)
    const changed = dab(v, rest, normals, [0, 0, 0], [0, 0, 1], 40, 'brush')
    expect(v[0]).toBe(1)
    expect(v[2]).toBe(1) // 20 mm: inside 60% of the radius
    expect(v[3]).toBeGreaterThan(0) // 30 mm: on the soft rim
    expect(v[3]).toBeLessThan(1)
    expect(v[5]).toBe(0) // 50 mm: outside
    expect(v[7]).toBe(0) // same place, facing the other way (the other thigh)
    expect(changed).toBe(4)
  })

  it('never lowers paint when brushing and never raises it when erasing', () => {
    const { rest, normals } = strip()
    const v = new Float32Array(8).fill(0.8)
    dab(v, rest, normals, [60, 0, 0], [0, 0, 1], 25, 'brush')
    expect(v[0]).toBeCloseTo(0.8, 6)
    expect(v[6]).toBe(1)
    dab(v, rest, normals, [0, 0, 0], [0, 0, 1], 25, 'erase')
    expect(v[0]).toBe(0)
    expect(v[1]).toBe(0)
    expect(v[2]).toBe(0) // the whole circle, rim included
    expect(v[3]).toBeCloseTo(0.8, 6)
    expect(v[7]).toBeCloseTo(0.8, 6) // facing away: untouched
  })

  it('stores a drawing in one byte per vertex and refuses one of another size', () => {
    const v = new Float32Array([0, 0.25, 0.5, 1, 0.999])
    const back = decodeDrawing(encodeDrawing(v), 5)!
    for (let i = 0; i < v.length; i++) expect(back[i]).toBeCloseTo(v[i]!, 2)
    expect(decodeDrawing(encodeDrawing(v), 6)).toBeNull()
    expect(decodeDrawing('%%% not base64', 5)).toBeNull()
  })
})

describe('heat colour scale', () => {
  it('runs from the first to the last ColorBrewer stop, getting darker', () => {
    expect(heatColor(0)).toBe(HEAT_STOPS[0])
    expect(heatColor(1)).toBe(HEAT_STOPS[HEAT_STOPS.length - 1])
    const lum = (hex: string) =>
      [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16))
        .reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i]!, 0)
    let last = Infinity
    for (let t = 0; t <= 1.0001; t += 0.1) {
      const l = lum(heatColor(t))
      expect(l).toBeLessThan(last) // monotonic lightness: readable in greyscale and by colour-blind viewers
      last = l
    }
  })
})

describe('knee flexion in the rig (skin joints)', () => {
  it('leaves the shank in place standing, hangs it vertically below the knee sitting, folds it back kneeling', () => {
    for (const side of ['l', 'r'] as const) {
      const ankle = ankleCentre(side)
      const standing = poseTransforms(STANDING)[`shank_${side}`]!
      expect(transformPoint(standing, ankle)).toEqual(ankle)

      const t = poseTransforms(SITTING)
      const knee = transformPoint(t[`femur_${side}`]!, kneeCentre(side))
      const a = transformPoint(t[`shank_${side}`]!, ankle)
      // Thigh level and knee at 90°: the ankle is straight below the knee (within 2 cm).
      expect(Math.hypot(a[0] - knee[0], a[2] - knee[2])).toBeLessThan(20)
      expect(knee[1] - a[1]).toBeGreaterThan(380)
      // The knee's flexion axis (through the femoral condyles, rig.ts) stays on the femur.
      const axis = transformPoint(t[`femur_${side}`]!, kneeFlexionCentre(side))
      expect(transformPoint(t[`shank_${side}`]!, kneeFlexionCentre(side))).toEqual(
        expect.arrayContaining([expect.closeTo(axis[0], 6), expect.closeTo(axis[1], 6), expect.closeTo(axis[2], 6)]),
      )
    }
    // Half-kneeling on the left: the left shin points backwards from the knee.
    const k = poseTransforms(stretchPose('l'))
    const knee = transformPoint(k.femur_l!, kneeCentre('l'))
    const a = transformPoint(k.shank_l!, ankleCentre('l'))
    expect(a[2]).toBeLessThan(knee[2] - 300)
  })
})
