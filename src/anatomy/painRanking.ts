import type { PatternFields } from './painZones'
import type { PainMuscleId, PainSide, ZoneKind } from './painTypes'

/**
 * Which referral patterns fit a patient's pain: at one tapped point, or against a whole pain
 * drawing on the skin. Pure maths on numbers and typed arrays (no three.js).
 *
 * The result is a ranking of candidate muscles to examine, never a diagnosis: the referral charts
 * are expert opinion (pain-patterns.md §C.2), and many patterns overlap.
 */

/** Intensity from which a pattern counts as covering a point (both kinds). */
export const COVER_THRESHOLD = 0.2

/** One pattern's intensities at the tapped point (from `patternIntensity`). */
export interface PointIntensity {
  readonly muscle: PainMuscleId
  readonly essential: number
  readonly spillover: number
}

/** A pattern that covers the tapped point. */
export interface PointRank {
  readonly muscle: PainMuscleId
  /** `essential` if its essential zones reach the threshold there, otherwise `spillover`. */
  readonly kind: ZoneKind
  /** The intensity of that kind at the point, in [0, 1]. */
  readonly score: number
}

/**
 * The patterns covering a tapped point, best first: every pattern whose essential intensity
 * reaches `threshold` ranks above every pattern that reaches it only with spillover (an essential
 * area is where nearly every patient with that muscle feels pain, §C.1); within each group by
 * score, then by muscle id so the order is stable. Patterns below the threshold are left out.
 */
export function rankAtPoint(intensities: readonly PointIntensity[], threshold = COVER_THRESHOLD): PointRank[] {
  const ranks: PointRank[] = []
  for (const i of intensities) {
    if (i.essential >= threshold) ranks.push({ muscle: i.muscle, kind: 'essential', score: i.essential })
    else if (i.spillover >= threshold) ranks.push({ muscle: i.muscle, kind: 'spillover', score: i.spillover })
  }
  const order = (k: ZoneKind): number => (k === 'essential' ? 0 : 1)
  return ranks.sort((a, b) => order(a.kind) - order(b.kind) || b.score - a.score || a.muscle.localeCompare(b.muscle))
}

/**
 * A pattern's value per vertex for comparing with a drawing: max(essential, spillover). The
 * spillover discount is already in the zone weights (spillover zones peak at about 0.5), so a
 * drawing over a spillover area earns about half the credit of one over an essential area.
 */
export function patternValues(fields: PatternFields): Float32Array {
  const n = fields.essential.length
  if (fields.spillover.length !== n) throw new Error('pain ranking: essential and spillover differ in length')
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.max(fields.essential[i]!, fields.spillover[i]!)
  return out
}

/**
 * Area-weighted soft Dice overlap between a pain drawing and a pattern, in [0, 1]:
 *
 *   Dice = 2 Σ aᵢ·min(dᵢ, pᵢ) / (Σ aᵢ·dᵢ + Σ aᵢ·pᵢ)
 *
 * with dᵢ the drawing (0–1) and pᵢ the pattern value (`patternValues`) at vertex i, and aᵢ its
 * area (`vertexAreas`), so a dense patch of mesh does not count more than a sparse one. 1 = the
 * same field, 0 = no overlap; both empty gives 0 (nothing to match). It penalises both pain
 * outside the pattern and pattern outside the pain.
 */
export function weightedDice(drawing: Float32Array, pattern: Float32Array, vertexArea: Float32Array): number {
  const n = drawing.length
  if (pattern.length !== n || vertexArea.length !== n) throw new Error('pain ranking: arrays differ in length')
  let overlap = 0
  let sum = 0
  for (let i = 0; i < n; i++) {
    const a = vertexArea[i]!
    const d = drawing[i]!
    const p = pattern[i]!
    overlap += a * Math.min(d, p)
    sum += a * (d + p)
  }
  return sum > 0 ? (2 * overlap) / sum : 0
}

/** One pattern shown on one side, evaluated on the mesh (`patternFields`). */
export interface SidedPatternFields {
  readonly muscle: PainMuscleId
  readonly side: PainSide
  readonly fields: PatternFields
}

/** How well a muscle's pattern, on its best-fitting side, matches a drawing. */
export interface DrawingRank {
  readonly muscle: PainMuscleId
  readonly side: PainSide
  readonly score: number
}

/**
 * Rank patterns against a pain drawing: for each muscle the side ('l', 'r' or 'both', whichever
 * was supplied) with the highest `weightedDice`, then muscles by that score (ties: muscle id, and
 * on a tie between sides the first supplied wins).
 *
 * @param drawing per-vertex drawn pain, 0–1
 * @param areas per-vertex area (`vertexAreas`)
 */
export function rankDrawing(
  drawing: Float32Array,
  areas: Float32Array,
  fieldsByPatternAndSide: readonly SidedPatternFields[],
): DrawingRank[] {
  const best = new Map<PainMuscleId, DrawingRank>()
  for (const f of fieldsByPatternAndSide) {
    const score = weightedDice(drawing, patternValues(f.fields), areas)
    const prev = best.get(f.muscle)
    if (!prev || score > prev.score) best.set(f.muscle, { muscle: f.muscle, side: f.side, score })
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.muscle.localeCompare(b.muscle))
}

/**
 * Area per vertex of a triangle mesh: a third of the area of every triangle that uses it, so the
 * areas sum to the mesh's surface area.
 *
 * @param positions xyz per vertex
 * @param indices three vertex indices per triangle
 */
export function vertexAreas(positions: Float32Array, indices: ArrayLike<number>): Float32Array {
  const count = Math.floor(positions.length / 3)
  const out = new Float32Array(count)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const ux = positions[b]! - positions[a]!
    const uy = positions[b + 1]! - positions[a + 1]!
    const uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!
    const vy = positions[c + 1]! - positions[a + 1]!
    const vz = positions[c + 2]! - positions[a + 2]!
    const third = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 6 // ½|u×v| / 3
    out[a / 3] = out[a / 3]! + third
    out[b / 3] = out[b / 3]! + third
    out[c / 3] = out[c / 3]! + third
  }
  return out
}
