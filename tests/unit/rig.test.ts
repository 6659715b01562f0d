import { describe, expect, it } from 'vitest'
import {
  DISCS,
  LEVELS,
  PATELLA_KNEE_SHARE,
  STANDING_SPINE,
  STRUCTURES,
  TROCHLEA_CENTRE_FROM_KNEE,
  ankleCentre,
  hipCentre,
  kneeCentre,
  kneeFlexionCentre,
} from '../../src/anatomy'
import {
  IDENTITY,
  invertRigid,
  multiply,
  rotationX,
  rotationZ,
  transformPoint,
  type Mat4,
} from '../../src/anatomy/mat4'
import { SITTING, STANDING, hipFlexionPose, lerpPose, namedPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'
import { angleBetween, deg } from '../../src/anatomy/vec'

const POSES: Record<string, Pose> = {
  standing: STANDING,
  sitting: SITTING,
  stretchL: stretchPose('l'),
  stretchBoth: stretchPose('both'),
  halfSitting: lerpPose(STANDING, SITTING, 0.5),
  flex90: hipFlexionPose(90),
}

/** Rotation part applied to a direction. */
const rotate = (m: Mat4, v: Vec3): Vec3 => [
  m[0]! * v[0] + m[4]! * v[1] + m[8]! * v[2],
  m[1]! * v[0] + m[5]! * v[1] + m[9]! * v[2],
  m[2]! * v[0] + m[6]! * v[1] + m[10]! * v[2],
]
/** Angle (deg) a transform turns the +Y axis about +X: positive = forward. */
const tiltOf = (m: Mat4): number => deg(Math.atan2(m[6]!, m[5]!))
const expectPoint = (a: Vec3, b: Vec3, digits = 6) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits))

describe('mat4', () => {
  it('rotates +Y towards +Z about X, and +X towards +Y about Z, around the pivot', () => {
    expectPoint(transformPoint(rotationX(90), [0, 1, 0]), [0, 0, 1])
    expectPoint(transformPoint(rotationZ(90), [1, 0, 0]), [0, 1, 0])
    // The pivot itself does not move; a point 10 mm above it swings to 10 mm in front of it.
    expectPoint(transformPoint(rotationX(90, [5, 20, 30]), [5, 20, 30]), [5, 20, 30])
    expectPoint(transformPoint(rotationX(90, [5, 20, 30]), [5, 30, 30]), [5, 20, 40])
  })

  it('composes right to left and inverts rigid transforms', () => {
    const m = multiply(rotationX(30, [1, 2, 3]), rotationZ(-20, [4, 5, 6]))
    const p: Vec3 = [7, -8, 9]
    expectPoint(
      transformPoint(m, p),
      transformPoint(rotationX(30, [1, 2, 3]), transformPoint(rotationZ(-20, [4, 5, 6]), p)),
    )
    multiply(invertRigid(m), m).forEach((v, i) => expect(v).toBeCloseTo(IDENTITY[i]!, 12))
  })
})

describe('poseTransforms', () => {
  it('gives every structure a transform, and the identity when standing', () => {
    const t = poseTransforms(STANDING)
    for (const s of STRUCTURES) {
      const m = t[s.id]
      expect(m, s.id).toBeDefined()
      m!.forEach((v, i) => expect(v, `${s.id}[${i}]`).toBeCloseTo(IDENTITY[i]!, 12))
    }
  })

  it('keeps every transform rigid (orthonormal rotation, det +1, no projective part)', () => {
    for (const [name, pose] of Object.entries(POSES)) {
      for (const [id, m] of Object.entries(poseTransforms(pose))) {
        const cols = [0, 1, 2].map((c) => [m[c * 4]!, m[c * 4 + 1]!, m[c * 4 + 2]!] as Vec3)
        for (let a = 0; a < 3; a++) {
          for (let b = 0; b < 3; b++) {
            const d = cols[a]![0] * cols[b]![0] + cols[a]![1] * cols[b]![1] + cols[a]![2] * cols[b]![2]
            expect(d, `${name} ${id} col${a}·col${b}`).toBeCloseTo(a === b ? 1 : 0, 10)
          }
        }
        const [x, y, z] = cols as [Vec3, Vec3, Vec3]
        const det =
          x[0] * (y[1] * z[2] - y[2] * z[1]) - x[1] * (y[0] * z[2] - y[2] * z[0]) + x[2] * (y[0] * z[1] - y[1] * z[0])
        expect(det, `${name} ${id} det`).toBeCloseTo(1, 10)
        expect([m[3], m[7], m[11], m[15]]).toEqual([0, 0, 0, 1])
      }
    }
  })

  it('tilts the pelvis back about the hip axis (posterior tilt: the top goes back)', () => {
    const t = poseTransforms(SITTING)
    for (const id of ['hip_bone_l', 'hip_bone_r', 'sacrum', 'coccyx']) expect(tiltOf(t[id]!)).toBeCloseTo(-18, 9)
    // Points on the hip axis stay put; the sacral promontory region (up, behind) moves back.
    expectPoint(transformPoint(t.sacrum!, [80, 0, 0]), [80, 0, 0])
    expect(transformPoint(t.sacrum!, [0, 100, -12])[2]).toBeLessThan(-40)
  })

  it('sits with both femurs horizontal, knee in front of the hip, the head staying in the socket', () => {
    const t = poseTransforms(SITTING)
    for (const side of ['l', 'r'] as const) {
      const hip = hipCentre(side)
      const femur = t[`femur_${side}`]!
      // Standing mechanical axis: straight down, adducted 3° (skeleton.ts FEMUR_ADDUCTION_DEG).
      const a = (3 * Math.PI) / 180
      const axis: Vec3 = [side === 'l' ? -Math.sin(a) : Math.sin(a), -Math.cos(a), 0]
      const posed = rotate(femur, axis)
      const elevation = deg(Math.asin(posed[1]))
      expect(Math.abs(elevation), `${side} femur elevation`).toBeLessThan(5)
      expect(posed[2], `${side} knee forward`).toBeGreaterThan(0.99)
      const knee = transformPoint(femur, [hip[0] + axis[0] * 410, axis[1] * 410, 0])
      expect(knee[2] - hip[2]).toBeGreaterThan(380)
      // The head turns about its own centre, which rides on the pelvis.
      expectPoint(transformPoint(femur, hip), transformPoint(t[`hip_bone_${side}`]!, hip))
    }
  })

  it('flexes the hip relative to the pelvis by the pose angle (negative = extension)', () => {
    for (const pose of [hipFlexionPose(60), stretchPose('l'), SITTING]) {
      const t = poseTransforms(pose)
      for (const side of ['l', 'r'] as const) {
        const relative = multiply(invertRigid(t[`hip_bone_${side}`]!), t[`femur_${side}`]!)
        expect(tiltOf(relative)).toBeCloseTo(-pose.hipFlexionDeg[side], 9)
        // Knee goes forward with flexion, back with extension.
        const knee = transformPoint(relative, [hipCentre(side)[0], -400, 0])
        expect(Math.sign(knee[2])).toBe(Math.sign(pose.hipFlexionDeg[side]))
      }
    }
  })

  it('flexes the lumbar chain level by level, by the pose total, about the disc centres', () => {
    const pose = SITTING
    const t = poseTransforms(pose)
    let below = t.sacrum!
    let total = 0
    for (let i = LEVELS.length - 1; i >= 0; i--) {
      const level = LEVELS[i]!
      const disc = DISCS[i]!
      const flex = pose.lumbarFlexionDeg[disc]
      total += flex
      expect(tiltOf(t[level]!) - tiltOf(below), `${level} on the level below`).toBeCloseTo(flex, 9)
      expect(tiltOf(t[`disc_${disc}`]!) - tiltOf(below), `disc ${disc}`).toBeCloseTo(flex / 2, 9)
      // The segment turns about its disc centre: that point is where both neighbours put it.
      const c = STANDING_SPINE.discs[disc].origin
      expectPoint(transformPoint(t[level]!, c), transformPoint(below, c), 9)
      expectPoint(transformPoint(t[`disc_${disc}`]!, c), transformPoint(below, c), 9)
      below = t[level]!
    }
    expect(total).toBeCloseTo(17, 9)
    expect(tiltOf(t.t12!) - tiltOf(t.sacrum!)).toBeCloseTo(total, 9)
    // Sitting: pelvis back 18°, lordosis lost 17° — T12's superior endplate ends within a few degrees of standing.
    expect(Math.abs(tiltOf(t.t12!))).toBeLessThan(3)
    expect(angleBetween(rotate(t.t12!, [0, 1, 0]), [0, 1, 0])).toBeLessThan(3)
  })

  it('moves the whole column forward over the hips when the lumbar spine flexes', () => {
    const flexed: Pose = { ...STANDING, lumbarFlexionDeg: SITTING.lumbarFlexionDeg }
    const t = poseTransforms(flexed)
    const t12 = STANDING_SPINE.vertebrae.t12.origin
    expect(transformPoint(t.t12!, t12)[2] - t12[2]).toBeGreaterThan(20)
    // The sacrum does not take part.
    t.sacrum!.forEach((v, i) => expect(v).toBeCloseTo(IDENTITY[i]!, 12))
  })
})

describe('poseTransforms below the knee', () => {
  const SIDES = ['l', 'r'] as const
  /** The shank's turn relative to its femur, and the points it leaves in place. */
  const relativeToFemur = (t: Readonly<Record<string, Mat4>>, id: string, side: 'l' | 'r') =>
    multiply(invertRigid(t[`femur_${side}`]!), t[id]!)

  it('moves the tibia, fibula and foot with the shank: the knee bend about the flexion axis', () => {
    for (const [name, pose] of Object.entries({ ...POSES, couch: namedPose('couchStretch', 'l') })) {
      const t = poseTransforms(pose)
      for (const side of SIDES) {
        for (const bone of ['tibia', 'fibula', 'foot'])
          expect(t[`${bone}_${side}`], `${name} ${bone}`).toBe(t[`shank_${side}`])
        const rel = relativeToFemur(t, `tibia_${side}`, side)
        // Knee flexion brings the foot back: +X by the pose's knee angle, relative to the thigh.
        expect(tiltOf(rel), `${name} ${side}`).toBeCloseTo(pose.kneeFlexionDeg[side], 9)
        // The flexion axis (13.6 mm up, 18 mm back from the knee centre) stays put on the femur.
        expectPoint(transformPoint(rel, kneeFlexionCentre(side)), kneeFlexionCentre(side), 9)
      }
    }
  })

  it('turns the kneecap about the femoral groove by 0.7 of the knee bend, so it stays on the femur', () => {
    const pose = namedPose('couchStretch', 'l')
    const t = poseTransforms(pose)
    for (const side of SIDES) {
      const rel = relativeToFemur(t, `patella_${side}`, side)
      expect(tiltOf(rel)).toBeCloseTo(PATELLA_KNEE_SHARE * pose.kneeFlexionDeg[side], 9)
      const k = kneeCentre(side)
      const groove: Vec3 = [k[0], k[1] + TROCHLEA_CENTRE_FROM_KNEE[1], k[2] + TROCHLEA_CENTRE_FROM_KNEE[2]]
      expectPoint(transformPoint(rel, groove), groove, 9)
    }
    // Standing, the patella has not moved.
    poseTransforms(STANDING).patella_l!.forEach((v, i) => expect(v).toBeCloseTo(IDENTITY[i]!, 12))
  })

  it('sitting puts each tibia vertical under its knee, the ankle 40 cm below', () => {
    const t = poseTransforms(SITTING)
    for (const side of SIDES) {
      const knee = transformPoint(t[`femur_${side}`]!, kneeCentre(side))
      const top = transformPoint(t[`tibia_${side}`]!, kneeCentre(side))
      const ankle = transformPoint(t[`tibia_${side}`]!, ankleCentre(side))
      const axis: Vec3 = [ankle[0] - top[0], ankle[1] - top[1], ankle[2] - top[2]]
      expect(angleBetween(axis, [0, -1, 0]), side).toBeLessThan(3)
      expect(Math.hypot(ankle[0] - knee[0], ankle[2] - knee[2]), side).toBeLessThan(20)
      expect(knee[1] - ankle[1], side).toBeGreaterThan(400)
      expect(knee[1] - ankle[1], side).toBeLessThan(460)
    }
  })
})
