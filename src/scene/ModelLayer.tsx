import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Mesh, type MeshStandardMaterial, type Object3D } from 'three'
import type { LoadedModel } from '../models/useModels'
import { owningStructure, type AnatomyUserData } from '../models/nodeIndex'
import { hover, select, viewerStore, type LayerKind, type ViewerState } from '../store/viewerStore'
import type { MarkerUserData } from '../overlays/LandmarkMarkers'
import { setHighlight, structureMaterial } from './materials'

/** One pickable structure: its node, kind and the materials we gave its meshes. */
interface Structure {
  readonly node: Object3D
  readonly kind: LayerKind
  readonly materials: MeshStandardMaterial[]
}

/** Collect structures and give each its own material (disposed on unmount). */
function prepare(models: readonly LoadedModel[]): Map<string, Structure> {
  const out = new Map<string, Structure>()
  for (const { scene } of models) {
    scene.traverse((o) => {
      if (!(o instanceof Mesh) || 'markerOf' in o.userData) return
      const owner = owningStructure(o)
      if (!owner) return
      const data = owner.userData as AnatomyUserData
      let s = out.get(data.anatomyId!)
      if (!s) {
        s = { node: owner, kind: (data.kind ?? 'bone') as LayerKind, materials: [] }
        out.set(data.anatomyId!, s)
      }
      const m = structureMaterial(data.kind)
      o.material = m
      s.materials.push(m)
    })
  }
  return out
}

/** Show or hide each structure by its layer and tint it by hover/selection. */
function applyState(structures: ReadonlyMap<string, Structure>, s: ViewerState): void {
  for (const [id, st] of structures) {
    st.node.visible = s.layers[st.kind] !== false
    const state = s.selectedId === id ? 'selected' : s.hoveredId === id ? 'hover' : 'none'
    for (const m of st.materials) setHighlight(m, state)
  }
}

function disposeAll(structures: ReadonlyMap<string, Structure>): void {
  for (const st of structures.values()) for (const m of st.materials) m.dispose()
}

const isShown = (o: Object3D | null): boolean => {
  for (let cur = o; cur; cur = cur.parent) if (!cur.visible) return false
  return true
}

/**
 * The loaded models: visibility by layer, hover and selection highlight, and picking. Store
 * changes are applied imperatively (no React re-render of the scene graph), then one frame is
 * requested.
 */
export function ModelLayer({ models }: { models: readonly LoadedModel[] }) {
  const invalidate = useThree((s) => s.invalidate)
  const structures = useMemo(() => prepare(models), [models])

  useEffect(() => {
    const apply = () => {
      applyState(structures, viewerStore.getState())
      invalidate()
    }
    apply()
    const unsubscribe = viewerStore.subscribe(apply)
    return () => {
      unsubscribe()
      disposeAll(structures)
    }
  }, [structures, invalidate])

  const idOf = (e: ThreeEvent<PointerEvent | MouseEvent>): string | null => {
    if (!isShown(e.object)) return null
    const marker = (e.object.userData as Partial<MarkerUserData>).markerOf
    if (marker) return marker
    const owner = owningStructure(e.object)
    return owner ? ((owner.userData as AnatomyUserData).anatomyId ?? null) : null
  }

  return (
    <group
      onPointerMove={(e) => {
        const id = idOf(e)
        if (id === null) return // hidden: let the event reach the next hit
        e.stopPropagation()
        hover(id)
      }}
      onPointerOut={() => hover(null)}
      onClick={(e) => {
        const id = idOf(e)
        if (id === null) return
        e.stopPropagation()
        select(id)
      }}
    >
      {models.map((m) => (
        // Loaded scenes are owned by the loader cache: never let React dispose them.
        <primitive key={m.file} object={m.scene} dispose={null} />
      ))}
    </group>
  )
}
