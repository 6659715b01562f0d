import type { Box3, PerspectiveCamera, Scene, WebGLRenderer } from 'three'

/**
 * The live renderer, scene and camera, for `capture.ts`: the image and the handout render the
 * scene the user sees, with the same materials and lights, from a camera of their own. Set by
 * `<CaptureRegistration>` inside the canvas; null while no canvas is mounted.
 */
export interface CaptureSource {
  readonly gl: WebGLRenderer
  readonly scene: Scene
  /** The user's camera: copied for "the current view", never moved. */
  readonly camera: PerspectiveCamera
  /** Ask for a frame (the canvas draws on demand). */
  readonly invalidate: () => void
  /** World bounds of what is shown now (bones, discs, muscles; the skin while its layer is on). */
  readonly bounds: (target: Box3) => Box3
}

let current: CaptureSource | null = null

/** Register (or, with null, drop) the live scene. */
export function setCaptureSource(source: CaptureSource | null): void {
  current = source
}

/** The live scene, or null when there is no 3D view. */
export const captureSource = (): CaptureSource | null => current
