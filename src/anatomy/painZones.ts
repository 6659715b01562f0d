import type { PainPattern, PainSide } from './painTypes'
import { mirroredLandmarks, type BodyLandmarks } from './painReferences'
import { compileZone, type ZoneFn } from './painZoneShapes'
import type { Vec3 } from './types'
import { mirrorX } from './vec'

/**
 * Pure evaluation of the referred-pain zones (`painPatterns.ts`) at points on a body surface. No
 * three.js: the app passes typed arrays of skin positions and normals, tests pass synthetic points.
 *
 * Evaluate on the standing (bind-pose) skin: zones are described from standing landmark
 * positions, and the skinned mesh carries the per-vertex values into any pose.
 *
 * Every zone is written for the patient's LEFT side (+X lateral). A right-side point is mirrored
 * (x → −x) onto the left, and the right-side landmarks are mirrored with it, so an asymmetric
 * skeleton still gets its own right-side geometry.
 *
 * This file combines zones into patterns and handles the sides; one zone's shape is in
 * `painZoneShapes.ts`, the landmark references it is written in in `painReferences.ts`.
 */

/** Per-vertex intensities of one pattern (or a combination), each value in [0, 1]. */
export interface PatternFields {
  readonly essential: Float32Array
  readonly spillover: Float32Array
}

/** Intensities of one pattern at one point, each in [0, 1]. */
export interface PatternIntensity {
  readonly essential: number
  readonly spillover: number
}

/** One side's compiled zones, evaluating left-side points. */
interface SideEvaluator {
  readonly essential: readonly ZoneFn[]
  readonly spillover: readonly ZoneFn[]
}

function compileSide(pattern: PainPattern, landmarks: BodyLandmarks, withBothSidesOnly: boolean): SideEvaluator {
  const zones = pattern.zones.filter((z) => withBothSidesOnly || !z.bothSidesOnly)
  return {
    essential: zones.filter((z) => z.kind === 'essential').map((z) => compileZone(z, landmarks)),
    spillover: zones.filter((z) => z.kind === 'spillover').map((z) => compileZone(z, landmarks)),
  }
}

const maxOf = (fns: readonly ZoneFn[], p: Vec3, n: Vec3): number => {
  let m = 0
  for (const f of fns) {
    const v = f(p, n)
    if (v > m) m = v
  }
  return m
}

/** (point, normal) → intensities of a pattern shown on `side`, landmarks already resolved. */
export type PatternEvaluator = (point: Vec3, normal: Vec3) => PatternIntensity

/**
 * Compile a pattern for one side choice; call the result once per point. Rules:
 * - `'l'`: left-side zones at the point; no point with x ≤ 0 ever lights;
 * - `'r'`: the mirror image (point, normal and right-side landmarks mirrored onto the left);
 * - `'both'`: every point is folded onto its own side (no midline fade, so the two halves meet
 *   without a seam), and the `bothSidesOnly` zones are included.
 * Each kind takes the maximum over its zones.
 */
export function patternEvaluator(pattern: PainPattern, side: PainSide, landmarks: BodyLandmarks): PatternEvaluator {
  const both = side === 'both'
  const left = side === 'r' ? undefined : compileSide(pattern, landmarks, both)
  const right = side === 'l' ? undefined : compileSide(pattern, mirroredLandmarks(landmarks), both)
  const zero: PatternIntensity = { essential: 0, spillover: 0 }
  return (point, normal) => {
    const onLeft = point[0] >= 0
    const ev = both ? (onLeft ? left : right) : side === 'l' ? left : right
    if (!ev) return zero
    const p = ev === left ? point : mirrorX(point)
    const n = ev === left ? normal : mirrorX(normal)
    // Referral is ipsilateral: a one-sided pattern stops at the midline. The cut is hard, but on a
    // mesh the colour interpolates across the triangles that straddle x = 0, which softens it; a
    // wider fade would also dim the inner knees, which come within a few mm of the midline.
    if (!both && !(p[0] > 0)) return zero
    return { essential: maxOf(ev.essential, p, n), spillover: maxOf(ev.spillover, p, n) }
  }
}

/**
 * Intensities of a pattern at one skin point: the maximum over its essential zones and over its
 * spillover zones, for the side(s) shown (rules in `patternEvaluator`).
 */
export function patternIntensity(
  pattern: PainPattern,
  side: PainSide,
  point: Vec3,
  normal: Vec3,
  landmarks: BodyLandmarks,
): PatternIntensity {
  return patternEvaluator(pattern, side, landmarks)(point, normal)
}

/**
 * Per-vertex intensities of a pattern on a mesh.
 *
 * @param positions xyz per vertex, mm, standing pelvis frame
 * @param normals xyz per vertex (outward)
 */
export function patternFields(
  pattern: PainPattern,
  side: PainSide,
  positions: Float32Array,
  normals: Float32Array,
  landmarks: BodyLandmarks,
): PatternFields {
  const count = Math.floor(positions.length / 3)
  if (normals.length < count * 3) throw new Error('pain zones: fewer normals than positions')
  const evaluate = patternEvaluator(pattern, side, landmarks)
  const essential = new Float32Array(count)
  const spillover = new Float32Array(count)
  for (let i = 0; i < count; i++) {
    const j = i * 3
    const v = evaluate(
      [positions[j]!, positions[j + 1]!, positions[j + 2]!],
      [normals[j]!, normals[j + 1]!, normals[j + 2]!],
    )
    essential[i] = v.essential
    spillover[i] = v.spillover
  }
  return { essential, spillover }
}

/**
 * Several patterns shown at once, per vertex: the maximum of each kind over the patterns. Max,
 * not a probabilistic union (1 − Π(1 − w)): two overlapping spillover zones stay spillover rather
 * than adding up to an essential-looking value, and 1 keeps meaning "essential area of at least
 * one of the muscles shown". An empty list gives empty fields.
 */
export function combineFields(fields: readonly PatternFields[]): PatternFields {
  const count = fields[0]?.essential.length ?? 0
  const essential = new Float32Array(count)
  const spillover = new Float32Array(count)
  for (const f of fields) {
    if (f.essential.length !== count || f.spillover.length !== count) {
      throw new Error('pain zones: fields to combine have different vertex counts')
    }
    for (let i = 0; i < count; i++) {
      if (f.essential[i]! > essential[i]!) essential[i] = f.essential[i]!
      if (f.spillover[i]! > spillover[i]!) spillover[i] = f.spillover[i]!
    }
  }
  return { essential, spillover }
}
