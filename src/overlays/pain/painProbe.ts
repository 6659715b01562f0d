import { ndcToPage } from '../screenPoint'
import type { RootState } from '@react-three/fiber'
import { Vector3 } from 'three'
import { MM_PER_M } from '../../anatomy/mat4'
import { nearestFacingVertex } from '../../anatomy/meshQuery'
import type { Vec3 } from '../../anatomy/types'
import type { PainDrawing } from './painDrawing'
import type { PosedSkin } from './PosedSkin'
import type { OverlayAttributes } from './skinInstall'
import type { SkinData } from './skinData'

/** Test hooks on `window.__painProbe` for the browser tests (read-only; nothing here changes the scene). */
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

/**
 * How squarely a probed vertex must face the asked direction (cosine, 60°): tests aim at skin
 * that faces the camera, so a point is never found on the far side of the body.
 */
const PROBE_FACING_MIN = 0.5

type ProbeWindow = { __painProbe?: PainProbeApi }

/**
 * Put the pain probe on `window`; the clean-up takes it off. Camera and canvas size are read
 * when asked (`getThree`), so resizing the view needs no new probe.
 */
export function installPainProbe(
  skin: SkinData,
  posed: PosedSkin,
  attributes: OverlayAttributes,
  drawing: PainDrawing,
  getThree: () => RootState,
): () => void {
  const probe: PainProbeApi = {
    landmark: (id) => skin.landmarks.get(id) ?? null,
    skinPoint(rest, normal) {
      const best = nearestFacingVertex(skin.rest, skin.normals, rest, normal, PROBE_FACING_MIN)
      if (best < 0) return null
      const { camera, size } = getThree()
      skin.root.updateMatrixWorld(true)
      const p = posed.update()
      const v = new Vector3(p[best * 3]!, p[best * 3 + 1]!, p[best * 3 + 2]!)
        .divideScalar(MM_PER_M)
        .applyMatrix4(skin.root.matrixWorld)
        .project(camera)
      return { ...ndcToPage(v.x, v.y, size), depth: v.z, vertex: best }
    },
    heat: (i) => [(attributes.heatE.array as Float32Array)[i] ?? 0, (attributes.heatS.array as Float32Array)[i] ?? 0],
    drawing: (i) => drawing.values?.[i] ?? 0,
    vertexCount: () => skin.vertexCount,
  }
  const w = window as unknown as ProbeWindow
  w.__painProbe = probe
  return () => {
    if (w.__painProbe === probe) delete w.__painProbe
  }
}
