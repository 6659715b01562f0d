import { describe, expect, it } from 'vitest'
import { STRUCTURES } from '../../src/anatomy'
import { IDENTITY } from '../../src/anatomy/mat4'
import { MUSCLES, MUSCLE_LINES, STRANDS, WRAP_RADIUS, type StrandDef } from '../../src/anatomy/muscles'
import { muscleLengths, polylineLength, strandPath, strandRadius } from '../../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'
import { distance } from '../../src/anatomy/vec'

const standing = muscleLengths(STANDING)
const sitting = muscleLengths(SITTING)
const stretch = muscleLengths(stretchPose('both'))

describe('strand definitions', () => {
  it('have unique ids, a source, a label and bones we model', () => {
    expect(new Set(STRANDS.map((s) => s.id)).size).toBe(STRANDS.length)
    const bones = new Set(STRUCTURES.map((s) => s.id))
    for (const s of STRANDS) {
      expect(s.id).toBe(`${s.muscle}:${s.strand}`)
      expect(s.source.ref.length, s.id).toBeGreaterThan(10)
      expect(s.label.length, s.id).toBeGreaterThan(3)
      expect(s.muscle.endsWith(`_${s.side}`)).toBe(true)
      expect(s.points.length, s.id).toBeGreaterThanOrEqual(3)
      for (const p of s.points) expect(bones, `${s.id} ${p.bone}`).toContain(p.bone)
      expect(s.points[s.points.length - 1]!.bone).toBe(`femur_${s.side}`)
      expect(s.wrap?.bone).toBe(`hip_bone_${s.side}`)
    }
  })

  it('give psoas major 10 strands and iliacus 4 per side, matching MUSCLES', () => {
    expect(MUSCLES.map((m) => m.id).sort()).toEqual(['iliacus_l', 'iliacus_r', 'psoas_major_l', 'psoas_major_r'])
    for (const m of MUSCLES) {
      const strands = STRANDS.filter((s) => s.muscle === m.id)
      expect(strands.length, m.id).toBe(m.id.startsWith('psoas') ? 10 : 4)
      expect(strands.every((s) => s.side === m.side)).toBe(true)
    }
    const psoas = STRANDS.filter((s) => s.muscle === 'psoas_major_l').map((s) => s.strand)
    expect(psoas).toEqual(expect.arrayContaining(['t12_body', 'l4_body', 'l1_transverse', 'l5_transverse']))
  })

  it('mirror the left side onto the right', () => {
    for (const l of STRANDS.filter((s) => s.side === 'l')) {
      const r = STRANDS.find((s) => s.id === l.id.replace('_l:', '_r:'))!
      l.points.forEach((p, i) => expect(r.points[i]!.p).toEqual([-p.p[0], p.p[1], p.p[2]]))
      expect(standing.strands[r.id]).toBeCloseTo(standing.strands[l.id]!, 9)
    }
  })

  it('size the bellies as published: psoas 8–10 mm, iliacus 6–9 mm, tendons 3–4 mm', () => {
    for (const s of STRANDS) {
      const belly = Math.max(...s.radiusProfile)
      const [lo, hi] = s.muscle.startsWith('psoas') ? [8, 10] : [6, 9]
      expect(belly, s.id).toBeGreaterThanOrEqual(lo)
      expect(belly, s.id).toBeLessThanOrEqual(hi)
      expect(s.radiusProfile[s.radiusProfile.length - 1], s.id).toBeGreaterThanOrEqual(3)
      expect(s.radiusProfile[s.radiusProfile.length - 1], s.id).toBeLessThanOrEqual(4)
      expect(Math.min(...s.radiusProfile), s.id).toBeGreaterThan(0)
    }
  })

  it('keep every point outside its wrap sphere, so the tangent construction always applies', () => {
    for (const s of STRANDS)
      for (const p of s.points) expect(distance(p.p, s.wrap!.centre), s.id).toBeGreaterThan(WRAP_RADIUS + 5)
  })
})

describe('strandPath wrapping', () => {
  const sphere = { bone: 'b', centre: [0, 0, 0] as Vec3, radius: 10 }
  const def = (points: Vec3[]): StrandDef => ({
    id: 'x:y',
    muscle: 'psoas_major_l',
    strand: 'y',
    label: 'y',
    side: 'l',
    points: points.map((p) => ({ bone: 'b', p })),
    wrap: sphere,
    originRegion: '',
    insertionRegion: '',
    radiusProfile: [1, 1],
    source: { ref: 'test' },
  })
  const t = { b: IDENTITY }

  it('goes round the sphere with the analytic length: two tangents plus the arc', () => {
    const a: Vec3 = [0, 30, 5]
    const b: Vec3 = [0, -20, 8]
    const path = strandPath(def([a, b]), t)
    const la = distance(a, [0, 0, 0])
    const lb = distance(b, [0, 0, 0])
    const theta = Math.acos((a[1] * b[1] + a[2] * b[2]) / (la * lb))
    const arc = 10 * (theta - Math.acos(10 / la) - Math.acos(10 / lb))
    const expected = Math.sqrt(la * la - 100) + Math.sqrt(lb * lb - 100) + arc
    expect(polylineLength(path)).toBeCloseTo(expected, 1)
    expect(polylineLength(path)).toBeLessThan(expected) // chords are shorter than the arc, by < 0.05 mm
    // Every arc sample lies on the sphere, on the side the straight line crossed (+Z).
    for (const p of path.slice(1, -1)) {
      expect(distance(p, [0, 0, 0])).toBeCloseTo(10, 9)
      expect(p[2]).toBeGreaterThan(0)
    }
    // Tangent at both ends: the first and last straight pieces are perpendicular to the radius.
    const t0 = path[1]!
    expect((a[1] - t0[1]) * t0[1] + (a[2] - t0[2]) * t0[2]).toBeCloseTo(0, 6)
  })

  it('leaves a segment that clears the sphere straight', () => {
    const path = strandPath(
      def([
        [0, 30, 15],
        [0, -20, 15],
      ]),
      t,
    )
    expect(path).toEqual([
      [0, 30, 15],
      [0, -20, 15],
    ])
  })

  it('wraps the iliopsoas over the front of the hip when standing and stretched, not when the hip is flexed 90°', () => {
    for (const s of STRANDS) {
      const arcs = (pose: Pose) => strandPath(s, poseTransforms(pose)).length - s.points.length
      expect(arcs(STANDING), s.id).toBeGreaterThan(0)
      expect(arcs(stretchPose('both')), s.id).toBeGreaterThan(0)
      expect(arcs(hipFlexionPose(90)), s.id).toBe(0)
    }
  })
})

describe('lengths', () => {
  it('shorten every strand monotonically as the hips flex 0 → 90° (both sides)', () => {
    let prev = muscleLengths(hipFlexionPose(0))
    for (let d = 5; d <= 90; d += 5) {
      const next = muscleLengths(hipFlexionPose(d))
      for (const s of STRANDS) expect(next.strands[s.id]!, `${s.id} at ${d}°`).toBeLessThan(prev.strands[s.id]! - 0.1)
      prev = next
    }
  })

  it('are longer in the stretch and shorter sitting than standing, for every strand', () => {
    for (const s of STRANDS) {
      expect(stretch.strands[s.id]!, s.id).toBeGreaterThan(standing.strands[s.id]! + 1)
      expect(sitting.strands[s.id]!, s.id).toBeLessThan(standing.strands[s.id]! - 10)
    }
  })

  it('report each whole muscle (origin centroid to insertion) between its shortest and longest strand, in a plausible range', () => {
    // The centroid line replaced the mean of the strands (issue 11); it must still lie among them.
    for (const pose of [standing, sitting, stretch]) {
      for (const m of MUSCLES) {
        const strands = STRANDS.filter((s) => s.muscle === m.id).map((s) => pose.strands[s.id]!)
        expect(pose.muscles[m.id], m.id).toBeGreaterThan(Math.min(...strands))
        expect(pose.muscles[m.id], m.id).toBeLessThan(Math.max(...strands))
      }
    }
    // Sitting shortens the iliopsoas by roughly a tenth to a quarter of its standing length.
    for (const m of MUSCLES) {
      const shortening = 1 - sitting.muscles[m.id]! / standing.muscles[m.id]!
      expect(shortening, m.id).toBeGreaterThan(0.08)
      expect(shortening, m.id).toBeLessThan(0.35)
    }
  })
})

describe('volume', () => {
  /** ∫ π r² ds along the posed path, midpoint rule on ≤ 1 mm pieces. */
  function volume(s: StrandDef, pose: Pose, standingLength: number): number {
    const path = strandPath(s, poseTransforms(pose))
    const length = polylineLength(path)
    let v = 0
    let travelled = 0
    for (let i = 1; i < path.length; i++) {
      const seg = distance(path[i - 1]!, path[i]!)
      const n = Math.max(1, Math.ceil(seg))
      for (let k = 0; k < n; k++) {
        const u = (travelled + (seg * (k + 0.5)) / n) / length
        const r = strandRadius(s, u, length, standingLength)
        v += Math.PI * r * r * (seg / n)
      }
      travelled += seg
    }
    return v
  }

  it('stays within 5% of standing in every pose (the belly thickens as it shortens)', () => {
    const poses: Record<string, Pose> = {
      standing: STANDING,
      sitting: SITTING,
      stretch: stretchPose('both'),
      flex0: hipFlexionPose(0),
      flex30: hipFlexionPose(30),
      flex60: hipFlexionPose(60),
      flex90: hipFlexionPose(90),
    }
    for (const s of STRANDS) {
      const l0 = standing.strands[s.id]!
      const v0 = volume(s, STANDING, l0)
      expect(v0, s.id).toBeGreaterThan(1000)
      for (const [name, pose] of Object.entries(poses)) {
        expect(Math.abs(volume(s, pose, l0) / v0 - 1), `${s.id} ${name}`).toBeLessThan(0.05)
      }
    }
  })

  it('thickens a strand by sqrt(standing/current length)', () => {
    const s = STRANDS[0]!
    expect(strandRadius(s, 0.5, 200, 200)).toBeCloseTo(s.radiusProfile[10]!, 9)
    expect(strandRadius(s, 0.5, 100, 400)).toBeCloseTo(2 * s.radiusProfile[10]!, 9)
    expect(strandRadius(s, 1, 300, 300)).toBeCloseTo(s.radiusProfile[s.radiusProfile.length - 1]!, 9)
  })
})

describe('whole-muscle length', () => {
  it('runs from the centroid of the origin area (the mean of the strand origins) to the insertion', () => {
    for (const m of MUSCLES) {
      const line = MUSCLE_LINES[m.id]
      const strands = STRANDS.filter((s) => s.muscle === m.id)
      const origins = strands.map((s) => s.points[0]!.p)
      const centroid = [0, 1, 2].map((k) => origins.reduce((a, p) => a + p[k]!, 0) / origins.length)
      for (let k = 0; k < 3; k++) expect(line.points[0]!.p[k], m.id).toBeCloseTo(centroid[k]!, 6)
      expect(line.points[line.points.length - 1], m.id).toEqual(strands[0]!.points[strands[0]!.points.length - 1])
    }
  })

  it('is the length of that line in every pose, shorter when the hip bends', () => {
    for (const pose of [STANDING, SITTING, hipFlexionPose(90)]) {
      const { muscles } = muscleLengths(pose)
      const transforms = poseTransforms(pose)
      for (const m of MUSCLES)
        expect(muscles[m.id], m.id).toBeCloseTo(polylineLength(strandPath(MUSCLE_LINES[m.id], transforms)), 9)
    }
    const stand = muscleLengths(STANDING).muscles
    const flexed = muscleLengths(hipFlexionPose(90)).muscles
    for (const m of MUSCLES) expect(flexed[m.id]!, m.id).toBeLessThan(stand[m.id]!)
  })
})
