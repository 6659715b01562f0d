import { resolve } from 'node:path'
import { beforeAll } from 'vitest'
import { loadModelFiles } from '../../generator/measure/loadModel'
import { ankleCentre } from '../../src/anatomy/body'
import { painPatternOf } from '../../src/anatomy/painPatterns'
import { type BodyLandmarks } from '../../src/anatomy/painReferences'
import type { PainMuscleId, PainSide } from '../../src/anatomy/painTypes'
import { patternIntensity } from '../../src/anatomy/painZones'
import type { Vec3 } from '../../src/anatomy/types'
import { mirrorX } from '../../src/anatomy/vec'

/**
 * Shared by the tests of the referral patterns on the standing landmarks of the committed bone
 * models (read back with the generator's loader, which is why they live with the generator
 * tests): the landmark table and ways to name a skin point in anatomical terms. The zone maths on
 * synthetic bodies is in tests/unit/painZones.test.ts.
 */

/** Standing landmark positions of the committed bone models, plus the ankle centres (body.ts). */
export let body: BodyLandmarks

/** Load the committed models' landmarks before the calling file's tests. */
export function withCommittedBody(): void {
  beforeAll(async () => {
    const skeleton = await loadModelFiles(resolve(__dirname, '../../public/models'))
    const m = new Map<string, Vec3>([...skeleton.landmarks].map(([id, l]) => [id, l.world]))
    m.set('ankle_centre_l', ankleCentre('l'))
    m.set('ankle_centre_r', ankleCentre('r'))
    body = m
  })
}

export const lm = (id: string): Vec3 => {
  const p = body.get(id)
  if (!p) throw new Error(`no landmark ${id}`)
  return p
}
export const mirror = mirrorX
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** A synthetic skin point with its outward normal. */
export interface SkinPoint {
  readonly p: Vec3
  readonly n: Vec3
}

/**
 * A point on a left limb, `radius` mm from the joint-to-joint line at fraction `t`, in the
 * horizontal direction `deg` (0 front, 90 outside, 180 back, −90 inside). Built independently of
 * the code under test: horizontal offsets from the interpolated joint centres.
 */
export function onLimb(segment: 'thigh' | 'leg', t: number, deg: number, radius: number): SkinPoint {
  const [a, b] = segment === 'thigh' ? ['femoral_head_centre_l', 'knee_centre_l'] : ['knee_centre_l', 'ankle_centre_l']
  const c = lerp(lm(a), lm(b), t)
  const r = (deg * Math.PI) / 180
  const n: Vec3 = [Math.sin(r), 0, Math.cos(r)]
  return { p: [c[0] + n[0] * radius, c[1], c[2] + n[2] * radius], n }
}

/** A point `dx, dy, dz` mm from a landmark, with normal `n`. */
export const near = (id: string, d: Vec3, n: Vec3): SkinPoint => {
  const p = lm(id)
  return { p: [p[0] + d[0], p[1] + d[1], p[2] + d[2]], n }
}

export const BACK: Vec3 = [0, 0, -1]
export const FRONT: Vec3 = [0, 0, 1]
export const OUT: Vec3 = [1, 0, 0]

export const at = (m: PainMuscleId, side: PainSide, s: SkinPoint) =>
  patternIntensity(painPatternOf(m), side, s.p, s.n, body)
export const mirrored = (s: SkinPoint): SkinPoint => ({ p: mirror(s.p), n: mirror(s.n) })
