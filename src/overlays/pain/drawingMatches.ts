import { PAIN_PATTERNS } from '../../anatomy/painPatterns'
import { rankDrawing, vertexAreas, type SidedPatternFields } from '../../anatomy/painRanking'
import type { DrawingMatch } from '../../store/painSlice'
import type { PainFields } from './painFields'
import type { SkinData } from './skinData'

const areasBySkin = new WeakMap<SkinData, Float32Array>()

/**
 * Every pattern, on the left, the right and both sides, ranked by its weighted Dice overlap with
 * the drawing (best side per muscle). Empty when nothing is drawn.
 */
export function rankDrawingMatches(drawing: Float32Array, skin: SkinData, fields: PainFields): DrawingMatch[] {
  if (!drawing.some((v) => v > 0.03)) return []
  let areas = areasBySkin.get(skin)
  if (!areas) {
    areas = vertexAreas(skin.rest, skin.indices)
    areasBySkin.set(skin, areas)
  }
  const sided: SidedPatternFields[] = PAIN_PATTERNS.flatMap((p) =>
    (['l', 'r', 'both'] as const).map((side) => ({ muscle: p.muscle, side, fields: fields.of(p, side) })),
  )
  return rankDrawing(drawing, areas, sided)
}
