import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo } from 'react'
import { appStore, subscribeSlice } from '../../store/appStore'
import type { ViewerState } from '../../store/viewerSlice'
import { registerLayers } from '../../store/viewerSlice'
import { HOVER_EMISSIVE, SELECT_EMISSIVE } from '../materials'
import { useRigFollower, type RigFollower } from '../rig/rigContext'
import { createMuscleMeshes, type MuscleMeshes } from './muscleMeshes'

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
export function MuscleLayer() {
  const invalidate = useThree((s) => s.invalidate)
  const muscles = useMemo(() => createMuscleMeshes(), [])

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

  const follow = useCallback<RigFollower>((transforms, posture) => muscles.update(transforms, posture.side), [muscles])
  useRigFollower(follow)

  return <primitive object={muscles.group} dispose={null} />
}
