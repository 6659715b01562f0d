import type { Vec3 } from '../anatomy/types'

/**
 * The camera as the rest of the app may see it: read its resting pose, ask for a pose, hear when
 * it has come to rest. The camera itself is per-frame and lives in the scene (`CameraRig.tsx`
 * registers the driver); the link code (`ui/link/`) uses this bridge to put a link's camera on
 * screen and to write the camera into the address once it stops moving.
 *
 * A pose asked for is **held**: until the user moves the camera or a preset view is chosen, the
 * framing that runs as models arrive puts the held pose back instead of the default view, so a
 * link's camera is not lost to the load-time framing. It can be asked for before the scene exists.
 */

/** A camera pose: where the camera is and the point it looks at, in metres. */
export interface CameraPose {
  readonly position: Vec3
  readonly target: Vec3
}

/** What the scene's camera rig gives the bridge. */
export interface CameraDriver {
  /** Where the camera is going (its end pose while it glides). */
  get(): CameraPose
  set(pose: CameraPose, animate: boolean): void
  /** Frame the current preset view (or the held pose) again, without a glide, for what is shown now. */
  reframe(): void
}

let driver: CameraDriver | null = null
let held: CameraPose | null = null
const restListeners = new Set<() => void>()

/** The camera rig registers itself; the returned function unregisters it. */
export function registerCameraDriver(d: CameraDriver): () => void {
  driver = d
  if (held) d.set(held, false)
  return () => {
    if (driver === d) driver = null
  }
}

/** The pose the camera is at or gliding to (a held pose counts), or null before the scene has a camera. */
export function cameraPose(): CameraPose | null {
  return held ?? driver?.get() ?? null
}

/** Put the camera at `pose` (glide when `animate`), and hold it there through load-time framing. */
export function setCameraPose(pose: CameraPose, animate: boolean): void {
  held = pose
  driver?.set(pose, animate)
}

/**
 * Frame the preset view again for the model as it is drawn now. A link that opens in a pose
 * other than standing needs this once the rig has posed the loaded models: the framing that runs
 * as each file arrives measures the model before the rig's first frame has moved it.
 */
export function reframeCamera(): void {
  driver?.reframe()
}

/** The pose being held, if any: the camera rig frames this instead of its default view. */
export const heldCameraPose = (): CameraPose | null => held

/** Stop holding a pose: the user moved the camera, or a preset view was chosen. */
export function releaseCameraHold(): void {
  held = null
}

/** Be told each time the camera comes to rest. Returns the unsubscribe. */
export function onCameraRest(fn: () => void): () => void {
  restListeners.add(fn)
  return () => restListeners.delete(fn)
}

/** The camera rig says the camera has stopped moving. */
export function cameraRested(): void {
  for (const fn of restListeners) fn()
}
