import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { LoadedModel } from '../../models/useModels'
import { postureStore } from '../../store/postureStore'
import { registerLayers, viewerStore, type ViewerState } from '../../store/viewerStore'
import { HOVER_EMISSIVE, SELECT_EMISSIVE } from '../materials'
import { createMuscleMeshes, type MuscleMeshes } from './muscleMeshes'
import { PostureDriver } from '../PostureDriver'

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
 * The psoas major and iliacus of both sides as volumes, and the posture driver that moves them
 * and the bones. Shown with the "Muscles" layer and the "Muscle side" choice.
 */
export function MuscleLayer({ models }: { models: readonly LoadedModel[] }) {
  const invalidate = useThree((s) => s.invalidate)
  const muscles = useMemo(() => createMuscleMeshes(), [])

  useEffect(() => {
    registerLayers(['muscle'])
    const apply = () => {
      applyMuscleState(muscles, viewerStore.getState())
      invalidate()
    }
    apply()
    const unsubscribe = viewerStore.subscribe(apply)
    const unsubscribeSide = postureStore.subscribe((s, prev) => {
      if (s.side !== prev.side) invalidate()
    })
    return () => {
      unsubscribe()
      unsubscribeSide()
      muscles.dispose()
    }
  }, [muscles, invalidate])

  return (
    <>
      <primitive object={muscles.group} dispose={null} />
      <PostureDriver models={models} muscles={muscles} />
    </>
  )
}
