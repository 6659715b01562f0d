import { beforeAll, describe, expect, it } from 'vitest'
import { loadModelFiles, type LoadedSkeleton } from '../../generator/measure/loadModel'
import { invertRigid, transformPoint, type Mat4 } from '../../src/anatomy/mat4'
import { STRANDS } from '../../src/anatomy/muscles'
import { polylineLength, strandPath, strandRadius } from '../../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, lerpPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'
import { MUSCLE_SIZE_RANGES, type MuscleSizeRange } from '../../src/anatomy/muscleSize'
import { createMuscleMeshes } from '../../src/scene/muscles/muscleMeshes'
import { fanThickness, horizontalSection } from './bellyMeasure'
import { REACH, boxDistance, buildGrid, inside, meshDistance, type BoneGrid } from './boneGrid'

/**
 * The muscle strands against the generated bone meshes: attachments sit on their painted regions,
 * and no posed centreline passes through bone. Bones are queried in their own standing frame (the
 * sample point is taken back by the inverse pose transform), which is the same test as moving every
 * vertex by the pose transform, without rebuilding the acceleration grids per pose.
 */

/** Centreline spacing and the stretch at each end that lies on the attachment surface. */
const STEP = 2
const END_SKIP = 6

/** Centreline samples every ~STEP mm, skipping END_SKIP mm at each end, with their fraction along the path. */
function samples(path: readonly Vec3[]): { p: Vec3; u: number }[] {
  const length = polylineLength(path)
  const out: { p: Vec3; u: number }[] = []
  let travelled = 0
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!
    const b = path[i]!
    const seg = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
    const n = Math.max(1, Math.ceil(seg / STEP))
    for (let k = i === 1 ? 0 : 1; k <= n; k++) {
      const d = travelled + (seg * k) / n
      if (d < END_SKIP || d > length - END_SKIP) continue
      const f = k / n
      out.push({ p: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f], u: d / length })
    }
    travelled += seg
  }
  return out
}

const POSES: Record<string, Pose> = {
  standing: STANDING,
  sitting: SITTING,
  stretch_l: stretchPose('l'),
  stretch_r: stretchPose('r'),
  stretch_both: stretchPose('both'),
  flex0: hipFlexionPose(0),
  flex30: hipFlexionPose(30),
  flex60: hipFlexionPose(60),
  flex90: hipFlexionPose(90),
  // The app animates through these: check halfway too.
  half_sitting: lerpPose(STANDING, SITTING, 0.5),
  half_stretch: lerpPose(STANDING, stretchPose('both'), 0.5),
}

let skeleton: LoadedSkeleton
let grids: BoneGrid[]

beforeAll(async () => {
  skeleton = await loadModelFiles('public/models')
  grids = [...skeleton.structures.values()].map(buildGrid)
})

describe('muscle attachments on the models', () => {
  /** Distance from p to the nearest vertex carrying region `region` on structure `bone`. */
  function distanceToRegion(bone: string, region: string, p: Vec3): number {
    const s = skeleton.structures.get(bone)
    if (!s) throw new Error(`no structure ${bone}`)
    const code = s.regionIds.indexOf(region) + 1
    if (code === 0 || !s.regions) throw new Error(`${bone} has no region ${region}`)
    let best = Infinity
    for (let i = 0; i < s.regions.length; i++) {
      if (s.regions[i] !== code) continue
      best = Math.min(best, Math.hypot(s.world[i * 3]! - p[0], s.world[i * 3 + 1]! - p[1], s.world[i * 3 + 2]! - p[2]))
    }
    return best
  }

  it('puts every origin and insertion within 3 mm of its attachment region', () => {
    for (const s of STRANDS) {
      const origin = s.points[0]!
      const insertion = s.points[s.points.length - 1]!
      expect(distanceToRegion(origin.bone, s.originRegion, origin.p), `${s.id} origin`).toBeLessThan(3)
      expect(distanceToRegion(insertion.bone, s.insertionRegion, insertion.p), `${s.id} insertion`).toBeLessThan(3)
    }
  })

  it('puts the wrap sphere on the femoral head centre', () => {
    for (const side of ['l', 'r'] as const) {
      const head = skeleton.landmarks.get(`femoral_head_centre_${side}`)!.world
      for (const s of STRANDS.filter((x) => x.side === side)) {
        expect(
          Math.hypot(...([0, 1, 2].map((k) => s.wrap!.centre[k]! - head[k]!) as [number, number, number])),
        ).toBeLessThan(1)
      }
    }
  })
})

describe('muscle clearance', () => {
  it('keeps every posed centreline out of bone, at least half its local radius clear', () => {
    const standingLength = new Map(STRANDS.map((s) => [s.id, polylineLength(strandPath(s, poseTransforms(STANDING)))]))
    const failures: string[] = []
    let checked = 0
    let tightest = { margin: Infinity, where: '' }
    for (const [poseName, pose] of Object.entries(POSES)) {
      const transforms = poseTransforms(pose)
      const back = new Map<string, Mat4>(grids.map((g) => [g.id, invertRigid(transforms[g.id]!)]))
      for (const s of STRANDS) {
        const path = strandPath(s, transforms)
        const length = polylineLength(path)
        for (const { p, u } of samples(path)) {
          const need = 0.5 * strandRadius(s, u, length, standingLength.get(s.id)!)
          for (const g of grids) {
            const q = transformPoint(back.get(g.id)!, p)
            if (boxDistance(g, q) > REACH) continue
            checked++
            const where = `${poseName} ${s.id} u=${u.toFixed(2)} at ${p.map((v) => v.toFixed(0)).join(',')} vs ${g.id}`
            if (inside(g, q)) {
              failures.push(`${where}: inside bone`)
              continue
            }
            const d = meshDistance(g, q, need + 1)
            if (d - need < tightest.margin) tightest = { margin: d - need, where }
            if (d < need) failures.push(`${where}: ${d.toFixed(1)} mm clear, needs ${need.toFixed(1)}`)
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000) // the samples really reached the bones
    expect(failures.slice(0, 20)).toEqual([])
    expect(tightest.margin).toBeGreaterThan(0)
  })

  it('detects a strand forced through bone (the check can fail)', () => {
    // A straight line from the L3 body's origin to the insertion cuts through the pelvis.
    const s = STRANDS.find((x) => x.id === 'psoas_major_l:l3_body')!
    const straight = [s.points[0]!.p, s.points[s.points.length - 1]!.p]
    const hits = samples(straight).filter(({ p }) => grids.some((g) => inside(g, p)))
    expect(hits.length).toBeGreaterThan(3)
  })
})

describe('muscle surfaces (what the app draws) against the bones', () => {
  it('keeps every vertex of every surface out of bone, or less than 1 mm in, in every pose', () => {
    const meshes = createMuscleMeshes()
    const failures: string[] = []
    let deepest = { depth: 0, where: '' }
    let checked = 0
    for (const [poseName, pose] of Object.entries(POSES)) {
      const transforms = poseTransforms(pose)
      meshes.update(transforms, 'both')
      const back = new Map<string, Mat4>(grids.map((g) => [g.id, invertRigid(transforms[g.id]!)]))
      for (const b of meshes.bellies) {
        const pos = b.mesh.geometry.attributes.position!.array
        for (let v = 0; v < pos.length / 3; v++) {
          const p: Vec3 = [pos[v * 3]! * 1000, pos[v * 3 + 1]! * 1000, pos[v * 3 + 2]! * 1000]
          for (const g of grids) {
            const q = transformPoint(back.get(g.id)!, p)
            if (boxDistance(g, q) > 0) continue
            checked++
            if (!inside(g, q)) continue
            const depth = meshDistance(g, q, 30)
            const where = `${poseName} ${b.muscle} vertex ${v} in ${g.id}`
            if (depth > deepest.depth) deepest = { depth, where }
            if (depth > 1) failures.push(`${where}: ${depth.toFixed(1)} mm deep`)
          }
        }
      }
    }
    meshes.dispose()
    expect(checked).toBeGreaterThan(10_000)
    expect(failures.slice(0, 20)).toEqual([])
    expect(deepest.depth).toBeLessThan(1)
  })
})

describe('muscle surface sizes against published ranges', () => {
  const meshes = createMuscleMeshes()
  const within = (x: number, r: MuscleSizeRange, what: string) => {
    expect(r.source.ref.length, what).toBeGreaterThan(0)
    expect(x, `${what} ${x.toFixed(1)} ${r.unit}`).toBeGreaterThanOrEqual(r.min)
    expect(x, `${what} ${x.toFixed(1)} ${r.unit}`).toBeLessThanOrEqual(r.max)
  }

  it('gives the psoas a published width and cross-section at the L4–L5 disc', () => {
    // The disc's level: halfway between the L4 and L5 body centres (standing, as an MRI is taken lying straight).
    const y =
      (skeleton.landmarks.get('l4_body_centre')!.world[1]! + skeleton.landmarks.get('l5_body_centre')!.world[1]!) / 2
    for (const b of meshes.bellies.filter((x) => x.muscle.startsWith('psoas'))) {
      const g = b.mesh.geometry
      const cut = horizontalSection(g.attributes.position!.array, g.index!.array, y)
      expect(cut.segments, b.muscle).toBeGreaterThan(10) // one section, cut all round
      within(cut.areaCm2, MUSCLE_SIZE_RANGES.psoasCsaL4L5, `${b.muscle} CSA`)
      within(cut.widthMm, MUSCLE_SIZE_RANGES.psoasWidthL4L5, `${b.muscle} width`)
    }
  })

  it('gives the iliacus a published thickness all over the fossa, origin line to brim', () => {
    for (const b of meshes.bellies.filter((x) => x.muscle.startsWith('iliacus'))) {
      const pos = b.mesh.geometry.attributes.position!.array
      // From a fifth of the way down (the fibres have left the crest) to the brim.
      for (let k = Math.round(b.layout.kneeStation * 0.2); k <= b.layout.kneeStation; k++)
        within(fanThickness(pos, k, b.layout.sides), MUSCLE_SIZE_RANGES.iliacusThickness, `${b.muscle} station ${k}`)
    }
  })

  it('measures a section that can fail: a plane through nothing has no area', () => {
    const g = meshes.bellies[0]!.mesh.geometry
    expect(horizontalSection(g.attributes.position!.array, g.index!.array, 2000).areaCm2).toBe(0)
  })
})
