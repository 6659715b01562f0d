import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, type ReactNode } from 'react'
import { Mesh, type BufferAttribute, type MeshStandardMaterial, type Object3D } from 'three'
import { attachmentById } from '../anatomy/attachments'
import type { LoadedModel } from '../models/useModels'
import { owningStructure, type AnatomyUserData } from '../models/nodeIndex'
import { installRegionPaint, regionClass, type RegionPaint } from '../overlays/attachmentPaint'
import type { MarkerUserData } from '../overlays/LandmarkMarkers'
import { selectStructure } from '../store/actions'
import { appStore, subscribeSlice } from '../store/appStore'
import { attachmentShown, hover, type LayerKind, type ViewerState } from '../store/viewerSlice'
import { setHighlight, structureMaterial } from './materials'
import { shownInScene } from './shownInScene'

/** A painted-region table for one mesh. */
interface Painted {
  readonly paint: RegionPaint
  readonly regionIds: readonly string[]
}

/** One pickable structure: its node, kind, the materials we gave its meshes and their region paint. */
interface Structure {
  readonly node: Object3D
  readonly kind: LayerKind
  readonly materials: MeshStandardMaterial[]
  readonly painted: Painted[]
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
        s = { node: owner, kind: (data.kind ?? 'bone') as LayerKind, materials: [], painted: [] }
        out.set(data.anatomyId!, s)
      }
      const m = structureMaterial(data.kind)
      const regionIds = (o.userData as AnatomyUserData).regions ?? []
      if (regionIds.length > 0 && o.geometry.getAttribute('_region'))
        s.painted.push({ paint: installRegionPaint(m), regionIds })
      o.material = m
      s.materials.push(m)
    })
  }
  return out
}

/** Show or hide each structure by its layer, tint it by hover/selection, paint its attachments. */
function applyState(structures: ReadonlyMap<string, Structure>, s: ViewerState): void {
  for (const [id, st] of structures) {
    st.node.visible = s.layers[st.kind] !== false
    const state = s.selectedId === id ? 'selected' : s.hoveredId === id ? 'hover' : 'none'
    for (const m of st.materials) setHighlight(m, state)
    for (const { paint, regionIds } of st.painted) {
      regionIds.forEach((rid, i) => {
        const a = attachmentById(rid)
        paint.classes[i + 1] = a && attachmentShown(s, a.muscle) ? regionClass(a.role) : 0
      })
      const focusId = s.hoveredId ?? s.selectedId
      paint.focus.value = focusId ? regionIds.indexOf(focusId) + 1 : 0
    }
  }
}

function disposeAll(structures: ReadonlyMap<string, Structure>): void {
  for (const st of structures.values()) for (const m of st.materials) m.dispose()
}

/**
 * The painted attachment under the pointer, if its layer is on: the region code most of the hit
 * triangle's corners carry.
 */
function attachmentAt(mesh: Object3D, face: { a: number; b: number; c: number } | null | undefined): string | null {
  if (!(mesh instanceof Mesh) || !face) return null
  const attr = mesh.geometry.getAttribute('_region') as BufferAttribute | undefined
  const regionIds = (mesh.userData as AnatomyUserData).regions
  if (!attr || !regionIds) return null
  const codes = [attr.getX(face.a), attr.getX(face.b), attr.getX(face.c)].filter((c) => c > 0)
  const code = codes.find((c) => codes.filter((d) => d === c).length >= 2) ?? codes[0]
  const id = code ? regionIds[code - 1] : undefined
  const a = id ? attachmentById(id) : undefined
  return a && attachmentShown(appStore.getState().viewer, a.muscle) ? a.id : null
}

/**
 * The loaded models: visibility by layer, hover and selection highlight, attachment paint and
 * picking. Children (the muscles) are pickable the same way: a hit names the structure whose
 * node carries an `anatomyId`. Store changes are applied imperatively (no React re-render of the scene graph), then
 * one frame is requested.
 */
export function ModelLayer({ models, children }: { models: readonly LoadedModel[]; children?: ReactNode }) {
  const invalidate = useThree((s) => s.invalidate)
  const structures = useMemo(() => prepare(models), [models])

  useEffect(() => {
    const apply = (s: ViewerState) => {
      applyState(structures, s)
      invalidate()
    }
    apply(appStore.getState().viewer)
    const unsubscribe = subscribeSlice('viewer', apply)
    return () => {
      unsubscribe()
      disposeAll(structures)
    }
  }, [structures, invalidate])

  /** What a pointer event points at: a landmark marker, a painted attachment, or a structure. */
  const idOf = (e: ThreeEvent<PointerEvent | MouseEvent>): string | null => {
    if (!shownInScene(e.object)) return null
    const marker = (e.object.userData as Partial<MarkerUserData>).markerOf
    if (marker) return marker
    const attachment = attachmentAt(e.object, e.face)
    if (attachment) return attachment
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
        selectStructure(id)
      }}
    >
      {models.map((m) => (
        // Loaded scenes are owned by the loader: never let React dispose them.
        <primitive key={m.file} object={m.scene} dispose={null} />
      ))}
      {children}
    </group>
  )
}
