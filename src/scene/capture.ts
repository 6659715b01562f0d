import { Box3, Color, PerspectiveCamera, Vector2, Vector3, Vector4, type Scene } from 'three'
import { viewDirection, type ViewName } from '../anatomy/views'
import { appStore, type AppState } from '../store/appStore'
import { captureSource, type CaptureSource } from './captureSource'
import { fitBoxDistance } from './framing'

/**
 * Pictures of the 3D view for "Save image" and the handout, made with the live renderer and scene
 * (the same materials, lights and pose as on screen) from a camera of their own.
 *
 * How the user's view stays as it is: everything happens in one task, between two frames of the
 * page. The pictures are drawn into the canvas's own drawing buffer, tile by tile
 * (`setViewOffset`), each tile read back at once, and then the user's view is drawn again; the
 * browser only shows the buffer after the task, so it never shows a tile. The user's camera is only
 * copied, never moved. Drawing into the canvas's buffer rather than a render target keeps the
 * screen's colour output (tone mapping, sRGB) and its compiled shaders: the pictures look like the
 * screen and cost no shader compile.
 *
 * A temporary scene (`prepare`, e.g. the skin on for the handout) is applied through the store and
 * undone by putting back the very slices that were there. The scene follows the store
 * synchronously (layers, skin visibility and heatmap are applied by store subscribers, not in a
 * React render or a frame), so the change is drawn in the same task and never reaches the screen.
 * Per-frame extras (the trigger crosses are placed on the posed skin in a frame) are not part of
 * a prepared scene: `store/handoutScene.ts` turns them off.
 */

/** Which view to draw: a preset (fitted to what is shown), or the user's camera as it is. */
export type CaptureView = ViewName | 'current'

/** One picture: its view and its size in pixels. */
export interface CaptureRequest {
  readonly view: CaptureView
  readonly width: number
  readonly height: number
}

export interface CaptureOptions {
  /** Changes the store for the pictures (only actions); the state before is put back afterwards. */
  readonly prepare?: () => void
  /** Background colour for the pictures (CSS colour); the scene's own by default. */
  readonly background?: string
  /** Room around the model in a preset view (1.06 = 6 %). */
  readonly margin?: number
}

/** A picture as pixels in a 2D canvas (draw it elsewhere, or make a PNG of it with {@link toPng}). */
export type CapturedImage = HTMLCanvasElement

/** Thrown when there is no 3D view to draw (no WebGL, lost context, not mounted yet). */
export class NoViewError extends Error {
  constructor() {
    super('The 3D view is not available, so no picture can be made of it.')
  }
}

const _box = new Box3()
const _center = new Vector3()
const _size = new Vector3()

/** A camera for a preset view: looking along the preset's direction, fitting what is shown. */
function presetCamera(source: CaptureSource, view: ViewName, aspect: number, margin: number): PerspectiveCamera {
  const fov = source.camera.fov
  const cam = new PerspectiveCamera(fov, aspect, source.camera.near, source.camera.far)
  const box = source.bounds(_box)
  if (box.isEmpty()) box.set(new Vector3(-0.25, -0.5, -0.15), new Vector3(0.25, 0.5, 0.15))
  const center = box.getCenter(_center)
  const half = box.getSize(_size).multiplyScalar(0.5)
  const d = viewDirection(view)
  const dist = fitBoxDistance([half.x, half.y, half.z], d, fov, aspect, margin)
  cam.position.set(center.x + d[0] * dist, center.y + d[1] * dist, center.z + d[2] * dist)
  // Looking straight down, world up is the view direction itself: use the patient's front instead.
  if (Math.abs(d[1]) > 0.99) cam.up.set(0, 0, 1)
  cam.lookAt(center)
  // Far enough for the whole body at any fit distance.
  cam.far = Math.max(cam.far, dist * 3)
  cam.updateProjectionMatrix()
  return cam
}

/** The user's camera with another aspect (the same framing when the aspect is the canvas's). */
function currentCamera(source: CaptureSource, aspect: number): PerspectiveCamera {
  const cam = source.camera.clone()
  cam.clearViewOffset()
  cam.aspect = aspect
  cam.updateProjectionMatrix()
  return cam
}

/** Draw `scene` from `cam` at width × height, tile by tile in the canvas's buffer; returns RGBA rows top-down. */
function drawTiled(source: CaptureSource, scene: Scene, cam: PerspectiveCamera, width: number, height: number) {
  const { gl } = source
  const ctx = gl.getContext()
  const buffer = gl.getDrawingBufferSize(new Vector2())
  const ratio = gl.getPixelRatio()
  const tileW = Math.max(1, Math.floor(buffer.x))
  const tileH = Math.max(1, Math.floor(buffer.y))
  const out = new Uint8ClampedArray(width * height * 4)
  const tile = new Uint8Array(tileW * tileH * 4)
  for (let ty = 0; ty < height; ty += tileH) {
    for (let tx = 0; tx < width; tx += tileW) {
      const w = Math.min(tileW, width - tx)
      const h = Math.min(tileH, height - ty)
      cam.setViewOffset(width, height, tx, ty, w, h)
      // three's viewport is in CSS pixels and scales it by the pixel ratio: w / ratio gives w pixels.
      gl.setViewport(0, 0, w / ratio, h / ratio)
      gl.render(scene, cam)
      ctx.readPixels(0, 0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, tile)
      // GL rows run bottom-up; the tile's top row is the picture's row ty.
      for (let r = 0; r < h; r++) {
        const src = (h - 1 - r) * w * 4
        out.set(tile.subarray(src, src + w * 4), ((ty + r) * width + tx) * 4)
      }
    }
  }
  // The scene is opaque (it has a background): keep the pixels opaque whatever blending left in alpha.
  for (let i = 3; i < out.length; i += 4) out[i] = 255
  cam.clearViewOffset()
  return out
}

/** The slices a `prepare` may have changed, put back as the very objects that were there. */
function restore(saved: AppState): void {
  const now = appStore.getState()
  const changed = (Object.keys(saved) as (keyof AppState)[]).filter((k) => now[k] !== saved[k])
  if (changed.length > 0) appStore.setState(Object.fromEntries(changed.map((k) => [k, saved[k]])) as Partial<AppState>)
}

/**
 * Draw each requested view into a picture of its size. The user's view and camera are as they
 * were when this returns (see the file comment); throws {@link NoViewError} without a 3D view.
 */
export function captureViews(requests: readonly CaptureRequest[], options: CaptureOptions = {}): CapturedImage[] {
  const source = captureSource()
  if (!source || source.gl.getContext().isContextLost()) throw new NoViewError()
  const { gl, scene, camera } = source
  const saved = appStore.getState()
  const viewport = gl.getViewport(new Vector4())
  const scissorTest = gl.getScissorTest()
  const target = gl.getRenderTarget()
  const background = scene.background
  const images: CapturedImage[] = []
  try {
    options.prepare?.()
    if (options.background) scene.background = new Color(options.background)
    gl.setRenderTarget(null)
    gl.setScissorTest(false)
    for (const req of requests) {
      const width = Math.max(1, Math.round(req.width))
      const height = Math.max(1, Math.round(req.height))
      const aspect = width / height
      const cam =
        req.view === 'current'
          ? currentCamera(source, aspect)
          : presetCamera(source, req.view, aspect, options.margin ?? 1.06)
      const pixels = drawTiled(source, scene, cam, width, height)
      const canvas = document.createElement('canvas')
      canvas.width = width
      canvas.height = height
      canvas.getContext('2d')!.putImageData(new ImageData(pixels, width, height), 0, 0)
      images.push(canvas)
    }
  } finally {
    scene.background = background
    restore(saved)
    gl.setRenderTarget(target)
    gl.setScissorTest(scissorTest)
    gl.setViewport(viewport)
    // Put the user's view back in the buffer before the browser shows it, then let the frame loop
    // draw a regular frame as well.
    gl.render(scene, camera)
    source.invalidate()
  }
  return images
}

/** A PNG of a picture (or any canvas). */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png'),
  )
}
