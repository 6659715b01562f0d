import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSkinFile } from '../../generator/skin/loadSkin'
import { PAIN_PATTERNS } from '../../src/anatomy/painPatterns'
import { facingVector, pointOf } from '../../src/anatomy/painReferences'
import type { Vec3 } from '../../src/anatomy/types'
import { mirrorX } from '../../src/anatomy/vec'
import { createMuscleMeshes } from '../../src/scene/muscles/muscleMeshes'
import { muscleTriggerSurface } from '../../src/scene/muscles/muscleTriggerSurface'
import type { TriggerSurface } from '../../src/overlays/pain/triggerSurface'
import { poseTransforms } from '../../src/anatomy/rig'
import { SITTING } from '../../src/anatomy/poses'

/**
 * The iliopsoas trigger points on the muscles the scene draws: each lands on the muscle the chart
 * puts it in, at the level the chart gives, on the side it is felt from, and rides with the muscle.
 */
const meshes = createMuscleMeshes()
const surface: TriggerSurface = muscleTriggerSurface(meshes)
let landmarks: Map<string, Vec3>
beforeAll(async () => {
  const skin = await loadSkinFile(resolve('public/models/skin.glb'))
  landmarks = new Map(Object.entries(skin.extras.landmarks))
}, 60_000)
afterAll(() => meshes.dispose())

const iliopsoas = PAIN_PATTERNS.find((p) => p.muscle === 'iliopsoas')!
const tp = (id: string) => iliopsoas.triggerPoints.find((t) => t.id === id)!
const lm = (id: string): Vec3 => landmarks.get(id)!

function anchored(id: string, side: 'l' | 'r') {
  const t = tp(id)
  const left = pointOf(t.at, landmarks)
  const a = surface.anchor(
    iliopsoas.sceneMuscles.filter((m) => m.endsWith(`_${side}`)),
    side === 'l' ? left : mirrorX(left),
    facingVector(t.facing, side) ?? null,
  )
  expect(a, id).not.toBeNull()
  return { anchor: a!, ...surface.place(a!) }
}

describe('iliopsoas trigger points on the muscle surfaces', () => {
  it('psoas point: on the psoas, between the L3 and L5 bodies in height, on its front', () => {
    const { anchor, p, n } = anchored('IP-T1', 'l')
    expect(anchor.muscle).toBe('psoas_major_l')
    expect(p[1]).toBeLessThan(lm('l3_body_centre')[1] + 10)
    expect(p[1]).toBeGreaterThan(lm('l5_body_centre')[1])
    // On the front half of the belly at that height, facing forwards (+z is anterior).
    const psoas = meshes.bellies.find((b) => b.muscle === 'psoas_major_l')!
    const xyz = psoas.mesh.geometry.attributes.position!.array
    let z = 0
    let count = 0
    for (let i = 0; i < xyz.length; i += 3) {
      if (Math.abs(xyz[i + 1]! * 1000 - p[1]) > 10) continue
      z += xyz[i + 2]! * 1000
      count++
    }
    expect(count).toBeGreaterThan(10)
    expect(p[2]).toBeGreaterThan(z / count + 5)
    expect(n[2]).toBeGreaterThan(0.35)
  })

  it('iliacus point: on the iliacus, inside the crest behind the ASIS', () => {
    const { anchor, p } = anchored('IP-T2', 'l')
    expect(anchor.muscle).toBe('iliacus_l')
    const asis = lm('asis_l')
    expect(Math.hypot(p[0] - asis[0], p[1] - asis[1], p[2] - asis[2])).toBeLessThan(60)
    expect(p[2]).toBeLessThan(asis[2])
  })

  it('distal point: on the muscle in front of the hip joint, below the head centre, near the chart site', () => {
    const { p } = anchored('IP-T3', 'l')
    const head = lm('femoral_head_centre_l')
    const site = pointOf(tp('IP-T3').at, landmarks)
    // The femoral head is about 23 mm in radius: the tendon lies in front of it and its capsule.
    expect(p[2]).toBeGreaterThan(head[2] + 23)
    expect(p[1]).toBeLessThan(head[1])
    // The chart site is where the finger presses; the muscle lies 2–3 cm deep in the femoral
    // triangle (measured: 22 mm from the site to the cross).
    expect(Math.hypot(p[0] - site[0], p[1] - site[1], p[2] - site[2])).toBeLessThan(30)
  })

  it('the right side mirrors the left, and a cross rides with its muscle as the body sits', () => {
    const l = anchored('IP-T1', 'l')
    const r = anchored('IP-T1', 'r')
    expect(r.anchor.muscle).toBe('psoas_major_r')
    expect(Math.abs(r.p[0] + l.p[0])).toBeLessThan(3)
    const d = anchored('IP-T3', 'l')
    meshes.update(poseTransforms(SITTING), 'both')
    const sat = surface.place(d.anchor)
    // The femoral triangle swings forward and up with the thigh and pelvis.
    expect(Math.hypot(sat.p[0] - d.p[0], sat.p[1] - d.p[1], sat.p[2] - d.p[2])).toBeGreaterThan(10)
  })
})
