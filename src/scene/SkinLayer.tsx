import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  BufferAttribute,
  DynamicDrawUsage,
  Matrix4,
  Vector3,
  type Camera,
  type Intersection,
  type Raycaster,
} from 'three'
import { MUSCLES } from '../anatomy/muscles'
import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import { rankAtPoint } from '../anatomy/painRanking'
import { patternIntensity } from '../anatomy/painZones'
import type { Side, Vec3 } from '../anatomy/types'
import type { LoadedModel } from '../models/useModels'
import { PainFields } from '../overlays/pain/painFields'
import { createSkinPaint } from '../overlays/pain/skinMaterial'
import { readSkin, type SkinData } from '../overlays/pain/skinData'
import { atHit, posePositions, raycastPosed, type SkinHit } from '../overlays/pain/skinPose'
import { TriggerMarkers } from '../overlays/pain/TriggerMarkers'
import {
  attachDrawing,
  beginStroke,
  drawingValues,
  endStroke,
  onDrawingChange,
  paintDab,
  skinKey,
} from '../store/painDrawing'
import { painStore, setLookup, showPattern, usePain, type PainState } from '../store/painStore'
import { clearSelection, setFileStatus, setLayerVisible, viewerStore } from '../store/viewerStore'
import { rankDrawingMatches } from '../overlays/pain/drawingMatches'

/** Live posed copy of the skin for picking: recomputed only when a joint has moved. */
class PosedSkin {
  readonly positions: Float32Array
  private key = ''
  private readonly mats: number[][]
  constructor(private readonly skin: SkinData) {
    this.positions = new Float32Array(skin.vertexCount * 3)
    this.mats = skin.jointIds.map(() => new Array<number>(16).fill(0))
  }
  /** Bring the posed positions (mm, skin-file frame) up to date with the joints. */
  update(): Float32Array {
    let key = ''
    this.skin.mesh.skeleton.bones.forEach((b, i) => {
      const e = b.matrix.elements
      const m = this.mats[i]!
      for (let k = 0; k < 16; k++) m[k] = e[k]!
      m[12]! *= 1000
      m[13]! *= 1000
      m[14]! *= 1000
      key += e.join(',') + ';'
    })
    if (key !== this.key) {
      posePositions(this.skin, this.mats, this.positions)
      this.key = key
    }
    return this.positions
  }
}

const _inv = new Matrix4()
const _o = new Vector3()
const _d = new Vector3()

const isShown = (o: { visible: boolean; parent: unknown } | null): boolean => {
  for (let cur = o as { visible: boolean; parent: unknown } | null; cur; cur = cur.parent as typeof cur)
    if (!cur.visible) return false
  return true
}

/** Test hooks for the browser tests (read-only; nothing here changes the scene). */
export interface PainProbeApi {
  /** Standing landmark position (mm) from the skin file. */
  landmark(id: string): Vec3 | null
  /** Screen position (CSS px in the canvas) of the skin vertex nearest a rest point facing `normal`. */
  skinPoint(rest: Vec3, normal: Vec3): { x: number; y: number; depth: number; vertex: number } | null
  /** Heat values at a vertex: [essential, spillover]. */
  heat(vertex: number): [number, number]
  /** Drawing value at a vertex. */
  drawing(vertex: number): number
  vertexCount(): number
}

/** What the skin needs to be drawn and picked, built once per loaded skin file. */
interface BuiltSkin {
  readonly data: SkinData
  readonly paint: ReturnType<typeof createSkinPaint>
  readonly fields: PainFields
  readonly posed: PosedSkin
}

/**
 * Give the skin its material and overlay attributes, a picking function for the posed surface,
 * and keep it in step with the stores. Returns the clean-up.
 */
function installSkin(
  built: BuiltSkin,
  invalidate: () => void,
  camera: Camera,
  size: { width: number; height: number },
) {
  const { data, paint, fields, posed } = built
  const { mesh } = data
  const n = data.vertexCount
  mesh.material = paint.material
  mesh.frustumCulled = false // bounds move with the pose; the skin is always in view anyway
  mesh.renderOrder = 2
  paint.uniforms.restMatrix.value.copy(mesh.bindMatrix)
  const attr = (name: string) => {
    const a = new BufferAttribute(new Float32Array(n), 1).setUsage(DynamicDrawUsage)
    mesh.geometry.setAttribute(name, a)
    return a
  }
  const heatE = attr('heatE')
  const heatS = attr('heatS')
  const draw = attr('painDraw')

  mesh.raycast = (raycaster: Raycaster, intersects: Intersection[]) => {
    if (!isShown(mesh)) return
    const positions = posed.update()
    _inv.copy(data.root.matrixWorld).invert()
    _o.copy(raycaster.ray.origin).applyMatrix4(_inv).multiplyScalar(1000)
    _d.copy(raycaster.ray.direction).transformDirection(_inv)
    const hit = raycastPosed(positions, data.indices, [_o.x, _o.y, _o.z], [_d.x, _d.y, _d.z])
    if (!hit) return
    const p = atHit(positions, hit)
    const point = new Vector3(p[0], p[1], p[2]).multiplyScalar(0.001).applyMatrix4(data.root.matrixWorld)
    intersects.push({
      distance: point.distanceTo(raycaster.ray.origin),
      point,
      object: mesh,
      face: { a: hit.a, b: hit.b, c: hit.c, normal: new Vector3(), materialIndex: 0 },
      faceIndex: hit.faceIndex,
      barycoord: new Vector3(...hit.bary),
    } as Intersection)
  }

  let lastKey = ''
  const apply = (s: PainState) => {
    const v = viewerStore.getState()
    data.root.visible = v.layers.skin === true
    paint.uniforms.skinOpacity.value = s.skinOpacity
    paint.uniforms.heatOpacity.value = s.heatOpacity
    const key = JSON.stringify([s.shown, s.side])
    if (key !== lastKey) {
      lastKey = key
      const f = fields.combined(s.shown, s.side)
      ;(heatE.array as Float32Array).set(f.essential)
      ;(heatS.array as Float32Array).set(f.spillover)
      heatE.needsUpdate = true
      heatS.needsUpdate = true
    }
    invalidate()
  }
  const uploadDrawing = () => {
    const values = drawingValues()
    if (values && values.length === n) (draw.array as Float32Array).set(values)
    draw.needsUpdate = true
    invalidate()
  }
  const rank = () => {
    const values = drawingValues()
    painStore.setState({ matches: values ? rankDrawingMatches(values, data, fields) : [] })
  }
  attachDrawing(n, skinKey(data.rest))
  uploadDrawing()
  rank()
  apply(painStore.getState())
  const offDrawing = onDrawingChange(uploadDrawing)
  const offPain = painStore.subscribe((s, prev) => {
    apply(s)
    if (s.drawingRevision !== prev.drawingRevision) rank()
  })
  const offViewer = viewerStore.subscribe((s, prev) => {
    if (s.layers.skin !== prev.layers.skin) apply(painStore.getState())
    // Selecting a muscle in the scene shows its referral pattern on its side.
    if (s.selectedId !== prev.selectedId && s.selectedId) {
      const muscle = PAIN_PATTERNS.find((p) => p.sceneMuscles.includes(s.selectedId!))
      const side = MUSCLES.find((m) => m.id === s.selectedId)?.side
      if (muscle) {
        showPattern(muscle.muscle, side ?? painStore.getState().side)
        if (s.layers.skin !== true) setLayerVisible('skin', true)
      }
    }
  })
  const probe: PainProbeApi = {
    landmark: (id) => data.landmarks.get(id) ?? null,
    skinPoint(rest, normal) {
      let best = -1
      let bestD = Infinity
      for (let i = 0; i < n; i++) {
        const f =
          data.normals[i * 3]! * normal[0] + data.normals[i * 3 + 1]! * normal[1] + data.normals[i * 3 + 2]! * normal[2]
        if (f < 0.5) continue
        const d =
          (data.rest[i * 3]! - rest[0]) ** 2 +
          (data.rest[i * 3 + 1]! - rest[1]) ** 2 +
          (data.rest[i * 3 + 2]! - rest[2]) ** 2
        if (d < bestD) {
          bestD = d
          best = i
        }
      }
      if (best < 0) return null
      data.root.updateMatrixWorld(true)
      const p = posed.update()
      const v = new Vector3(p[best * 3]!, p[best * 3 + 1]!, p[best * 3 + 2]!)
        .multiplyScalar(0.001)
        .applyMatrix4(data.root.matrixWorld)
        .project(camera)
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height, depth: v.z, vertex: best }
    },
    heat: (i) => [(heatE.array as Float32Array)[i] ?? 0, (heatS.array as Float32Array)[i] ?? 0],
    drawing: (i) => drawingValues()?.[i] ?? 0,
    vertexCount: () => n,
  }
  ;(window as unknown as { __painProbe?: PainProbeApi }).__painProbe = probe
  return () => {
    offDrawing()
    offPain()
    offViewer()
    paint.material.dispose()
  }
}

/**
 * The body surface: skinned to the rig (the posture driver moves its joints), painted with the
 * referred-pain heatmap and the patient's drawing, and pickable for the pain lookup and the brush.
 */
export function SkinLayer({ skin }: { skin: LoadedModel }) {
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const paintMode = usePain((s) => s.paintMode)
  const built = useMemo((): BuiltSkin | { error: string } => {
    try {
      const data = readSkin(skin.scene)
      return { data, paint: createSkinPaint(), fields: new PainFields(data), posed: new PosedSkin(data) }
    } catch (err) {
      return { error: (err as Error).message }
    }
  }, [skin])
  const stroke = useRef(false)

  useEffect(() => {
    if ('error' in built) setFileStatus(skin.file, { state: 'failed', message: built.error })
  }, [built, skin.file])

  useEffect(() => {
    if ('error' in built) return
    return installSkin(built, invalidate, camera, size)
  }, [built, invalidate, camera, size])

  if ('error' in built) return null
  const { data } = built

  /** The touched point in the rest frame, with its rest normal. */
  const restAt = (e: ThreeEvent<PointerEvent | MouseEvent>): { p: Vec3; n: Vec3 } | null => {
    const bary = (e as unknown as { barycoord?: Vector3 }).barycoord
    if (e.object !== data.mesh || !e.face || !bary) return null
    const hit: SkinHit = {
      a: e.face.a,
      b: e.face.b,
      c: e.face.c,
      faceIndex: 0,
      bary: [bary.x, bary.y, bary.z],
      distance: 0,
    }
    const p = atHit(data.rest, hit)
    const nr = atHit(data.normals, hit)
    const len = Math.hypot(nr[0], nr[1], nr[2]) || 1
    return { p, n: [nr[0] / len, nr[1] / len, nr[2] / len] }
  }

  const dabAt = (e: ThreeEvent<PointerEvent>) => {
    const at = restAt(e)
    if (!at) return
    const s = painStore.getState()
    paintDab(data.rest, data.normals, at.p, at.n, s.brushCm * 10, s.paintMode === 'erase' ? 'erase' : 'brush')
  }

  const painting = paintMode !== 'off'
  return (
    <>
      <primitive
        object={data.root}
        dispose={null}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          if (painting) return e.stopPropagation()
          const at = restAt(e)
          if (!at) return
          e.stopPropagation()
          const side: Side = at.p[0] >= 0 ? 'l' : 'r'
          const intensities = PAIN_PATTERNS.map((pattern) => ({
            muscle: pattern.muscle,
            ...patternIntensity(pattern, side, at.p, at.n, data.landmarks),
          }))
          clearSelection()
          setLookup({ point: at.p, side, entries: rankAtPoint(intensities) })
        }}
        onPointerDown={
          painting
            ? (e: ThreeEvent<PointerEvent>) => {
                if (e.button !== 0) return
                e.stopPropagation()
                stroke.current = true
                beginStroke()
                dabAt(e)
                const end = () => {
                  window.removeEventListener('pointerup', end)
                  window.removeEventListener('pointercancel', end)
                  if (stroke.current) {
                    stroke.current = false
                    endStroke()
                  }
                }
                window.addEventListener('pointerup', end)
                window.addEventListener('pointercancel', end)
              }
            : undefined
        }
        onPointerMove={
          painting
            ? (e: ThreeEvent<PointerEvent>) => {
                if (!stroke.current) return
                e.stopPropagation()
                dabAt(e)
              }
            : undefined
        }
      />
      <TriggerMarkers skin={data} />
    </>
  )
}
