import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ankleCentre, kneeCentre, SKIN_JOINTS } from '../../src/anatomy/body'
import { KNEE_REACH, SHARE_BOTTOM, SHARE_FADE } from '../../generator/skin/skinWeights'
import { LANDMARKS } from '../../src/anatomy/landmarks'
import { STANDING } from '../../src/anatomy/poses'
import { loadModelFiles, type LoadedSkeleton } from '../../generator/measure/loadModel'
import { loadSkinFile, poseSkin, type LoadedSkin } from '../../generator/skin/loadSkin'
import { measureSitting } from '../../generator/skin/measureSitting'
import { formatSkinReport } from '../../generator/skin/skinReport'

/**
 * The skin's weights, its posing by the rig and its landmark table, read from the committed file
 * (the file and mesh contract is skin.test.ts).
 */
const DIR = resolve('public/models')
const FILE = resolve(DIR, 'skin.glb')

let skin: LoadedSkin
let bones: LoadedSkeleton

beforeAll(async () => {
  skin = await loadSkinFile(FILE)
  bones = await loadModelFiles(DIR)
}, 120_000)

describe('skin weights', () => {
  it('are at most four per vertex, on valid joints, summing to 1', () => {
    for (let v = 0; v < skin.positions.length / 3; v++) {
      let sum = 0
      for (let k = 0; k < 4; k++) {
        const w = skin.weights[v * 4 + k]!
        expect(w).toBeGreaterThanOrEqual(0)
        if (w > 0) expect(skin.joints[v * 4 + k]).toBeLessThan(SKIN_JOINTS.length)
        sum += w
      }
      expect(Math.abs(sum - 1)).toBeLessThan(2e-3)
    }
  })

  const weightOf = (v: number, id: (typeof SKIN_JOINTS)[number]): number => {
    const j = SKIN_JOINTS.indexOf(id)
    let w = 0
    for (let k = 0; k < 4; k++) if (skin.joints[v * 4 + k] === j) w += skin.weights[v * 4 + k]!
    return w
  }

  it('follow the body: legs to their own side, shank below the knee, trunk to the spine, the midline shared by both thighs', () => {
    const knee = kneeCentre('l')[1]
    for (let v = 0; v < skin.positions.length / 3; v++) {
      const [x, y] = [skin.positions[v * 3]!, skin.positions[v * 3 + 1]!]
      const side = x > 0 ? 'l' : 'r'
      const other = x > 0 ? 'r' : 'l'
      if (y < SHARE_BOTTOM - SHARE_FADE) expect(weightOf(v, `femur_${other}`) + weightOf(v, `shank_${other}`)).toBe(0)
      // Beyond the knee's fan the shank alone; within it, over 80 % the shank.
      if (y < knee - KNEE_REACH[1]) expect(weightOf(v, `shank_${side}`)).toBeGreaterThan(0.99)
      if (y < knee - 100) expect(weightOf(v, `shank_${side}`), `${x}, ${y}`).toBeGreaterThan(0.8)
      // The thigh mostly its own: the least is 0.67, on the inner thigh 30 mm under the crotch,
      // where the 80 mm midline share still gives a third to the other thigh.
      if (y > -300 && y < -150) expect(weightOf(v, `femur_${side}`)).toBeGreaterThan(0.65)
      if (y > 330) expect(weightOf(v, 't12')).toBeGreaterThan(0.99)
      // On the midline (perineum, natal cleft) both thighs pull equally: no seam down the middle.
      if (Math.abs(x) < 1 && y > -90 && y < 0)
        expect(Math.abs(weightOf(v, 'femur_l') - weightOf(v, 'femur_r')), `${x}, ${y}`).toBeLessThan(0.05)
    }
  })

  it('change smoothly along every edge (no seams): at most 0.06 per mm', () => {
    let worst = 0
    for (let t = 0; t < skin.indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = skin.indices[t + e]!
        const b = skin.indices[t + ((e + 1) % 3)]!
        const len = Math.hypot(
          skin.positions[a * 3]! - skin.positions[b * 3]!,
          skin.positions[a * 3 + 1]! - skin.positions[b * 3 + 1]!,
          skin.positions[a * 3 + 2]! - skin.positions[b * 3 + 2]!,
        )
        for (const id of SKIN_JOINTS) worst = Math.max(worst, Math.abs(weightOf(a, id) - weightOf(b, id)) / len)
      }
    }
    expect(worst).toBeLessThan(0.06)
  })
})

describe('posed with the rig (dual-quaternion skinning)', () => {
  it('standing: posed equals rest', () => {
    const posed = poseSkin(skin, STANDING)
    for (let i = 0; i < posed.length; i++) expect(Math.abs(posed[i]! - skin.positions[i]!)).toBeLessThan(1e-6)
  })

  it('sitting: shanks hang vertically below the knees, feet in front of the hips, nothing flies off', () => {
    const rows = measureSitting(skin, bones)
    expect(
      rows.filter((r) => !r.ok),
      formatSkinReport(rows),
    ).toEqual([])
    expect(rows.length).toBe(7)
  })
})

describe('landmarks carried on the skin node', () => {
  it('include every landmark of the bone files and the ankle centres, in standing mm', () => {
    const lm = skin.extras.landmarks
    for (const l of LANDMARKS) {
      expect(lm[l.id], l.id).toBeDefined()
      const w = bones.landmarks.get(l.id)!.world
      for (let k = 0; k < 3; k++) expect(Math.abs(lm[l.id]![k]! - w[k]!), l.id).toBeLessThan(0.2)
    }
    for (const s of ['l', 'r'] as const)
      expect(lm[`ankle_centre_${s}`]).toEqual([...ankleCentre(s)].map((v) => Math.round(v * 10) / 10))
    expect(skin.extras.frame).toMatch(/mm, standing/)
  })
})
