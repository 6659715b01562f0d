import { nearestFacingVertex } from '../../anatomy/meshQuery'
import type { Side } from '../../anatomy/types'
import { appStore } from '../../store/appStore'
import type { TriggerAnchor, TriggerSurface } from '../../overlays/pain/triggerSurface'
import type { MuscleMeshes } from './muscleMeshes'

/**
 * Least cosine (45°) between the way a trigger point is felt and the muscle's normal at the vertex
 * standing for it: a point felt from the front lands on the front of the belly, not on its side
 * (the chart sites lie beside the muscles, where they are pressed, so the nearest vertex alone
 * would often be on the flank of the belly). Stricter than the skin's 70°: a belly is narrow.
 */
const MIN_FACING = Math.SQRT1_2

/**
 * The muscle meshes as a surface for trigger-point crosses. Anchors are looked up on the standing
 * shape (the pose the charts draw); as the posture moves, a cross rides on its vertex of the belly
 * (the loft keeps its vertex layout in every pose).
 */
export function muscleTriggerSurface(muscles: MuscleMeshes): TriggerSurface {
  // The standing shape (mm), copied now: `createMuscleMeshes` leaves the meshes standing.
  const standing = new Map(
    muscles.bellies.map((b) => {
      const g = b.mesh.geometry
      const mm = Float32Array.from(g.attributes.position!.array as Float32Array, (x) => x * 1000)
      // Only drawn vertices may anchor a cross (the fan's end centre is not part of its surface):
      // an undrawn one is put at NaN, which no distance comparison picks.
      const drawn = new Set(g.index!.array as Uint32Array)
      for (let v = 0; v < mm.length / 3; v++) if (!drawn.has(v)) mm.fill(NaN, v * 3, v * 3 + 3)
      return [b.muscle, { mm, normals: Float32Array.from(g.attributes.normal!.array as Float32Array) }]
    }),
  )
  const byId = new Map(muscles.bellies.map((b) => [b.muscle, b]))
  return {
    anchor(ids, target, facing) {
      let best: TriggerAnchor | null = null
      let bestD = Infinity
      for (const id of ids) {
        const s = standing.get(id)
        if (!s) continue
        const v = nearestFacingVertex(s.mm, s.normals, target, facing, MIN_FACING)
        if (v < 0) continue
        const d = Math.hypot(s.mm[v * 3]! - target[0], s.mm[v * 3 + 1]! - target[1], s.mm[v * 3 + 2]! - target[2])
        if (d < bestD) {
          bestD = d
          best = { muscle: id, vertex: v }
        }
      }
      return best
    },
    place(anchor) {
      const g = byId.get(anchor.muscle)!.mesh.geometry
      const p = g.attributes.position!.array as Float32Array
      const n = g.attributes.normal!.array as Float32Array
      const i = anchor.vertex * 3
      const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1
      return {
        p: [p[i]! * 1000, p[i + 1]! * 1000, p[i + 2]! * 1000],
        n: [n[i]! / l, n[i + 1]! / l, n[i + 2]! / l],
      }
    },
    shown(side: Side) {
      const { viewer, posture } = appStore.getState()
      return viewer.layers.muscle !== false && (posture.side === 'both' || posture.side === side)
    },
  }
}
