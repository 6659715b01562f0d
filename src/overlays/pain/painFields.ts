import { PAIN_PATTERNS } from '../../anatomy/painPatterns'
import type { PainMuscleId, PainPattern, PainSide } from '../../anatomy/painTypes'
import { combineFields, patternFields, type PatternFields } from '../../anatomy/painZones'
import type { SkinData } from './skinData'

/** Rounds of neighbour averaging applied to each field (≈ 1 cm per round on this mesh). */
const SOFTEN_ROUNDS = 3

/** Each vertex's neighbours along mesh edges, as compressed rows (`list[start[i]..start[i+1]]`). */
function vertexNeighbours(count: number, indices: Uint32Array): { start: Uint32Array; list: Uint32Array } {
  const sets: Set<number>[] = Array.from({ length: count }, () => new Set<number>())
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!
    const b = indices[t + 1]!
    const c = indices[t + 2]!
    sets[a]!.add(b).add(c)
    sets[b]!.add(a).add(c)
    sets[c]!.add(a).add(b)
  }
  const start = new Uint32Array(count + 1)
  for (let i = 0; i < count; i++) start[i + 1] = start[i]! + sets[i]!.size
  const list = new Uint32Array(start[count]!)
  for (let i = 0; i < count; i++) list.set([...sets[i]!], start[i]!)
  return { start, list }
}

/**
 * Pain-pattern intensities on one skin, per vertex, computed on first use and kept (a pattern on
 * the 15k-vertex skin takes about 15–25 ms in Node on two shared cores; there are at most 7 × 3).
 */
export class PainFields {
  private readonly cache = new Map<string, PatternFields>()
  private neighbours: { start: Uint32Array; list: Uint32Array } | null = null
  constructor(private readonly skin: Pick<SkinData, 'rest' | 'normals' | 'landmarks' | 'vertexCount' | 'indices'>) {}

  /**
   * One pattern on one side choice, softened over the mesh: a few rounds of averaging with the
   * neighbouring vertices turn the zones' 2 cm edges into gradual fades (referred pain has no
   * sharp border), then the midline cut of a one-sided pattern is restored.
   */
  of(pattern: PainPattern, side: PainSide): PatternFields {
    const key = `${pattern.muscle}:${side}`
    let f = this.cache.get(key)
    if (!f) {
      const raw = patternFields(pattern, side, this.skin.rest, this.skin.normals, this.skin.landmarks)
      f = { essential: this.soften(raw.essential, side), spillover: this.soften(raw.spillover, side) }
      this.cache.set(key, f)
    }
    return f
  }

  private soften(values: Float32Array, side: PainSide): Float32Array {
    const { start, list } = (this.neighbours ??= vertexNeighbours(this.skin.vertexCount, this.skin.indices))
    let cur = values
    for (let round = 0; round < SOFTEN_ROUNDS; round++) {
      const next = new Float32Array(cur.length)
      for (let i = 0; i < cur.length; i++) {
        let sum = 0
        const a = start[i]!
        const b = start[i + 1]!
        for (let k = a; k < b; k++) sum += cur[list[k]!]!
        next[i] = b > a ? 0.5 * cur[i]! + (0.5 * sum) / (b - a) : cur[i]!
      }
      cur = next
    }
    if (side !== 'both') {
      const sign = side === 'l' ? 1 : -1
      for (let i = 0; i < cur.length; i++) if (this.skin.rest[i * 3]! * sign <= 0) cur[i] = 0
    }
    return cur
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
