import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Box3, PerspectiveCamera } from 'three'
import type { LoadedModel } from '../models/useModels'
import { appStore } from '../store/appStore'
import { skinLayerShown } from '../store/viewerSlice'
import { setCaptureSource } from './captureSource'

/**
 * Lets `capture.ts` reach the live renderer and scene (for "Save image" and the handout). Draws
 * nothing; the capture code itself is loaded only when a picture is asked for.
 */
export function CaptureRegistration({ models, skin }: { models: readonly LoadedModel[]; skin: LoadedModel | null }) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    // What is measured is what the camera rig frames: the structure models, and the skin (it reaches
    // the ankles) while it shows.
    const bounds = (target: Box3): Box3 => {
      target.makeEmpty()
      for (const m of models) target.expandByObject(m.scene)
      if (skin && skinLayerShown(appStore.getState().viewer)) target.expandByObject(skin.scene, true)
      return target
    }
    setCaptureSource({ gl, scene, camera, invalidate, bounds })
    return () => setCaptureSource(null)
  }, [gl, scene, camera, invalidate, models, skin])
  return null
}
