import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo } from 'react'
import { appStore, subscribeSlice } from '../../store/appStore'
import type { ViewerState } from '../../store/viewerSlice'
import { registerLayers } from '../../store/viewerSlice'
import { HOVER_EMISSIVE, SELECT_EMISSIVE } from '../materials'
import { useRigFollower, type RigFollower } from '../rig/rigContext'
import { createMuscleMeshes, type MuscleMeshes } from './muscleMeshes'
import { createMusclePoseCache } from './poseCache'
import { muscleTriggerSurface } from './muscleTriggerSurface'
import type { TriggerSurfaceSlot } from '../../overlays/pain/triggerSurface'

/** At the latest, a keyframe is lofted this long after the last (ms). */
const WARM_TIMEOUT_MS = 250
/** Without idle time, loft keyframes for this long (ms) at a time: a short task, not a stall. */
const WARM_BURST_MS = 6
/** Idle time (ms) a keyframe needs, with room to spare (an exact loft takes 0.5–1.5 ms). */
const WARM_SLACK_MS = 3

/** Show the muscles with their layer and tint the hovered or selected one. */
function applyMuscleState(muscles: MuscleMeshes, s: ViewerState): void {
  muscles.group.visible = s.layers.muscle !== false
  for (const [id, m] of muscles.materials) {
    if (s.selectedId === id) m.emissive.copy(SELECT_EMISSIVE)
    else if (s.hoveredId === id) m.emissive.copy(HOVER_EMISSIVE)
    else m.emissive.set(0)
  }
}

/**
 * The psoas major and iliacus of both sides as volumes. They follow the posture rig (their paths
 * and radii are recomputed from its transforms) and show with the "Muscles" layer and the
 * "Muscle side" choice. Must sit inside `<PostureRig>`; inside `<ModelLayer>` they are pickable.
 */
export function MuscleLayer({ triggerSurface }: { triggerSurface?: TriggerSurfaceSlot }) {
  const invalidate = useThree((s) => s.invalidate)
  const muscles = useMemo(() => createMuscleMeshes(), [])
  // Taken while the meshes still stand: trigger points are placed on the standing muscles.
  const surface = useMemo(() => muscleTriggerSurface(muscles), [muscles])
  const shapes = useMemo(() => createMusclePoseCache(muscles), [muscles])

  useEffect(() => {
    registerLayers(['muscle'])
    const apply = (s: ViewerState) => {
      applyMuscleState(muscles, s)
      invalidate()
    }
    apply(appStore.getState().viewer)
    const unsubscribe = subscribeSlice('viewer', apply)
    return () => {
      unsubscribe()
      muscles.dispose()
    }
  }, [muscles, invalidate])

  // While the page is idle, loft the keyframes of the posture path on screen (Play, the slider
  // and the pose buttons move along it), so animating never has to. A page that keeps drawing
  // (auto-rotate, a slow software GPU) is seldom idle, so a short burst of keyframes is also
  // lofted every quarter second: a whole path is ready within about a second either way.
  useEffect(() => {
    let handle = 0
    const later = (fn: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(fn, { timeout: WARM_TIMEOUT_MS })
        : window.setTimeout(fn, WARM_TIMEOUT_MS)
    const stop = () => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle))
    const step = (deadline?: IdleDeadline) => {
      const t0 = performance.now()
      const more = () =>
        deadline && !deadline.didTimeout
          ? deadline.timeRemaining() > WARM_SLACK_MS
          : performance.now() - t0 < WARM_BURST_MS
      do {
        if (!shapes.warm(appStore.getState().posture)) return
      } while (more())
      handle = later(step)
    }
    handle = later(step)
    // A new path (another pose, or the side) starts warming; publishes along the same path do not.
    const unsubscribe = subscribeSlice('posture', (p, prev) => {
      if (p.target === prev.target && p.side === prev.side) return
      stop()
      handle = later(step)
    })
    return () => {
      unsubscribe()
      stop()
    }
  }, [shapes])

  // The trigger-point crosses of the psoas and iliacus sit on these surfaces while they show.
  useEffect(() => {
    triggerSurface?.set(surface)
    return () => triggerSurface?.set(null)
  }, [triggerSurface, surface])

  // The rig's transforms are `poseTransforms(poseOf(posture))`: keyframes are lofted from the posture.
  const follow = useCallback<RigFollower>((transforms, posture) => shapes.apply(posture, transforms), [shapes])
  useRigFollower(follow)

  return <primitive object={muscles.group} dispose={null} />
}
