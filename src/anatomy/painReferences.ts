import type { Facing, LevelRef, PointRef } from './painTypes'
import type { Side, Vec3 } from './types'
import { dot, length, mirrorX } from './vec'
import { smoothstep } from './scalar'

/**
 * The references a pain zone is written in — levels, points and facings, all from skeletal
 * landmarks (`painTypes.ts`) — resolved on one body's landmarks. Every reference is written for
 * the patient's LEFT side (+X lateral); {@link mirroredLandmarks} gives the right side's own
 * geometry in that frame.
 */

/**
 * Standing positions (mm, pelvis frame) of the landmarks the zones name: the bone landmarks plus
 * `ankle_centre_l` / `ankle_centre_r` (from the skin file's landmark table, or `ankleCentre()`).
 */
export type BodyLandmarks = ReadonlyMap<string, Vec3>

/** Millimetres in a centimetre: the pain data gives offsets and sizes in cm, the body is in mm. */
export const MM_PER_CM = 10

/** Which way each facing points on the left side (+X lateral, +Z anterior). */
export const FACING_DIRECTION: Readonly<Record<Exclude<Facing, 'any'>, Vec3>> = {
  posterior: [0, 0, -1],
  anterior: [0, 0, 1],
  lateral: [1, 0, 0],
  medial: [-1, 0, 0],
}

/**
 * Unit direction of a facing on the given side (lateral is +X on the left, −X on the right), or
 * `undefined` for `any`. The app uses it to drop trigger-point markers onto the skin.
 */
export function facingVector(facing: Facing, side: Side = 'l'): Vec3 | undefined {
  if (facing === 'any') return undefined
  const d = FACING_DIRECTION[facing]
  return side === 'l' ? d : mirrorX(d)
}

/**
 * How well a surface normal matches a zone's facing: 1 when the skin faces within about 65° of the
 * direction, 0 once it faces more than about 100° away, smooth between. Without it a band defined
 * by heights alone would also light the front of the body.
 */
export function facingWeight(facing: Facing, normal: Vec3): number {
  if (facing === 'any') return 1
  const len = length(normal)
  // A degenerate normal carries no direction: do not let it hide the zone.
  if (!(len > 0)) return 1
  return smoothstep(-0.2, 0.4, dot(normal, FACING_DIRECTION[facing]) / len)
}

/** A landmark's position; throws, naming it, when the body does not have it. */
export function landmarkOf(landmarks: BodyLandmarks, id: string): Vec3 {
  const p = landmarks.get(id)
  if (!p) throw new Error(`pain zones: landmark "${id}" is missing from the body landmarks`)
  return p
}

/** Standing height (Y, mm) of a level reference. */
export function levelOf(ref: LevelRef, landmarks: BodyLandmarks): number {
  return landmarkOf(landmarks, ref.landmark)[1] + (ref.offsetCm ?? 0) * MM_PER_CM
}

/** Position (mm, left-side frame) of a point reference. */
export function pointOf(ref: PointRef, landmarks: BodyLandmarks): Vec3 {
  const p = landmarkOf(landmarks, ref.landmark)
  const o = ref.offsetCm ?? [0, 0, 0]
  return [p[0] + o[0] * MM_PER_CM, p[1] + o[1] * MM_PER_CM, p[2] + o[2] * MM_PER_CM]
}

/**
 * The left-side view of the right side: every `_l` id answers with the mirrored `_r` landmark
 * (when the body has one), midline ids are unchanged. Evaluating a mirrored right-side point
 * against this view uses the right side's own geometry.
 */
export function mirroredLandmarks(landmarks: BodyLandmarks): BodyLandmarks {
  const out = new Map<string, Vec3>()
  for (const [id, p] of landmarks) {
    if (id.endsWith('_r')) continue
    const right = id.endsWith('_l') ? landmarks.get(`${id.slice(0, -2)}_r`) : undefined
    out.set(id, right ? mirrorX(right) : p)
  }
  return out
}
