import { ndcToPage } from '../screenPoint'
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Quaternion, Vector3, type Camera } from 'three'
import { PAIN_PATTERNS } from '../../anatomy/painPatterns'
import { triggerSelectionId } from '../../anatomy/selection'
import type { PainMuscleId, TriggerPoint } from '../../anatomy/painTypes'
import { nearestFacingVertex } from '../../anatomy/meshQuery'
import { facingVector, pointOf } from '../../anatomy/painReferences'
import type { Side, Vec3 } from '../../anatomy/types'
import { selectStructure } from '../../store/actions'
import { appStore, subscribeSlice } from '../../store/appStore'
import type { PainState } from '../../store/painSlice'
import { hover, skinLayerShown } from '../../store/viewerSlice'
import { mirrorX } from '../../anatomy/vec'
import type { SkinData } from './skinData'
import { jointTransforms, poseVertex } from './skinPose'
import type { TriggerAnchor, TriggerSurfaceSlot } from './triggerSurface'
import { OPAQUE_SKIN } from './skinSync'

/** Marker size: arms 16 mm long, so the X reads at whole-body zoom without hiding the heatmap. */
const ARM = 0.016

/**
 * Least cosine (about 70°) between a trigger point's palpation direction and the normal of the
 * skin vertex that stands for it, so that a point felt from behind lands on skin that faces
 * backwards, never on the front of the body or the far side of a limb.
 */
const TRIGGER_MIN_FACING = 0.35

/**
 * The skin vertex that stands for a trigger point: the nearest vertex to the point whose normal
 * faces the way the point is palpated from.
 */
export function triggerVertex(
  skin: Pick<SkinData, 'rest' | 'normals' | 'landmarks' | 'vertexCount'>,
  tp: TriggerPoint,
  side: Side,
): number {
  const left = pointOf(tp.at, skin.landmarks)
  const target: Vec3 = side === 'l' ? left : mirrorX(left)
  const rest = skin.rest.subarray(0, skin.vertexCount * 3)
  return nearestFacingVertex(rest, skin.normals, target, facingVector(tp.facing, side) ?? null, TRIGGER_MIN_FACING)
}

/** Test hook on `window.__triggerProbe`. */
export interface TriggerProbeApi {
  visible(): { id: string; x: number; y: number }[]
}

interface Marker {
  readonly group: Group
  readonly vertex: number
  readonly muscle: PainMuscleId
  readonly side: Side
  readonly selectionId: string
  /** The scene muscles (this side's) the point lies in; empty for muscles the scene does not model. */
  readonly sceneMuscles: readonly string[]
  /** The trigger point's site (standing, world mm) and the way it is felt from. */
  readonly target: Vec3
  readonly facing: Vec3 | null
  /** Its place on the muscle surface: looked up when the surface first comes (null: none found). */
  anchor: TriggerAnchor | null | undefined
  /** Shown on the muscle (true) or on the skin (false), as last decided by `showMarkers`. */
  onMuscle: boolean
}

const _z = new Vector3(0, 0, 1)
const _n = new Vector3()
const _q = new Quaternion()
const _toCamera = new Vector3()

/**
 * Show the crosses of the patterns shown, on the side(s) shown: on the muscle that holds the point
 * when the scene models it and shows it, else on the skin while the skin shows (a hidden skin
 * takes its crosses with it: they must never float in the air).
 */
function showMarkers(markers: readonly Marker[], s: PainState, skinShown: boolean, slot?: TriggerSurfaceSlot): void {
  const surface = slot?.current ?? null
  for (const m of markers) {
    if (surface && m.sceneMuscles.length > 0 && m.anchor === undefined)
      m.anchor = surface.anchor(m.sceneMuscles, m.target, m.facing)
    // Through an opaque skin the muscle cannot be seen: the cross goes back on the skin over it.
    const muscleSeen = !skinShown || s.skinOpacity < OPAQUE_SKIN
    m.onMuscle = surface !== null && m.anchor !== null && m.anchor !== undefined && surface.shown(m.side) && muscleSeen
    const wanted = s.triggerPoints && s.shown[m.muscle] && (s.side === 'both' || s.side === m.side)
    m.group.visible = wanted && (m.onMuscle || skinShown)
  }
}

/**
 * Put each shown cross on its posed vertex (of the skin, or of the muscle), 1.5 mm out of the
 * surface, lying flat on it. Crosses on a surface facing away from the camera are hidden: the skin
 * is see-through, and a cross on the far side would read as one on the near side.
 */
function placeMarkers(skin: SkinData, markers: readonly Marker[], camera: Camera, slot?: TriggerSurfaceSlot): void {
  if (!markers.some((m) => m.group.visible)) return // the usual case: no pattern shown, nothing to place
  const mats = jointTransforms(skin.mesh.skeleton.bones)
  const surface = slot?.current ?? null
  for (const m of markers) {
    if (!m.group.visible) continue
    const { p, n } = m.onMuscle && surface && m.anchor ? surface.place(m.anchor) : poseVertex(skin, mats, m.vertex)
    _n.set(n[0], n[1], n[2])
    m.group.position.set(p[0], p[1], p[2]).multiplyScalar(0.001).addScaledVector(_n, 0.0015)
    m.group.quaternion.copy(_q.setFromUnitVectors(_z, _n))
    _toCamera.copy(camera.position).sub(m.group.position)
    for (const child of m.group.children) child.visible = _toCamera.dot(_n) > 0
  }
}

/**
 * Black crosses (the X of trigger-point charts, with a white rim for contrast on red) on the skin
 * at each shown pattern's trigger points. They ride on the skin as it is posed. Click one to name
 * it and read how it is found.
 */
export function TriggerMarkers({ skin, surface }: { skin: SkinData; surface?: TriggerSurfaceSlot }) {
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const markers = useMemo(() => {
    // Drawn after the see-through skin (`transparent` puts them in its pass, `renderOrder` after
    // it), so a cross on a muscle reads crisply through the skin and its heat; still depth-tested,
    // so bone and muscle in front of a cross hide it.
    const rim = new MeshBasicMaterial({ color: '#ffffff', transparent: true })
    const ink = new MeshBasicMaterial({ color: '#111111', transparent: true })
    const rimGeo = new BoxGeometry(ARM + 0.004, 0.0055, 0.001)
    const inkGeo = new BoxGeometry(ARM, 0.0028, 0.0016)
    const list: Marker[] = []
    for (const pattern of PAIN_PATTERNS) {
      for (const tp of pattern.triggerPoints) {
        for (const side of ['l', 'r'] as const) {
          const vertex = triggerVertex(skin, tp, side)
          if (vertex < 0) continue
          const group = new Group()
          for (const angle of [Math.PI / 4, -Math.PI / 4]) {
            const r = new Mesh(rimGeo, rim)
            r.rotation.z = angle
            const k = new Mesh(inkGeo, ink)
            k.rotation.z = angle
            k.position.z = 0.0006
            // After the skin (2); the ink after its rim.
            r.renderOrder = 3
            k.renderOrder = 4
            group.add(r, k)
          }
          const selectionId = triggerSelectionId(pattern.muscle, tp.id, side)
          group.userData = { triggerOf: selectionId }
          group.visible = false
          const left = pointOf(tp.at, skin.landmarks)
          list.push({
            group,
            vertex,
            muscle: pattern.muscle,
            side,
            selectionId,
            sceneMuscles: pattern.sceneMuscles.filter((id) => id.endsWith(`_${side}`)),
            target: side === 'l' ? left : mirrorX(left),
            facing: facingVector(tp.facing, side) ?? null,
            anchor: undefined,
            onMuscle: false,
          })
        }
      }
    }
    return { list, dispose: () => [rim, ink, rimGeo, inkGeo].forEach((x) => x.dispose()) }
  }, [skin])

  useEffect(() => {
    const apply = () => {
      const { pain, viewer } = appStore.getState()
      showMarkers(markers.list, pain, skinLayerShown(viewer), surface)
      invalidate()
    }
    apply()
    const offPain = subscribeSlice('pain', apply)
    const offViewer = subscribeSlice('viewer', (v, prev) => {
      if (skinLayerShown(v) !== skinLayerShown(prev) || v.layers.muscle !== prev.layers.muscle) apply()
    })
    const offSide = subscribeSlice('posture', (p, prev) => {
      if (p.side !== prev.side) apply()
    })
    const offSurface = surface?.listen(apply)
    return () => {
      offPain()
      offViewer()
      offSide()
      offSurface?.()
      markers.dispose()
    }
  }, [markers, invalidate, surface])

  // Test hook: where each visible cross is on screen (CSS px in the canvas).
  useEffect(() => {
    const probe: TriggerProbeApi = {
      visible: () =>
        markers.list
          .filter((m) => m.group.visible && m.group.children.some((c) => c.visible))
          .map((m) => {
            const v = new Vector3().setFromMatrixPosition(m.group.matrixWorld).project(camera)
            return { id: m.selectionId, ...ndcToPage(v.x, v.y, size) }
          }),
    }
    ;(window as unknown as { __triggerProbe?: TriggerProbeApi }).__triggerProbe = probe
  }, [markers, camera, size])

  // Follow the pose: place each visible cross on its posed vertex, facing out of its surface.
  useFrame(() => placeMarkers(skin, markers.list, camera, surface))

  return (
    <group
      onClick={(e: ThreeEvent<MouseEvent>) => {
        const id = (e.object.parent?.userData as { triggerOf?: string } | undefined)?.triggerOf
        if (!id || !e.object.visible || !e.object.parent?.visible) return
        e.stopPropagation()
        selectStructure(id)
      }}
      onPointerOver={(e: ThreeEvent<PointerEvent>) => {
        const id = (e.object.parent?.userData as { triggerOf?: string } | undefined)?.triggerOf
        if (id && e.object.visible && e.object.parent?.visible) {
          e.stopPropagation()
          hover(id)
        }
      }}
      onPointerOut={() => hover(null)}
    >
      {markers.list.map((m) => (
        <primitive key={m.selectionId} object={m.group} dispose={null} />
      ))}
    </group>
  )
}
