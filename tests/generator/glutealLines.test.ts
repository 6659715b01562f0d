import { describe, expect, it } from 'vitest'
import { HIP_BONE_GEOMETRY, hipBoneSdf } from '../../generator/bones/hipBone'
import type { Vec3 } from '../../src/anatomy/types'
import { add, cross, normalize, scale, sub } from '../../src/anatomy/vec'

/**
 * The gluteal lines, read from the hip bone's distance field: along the wing's outward normal, the
 * outer surface over the middle of each line stands proud of the surface either side of it. The
 * wing is curved and slopes against that normal, so the surface 7 and 10 mm to each side is fitted
 * with an even quadratic (which takes out both the slope and the bend) and the line's rise is read
 * against that fit.
 */
const W = HIP_BONE_GEOMETRY.wingNormal

/** How far out along the wing's normal from `p` the outer (gluteal) surface lies, mm. */
function outerSurface(p: Vec3): number {
  // From well outside, step in until inside the bone, then halve the last step down to 0.01 mm.
  let out = 40
  let inside = out
  for (let t = out; t > -40; t -= 0.5) {
    if (hipBoneSdf(...add(p, scale(W, t))) < 0) {
      inside = t
      out = t + 0.5
      break
    }
  }
  for (let k = 0; k < 6; k++) {
    const m = (out + inside) / 2
    if (hipBoneSdf(...add(p, scale(W, m))) < 0) inside = m
    else out = m
  }
  return (out + inside) / 2
}

describe('hip bone: the gluteal lines', () => {
  it.each([
    ['posterior', 0],
    ['anterior', 1],
    ['inferior', 2],
  ] as const)('the %s line stands 0.5–1.2 mm proud of the outer wing beside it', (_name, k) => {
    const pts = HIP_BONE_GEOMETRY.glutealLines[k]!
    const i = Math.floor((pts.length - 1) / 2)
    const p = pts[i]!
    // Across the line, in the wing's plane.
    const along = normalize(sub(pts[i + 1]!, pts[i - 1]!))
    const across = normalize(cross(W, along))
    const at = (d: number) => outerSurface(add(p, scale(across, d)))
    // f(d) = a + c·d² through the means at ±7 and ±10 mm (the odd part, the slope, cancels).
    const e7 = (at(-7) + at(7)) / 2
    const e10 = (at(-10) + at(10)) / 2
    const c = (e10 - e7) / (100 - 49)
    const rise = at(0) - (e7 - 49 * c)
    expect(rise).toBeGreaterThan(0.5)
    expect(rise).toBeLessThan(1.2)
  })
})
