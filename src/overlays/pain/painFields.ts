import { PAIN_PATTERNS } from '../../anatomy/painPatterns'
import type { PainMuscleId, PainPattern, PainSide } from '../../anatomy/painTypes'
import { combineFields, patternFields, type PatternFields } from '../../anatomy/painZones'
import type { SkinData } from './skinData'

/**
 * Pain-pattern intensities on one skin, per vertex, computed on first use and kept (a pattern on
 * ~15k vertices takes a few milliseconds; there are at most 7 × 3 of them).
 */
export class PainFields {
  private readonly cache = new Map<string, PatternFields>()
  constructor(private readonly skin: Pick<SkinData, 'rest' | 'normals' | 'landmarks' | 'vertexCount'>) {}

  /** One pattern on one side choice. */
  of(pattern: PainPattern, side: PainSide): PatternFields {
    const key = `${pattern.muscle}:${side}`
    let f = this.cache.get(key)
    if (!f) {
      f = patternFields(pattern, side, this.skin.rest, this.skin.normals, this.skin.landmarks)
      this.cache.set(key, f)
    }
    return f
  }

  /** Every shown pattern combined (all zeros when none is shown). */
  combined(shown: Readonly<Record<PainMuscleId, boolean>>, side: PainSide): PatternFields {
    const list = PAIN_PATTERNS.filter((p) => shown[p.muscle]).map((p) => this.of(p, side))
    if (list.length === 0) {
      const n = this.skin.vertexCount
      return { essential: new Float32Array(n), spillover: new Float32Array(n) }
    }
    return combineFields(list)
  }
}
