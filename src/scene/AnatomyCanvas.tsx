import { Canvas, addAfterEffect, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useModels } from '../models/useModels'
import { LandmarkMarkers } from '../overlays/LandmarkMarkers'
import type { LoadedModel } from '../models/useModels'
import type { PainDrawing } from '../overlays/pain/painDrawing'
import { findSkinNode } from '../overlays/pain/skinData'
import { SkinLayer } from '../overlays/pain/SkinLayer'
import { TriggerSurfaceSlot } from '../overlays/pain/triggerSurface'
import { appStore, subscribeSlice } from '../store/appStore'
import { allFilesSettled, clearSelection, loadedFileCount, setContextLost } from '../store/viewerSlice'
import { AfterBones } from './AfterBones'
import { CameraRig } from './CameraRig'
import { CaptureRegistration } from './CaptureRegistration'
import { Lighting } from './Lighting'
import { ModelLayer } from './ModelLayer'
import { MuscleLayer } from './muscles/MuscleLayer'
import { CostLog } from './rig/costLog'
import { PostureRig } from './rig/PostureRig'
import { ScreenProbe } from './ScreenProbe'

/** Scene options read from the URL, for benchmarks and screenshots. */
export interface CanvasOptions {
  /** Auto-rotation speed in radians per second (0 = off). */
  readonly autoRotate: number
  /** MSAA; software rendering halves its frame rate with it on (TOOLCHAIN.md §4). */
  readonly antialias: boolean
  /** Draw every frame even when nothing changes (benchmarks compare frame times this way). */
  readonly continuous: boolean
}

/**
 * Sets `data-ready="true"` on the container once every listed file has settled and a frame with
 * all loaded models has been drawn. A 1-pixel read forces the (software) rasteriser to finish,
 * so "ready" means pixels, not just a queued draw.
 */
function ReadyProbe({ expected, onReady }: { expected: number; onReady: () => void }) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const done = useRef(false)
  useEffect(() => {
    invalidate()
    return addAfterEffect(() => {
      if (done.current) return
      const s = appStore.getState().viewer
      if (!allFilesSettled(s) || loadedFileCount(s) !== expected) return
      const ctx = gl.getContext()
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4))
      done.current = true
      onReady()
    })
  }, [gl, scene, expected, onReady, invalidate])
  return null
}

/** Watches for a lost WebGL context and tells the store; three restores its own state. */
function ContextWatcher() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    const lost = (e: Event) => {
      e.preventDefault() // allow the browser to restore the context
      setContextLost(true)
    }
    const restored = () => {
      setContextLost(false)
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])
  return null
}

/**
 * The 3D view: full-window canvas, lights, models, camera, overlays. The posture rig wraps
 * everything that moves with the pose (bones and discs, muscles, skin). The muscles and the skin
 * wait for the bone files (`<AfterBones>`), so they never float in the air before the bones arrive. The patient's drawing is
 * owned by the app and handed in, so it outlives the canvas.
 */
export function AnatomyCanvas({ options, drawing }: { options: CanvasOptions; drawing: PainDrawing }) {
  const models = useModels()
  // The skin has its own layer (material, picking, brush); everything else is a structure model.
  const { bones, skin } = useMemo(() => {
    let skinModel: LoadedModel | null = null
    const rest: LoadedModel[] = []
    for (const m of models) {
      if (!skinModel && findSkinNode(m.scene)) skinModel = m
      else rest.push(m)
    }
    return { bones: rest, skin: skinModel }
  }, [models])
  const [ready, setReady] = useState(false)
  const [expected, setExpected] = useState(-1)
  const markReady = useCallback(() => {
    // A named mark lets the benchmark read navigation → ready from the page's own clock.
    performance.mark('anatomy-ready')
    setReady(true)
  }, [])
  useEffect(
    () =>
      subscribeSlice('viewer', (s) => {
        if (allFilesSettled(s)) setExpected(loadedFileCount(s))
        else if (s.manifestLoaded) {
          // A file tried again (Retry) is coming: not ready until it has settled and been drawn.
          setExpected(-1)
          setReady(false)
        }
      }),
    [],
  )
  const postureCosts = useMemo(() => new CostLog(), [])
  // The muscles hand their surface to the skin layer's trigger-point crosses through this.
  const muscleSurface = useMemo(() => new TriggerSurfaceSlot(), [])
  return (
    <div
      className="canvas-container"
      data-ready={ready ? 'true' : 'false'}
      data-testid="canvas-container"
      // Focusable, so keyboard users can turn and zoom the model (CameraRig's keys) from here.
      tabIndex={0}
      role="application"
      aria-roledescription="3D view"
      aria-label="3D model of the lower back, pelvis and thighs. Arrow keys turn it, plus and minus zoom, 1 to 6 choose a view, 0 resets."
    >
      <Canvas
        frameloop={options.autoRotate || options.continuous ? 'always' : 'demand'}
        dpr={[1, 2]}
        gl={{ antialias: options.antialias, powerPreference: 'high-performance' }}
        camera={{ fov: 35, near: 0.01, far: 20, position: [0.6, 0.3, 1.4] }}
        onPointerMissed={() => clearSelection()}
      >
        <color attach="background" args={['#1d2129']} />
        <Lighting />
        <PostureRig models={models} costs={postureCosts}>
          <ModelLayer models={bones}>
            <AfterBones>
              <MuscleLayer triggerSurface={muscleSurface} />
            </AfterBones>
          </ModelLayer>
          {skin && (
            <AfterBones>
              <SkinLayer skin={skin} drawing={drawing} muscleSurface={muscleSurface} />
            </AfterBones>
          )}
        </PostureRig>
        <LandmarkMarkers models={bones} />
        <CameraRig models={bones} skin={skin} autoRotate={options.autoRotate} />
        <ContextWatcher />
        <CaptureRegistration models={bones} skin={skin} />
        <ScreenProbe postureCosts={postureCosts} />
        {expected >= 0 && expected === models.length && <ReadyProbe expected={expected} onReady={markReady} />}
      </Canvas>
    </div>
  )
}
