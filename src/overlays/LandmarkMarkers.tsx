import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Mesh, MeshStandardMaterial, SphereGeometry, type Object3D } from 'three'
import type { AnatomyUserData } from '../models/nodeIndex'
import type { LoadedModel } from '../models/useModels'
import { appStore, subscribeSlice } from '../store/appStore'

/** Marker radius in metres: big enough to see and tap at whole-pelvis zoom, small enough not to hide bone. */
const RADIUS = 0.0045

/** Marks a marker mesh with the landmark it stands for, so picking can name it. */
export interface MarkerUserData {
  readonly markerOf: string
}

/**
 * Landmark dots. Each dot is a child of its landmark node, so it moves with its bone when a pose
 * moves the bone. Shown with the "Landmarks" layer.
 */
export function LandmarkMarkers({ models }: { models: readonly LoadedModel[] }) {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const geometry = new SphereGeometry(RADIUS, 16, 12)
    const material = new MeshStandardMaterial({ color: '#ffb000', emissive: '#4a3000', roughness: 0.4 })
    const markers: Mesh[] = []
    for (const { scene } of models) {
      scene.traverse((o: Object3D) => {
        const data = o.userData as AnatomyUserData
        if (data.kind !== 'landmark' || !data.anatomyId) return
        const m = new Mesh(geometry, material)
        m.userData = { markerOf: data.anatomyId } satisfies MarkerUserData
        markers.push(m)
      })
    }
    // Attach after traversal so traversal never visits its own additions.
    let i = 0
    for (const { scene } of models) {
      scene.traverse((o: Object3D) => {
        if ((o.userData as AnatomyUserData).kind === 'landmark') o.add(markers[i++]!)
      })
    }
    const apply = () => {
      const on = appStore.getState().viewer.layers.landmark === true
      for (const m of markers) m.visible = on
      invalidate()
    }
    apply()
    const unsubscribe = subscribeSlice('viewer', apply)
    return () => {
      unsubscribe()
      for (const m of markers) m.removeFromParent()
      geometry.dispose()
      material.dispose()
    }
  }, [models, invalidate])
  return null
}
