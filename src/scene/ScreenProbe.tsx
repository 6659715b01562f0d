import { ndcToPage } from '../overlays/screenPoint'
import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, Vector3, type Object3D } from 'three'
import type { AnatomyUserData } from '../models/nodeIndex'
import { appStore, type AppState } from '../store/appStore'
import { cameraPose, type CameraPose } from './cameraBridge'
import type { CostLog } from './rig/costLog'
import { shownInScene } from './shownInScene'

/**
 * The one probe: what `window.__anatomyViewer` exposes to the browser tests and the benchmark.
 * Benchmark figures (posture update costs, render info) are read through it, never from module state.
 */
export interface ScreenProbeApi {
  /** CSS-pixel position on the page of the centre of a structure's bounds, with its
   * normalised depth (smaller = nearer the camera); null if absent. */
  project(id: string): { x: number; y: number; depth: number } | null
  /**
   * The page rectangle (CSS pixels) that a structure's world bounds cover on screen (the corners
   * of its bounding box, projected); null if absent.
   */
  screenBounds(id: string): { left: number; top: number; right: number; bottom: number } | null
  /** Ids of every node that carries one. */
  ids(): string[]
  /** Whether a node and all its ancestors are visible (null if absent). */
  shown(id: string): boolean | null
  /** How many frames have been drawn; automation waits for this to stop changing. */
  renders(): number
  /** True while a redraw has been asked for and not yet drawn (a slow software frame may be on its way). */
  pending(): boolean
  /** Milliseconds each posture update (rig + muscles) took, oldest first (for the benchmark). */
  updateCosts(): number[]
  /** What the last frame drew (three's `renderer.info`), and what the GPU holds now. */
  renderInfo(): RenderInfo
  /**
   * A copy of the store's state (ids and settings: selection, layers, attachments, pain, posture),
   * so a test can compare what an action changed. A copy: writing to it changes nothing.
   */
  state(): AppState
  /** Where the camera is (or is gliding to) and what it looks at, in metres; null before there is one. */
  camera(): CameraPose | null
}

/** Draw calls and triangles of the last frame; geometries, textures and shader programs alive. */
export interface RenderInfo {
  readonly calls: number
  readonly triangles: number
  readonly geometries: number
  readonly textures: number
  readonly programs: number
}

const _box = new Box3()
const _v = new Vector3()

/**
 * Lets automation find structures on screen without guessing pixel positions, so a test can
 * hover or click "the left femur" in any view. Read-only: it changes nothing in the scene.
 */
export function ScreenProbe({ postureCosts }: { postureCosts: CostLog }) {
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const get = useThree((s) => s.get)
  const gl = useThree((s) => s.gl)
  // Frames drawn since the canvas mounted. Counted apart from the probe below, which is rebuilt
  // on every resize: a wait on the count must survive the resize that present mode brings.
  const renders = useRef(0)
  useEffect(
    () =>
      addAfterEffect(() => {
        renders.current++
      }),
    [],
  )
  useEffect(() => {
    const find = (id: string): Object3D | undefined => {
      let found: Object3D | undefined
      scene.traverse((o) => {
        if (!found && (o.userData as AnatomyUserData).anatomyId === id) found = o
      })
      return found
    }
    const api: ScreenProbeApi = {
      project(id) {
        const o = find(id)
        if (!o) return null
        _box.setFromObject(o).getCenter(_v).project(camera)
        return { ...ndcToPage(_v.x, _v.y, size), depth: _v.z }
      },
      screenBounds(id) {
        const o = find(id)
        if (!o) return null
        _box.setFromObject(o)
        const r = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity }
        for (let k = 0; k < 8; k++) {
          _v.set(k & 1 ? _box.max.x : _box.min.x, k & 2 ? _box.max.y : _box.min.y, k & 4 ? _box.max.z : _box.min.z)
          _v.project(camera)
          const p = ndcToPage(_v.x, _v.y, size)
          r.left = Math.min(r.left, p.x)
          r.right = Math.max(r.right, p.x)
          r.top = Math.min(r.top, p.y)
          r.bottom = Math.max(r.bottom, p.y)
        }
        return r
      },
      renders: () => renders.current,
      pending: () => get().internal.frames > 0,
      shown(id) {
        const o = find(id)
        if (!o) return null
        return shownInScene(o)
      },
      updateCosts: () => postureCosts.values(),
      renderInfo: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
      }),
      state: () => JSON.parse(JSON.stringify(appStore.getState())) as AppState,
      camera: () => cameraPose(),
      ids() {
        const out: string[] = []
        scene.traverse((o) => {
          const id = (o.userData as AnatomyUserData).anatomyId
          if (id) out.push(id)
        })
        return out
      },
    }
    ;(window as unknown as { __anatomyViewer?: ScreenProbeApi }).__anatomyViewer = api
  }, [scene, camera, size, get, gl, postureCosts])
  return null
}
