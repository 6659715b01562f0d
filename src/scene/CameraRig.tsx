import { CameraControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, Vector2, Vector3, type Object3D, type PerspectiveCamera } from 'three'
import type { LoadedModel } from '../models/useModels'
import { appStore, subscribeSlice } from '../store/appStore'
import { leaveView, markView, requestView } from '../store/viewerSlice'
import { DEFAULT_VIEW, VIEWS, viewDirection, type ViewName } from '../anatomy/views'
import { KNEE_FRAMED_MODEL_FILES, KNEE_FRAMING_NODES, type ModelFile } from '../anatomy/bones'
import { cameraRested, heldCameraPose, registerCameraDriver, releaseCameraHold } from './cameraBridge'
import { fitBoxDistance, freeBand, reservedInsets } from './framing'
import { prefersReducedMotion } from './reducedMotion'
import { isTyping, usesArrows } from './keyTargets'
import { shownInScene } from './shownInScene'

const ROTATE_STEP = Math.PI / 12 // 15° per arrow press
const ZOOM_FACTOR = 0.8

/**
 * camera-controls' ACTION codes (its `ACTION` enum; drei does not re-export it). In paint mode a
 * one-finger or left-button drag paints, so rotation moves to the right button and two fingers.
 */
const ACTION = {
  NONE: 0,
  ROTATE: 1,
  TRUCK: 2,
  TOUCH_ROTATE: 64,
  TOUCH_DOLLY_TRUCK: 4096,
  TOUCH_DOLLY_ROTATE: 32768,
} as const

const _box = new Box3()
const _size = new Vector3()
const _center = new Vector3()
const _pos = new Vector3()
const _tgt = new Vector3()
const _point = new Vector3()

/**
 * Grow `box` by the knee in a lower-leg model: the kneecap's mesh and the landmark points around
 * the top of the shin, as posed now. Landmarks are empty nodes, which `expandByObject` skips.
 */
function expandByKnee(box: Box3, scene: Object3D): void {
  scene.updateWorldMatrix(true, true)
  for (const side of ['l', 'r']) {
    for (const id of KNEE_FRAMING_NODES) {
      const node = scene.getObjectByName(`${id}_${side}`)
      if (!node) continue
      if (node.children.length > 0) box.expandByObject(node, true)
      else box.expandByPoint(node.getWorldPosition(_point))
    }
  }
}

/** The page rectangles of the boxes the UI floats over the 3D view (marked `data-ui-box`). */
const floatingBoxes = (): DOMRect[] =>
  [...document.querySelectorAll<HTMLElement>('[data-ui-box]')].map((el) => el.getBoundingClientRect())

/** A second tap or click within this time and distance of the first is a double tap. */
const DOUBLE_TAP_MS = 350
const DOUBLE_TAP_PX = 24
/** While the model moves between poses, re-frame it at most this often. */
const FOLLOW_MS = 200

/**
 * Orbit camera (mouse, touch: one finger rotates, pinch zooms, two fingers pan), preset views,
 * keyboard control, and framing of whatever is loaded. Presets animate unless the user prefers
 * reduced motion.
 */
export function CameraRig({
  models,
  skin = null,
  autoRotate = 0,
}: {
  models: readonly LoadedModel[]
  /** The skin model: framed too while the Skin layer is on (it reaches the ankles). */
  skin?: LoadedModel | null
  autoRotate?: number
}) {
  const controls = useRef<CameraControls>(null)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const raycaster = useThree((s) => s.raycaster)
  const scene = useThree((s) => s.scene)
  const bounds = useRef(new Box3(new Vector3(-0.25, -0.5, -0.15), new Vector3(0.25, 0.5, 0.15)))

  // Re-measure what is shown and, unless the user has moved the camera, frame it.
  const measureRef = useRef<(animate: boolean) => void>(() => undefined)
  const measureBoundsRef = useRef<() => boolean>(() => false)
  useEffect(() => {
    const measureBounds = (): boolean => {
      _box.makeEmpty()
      for (const m of models) {
        // Below the knee is framed only with the skin (which reaches the soles and holds it).
        if (KNEE_FRAMED_MODEL_FILES.includes(m.file as ModelFile)) expandByKnee(_box, m.scene)
        else _box.expandByObject(m.scene)
      }
      if (skin && appStore.getState().viewer.layers.skin === true) _box.expandByObject(skin.scene, true)
      if (_box.isEmpty()) return false
      bounds.current.copy(_box)
      return true
    }
    const measure = (animate: boolean) => {
      if (!measureBounds()) return
      // A link's camera is held through the framing that runs as models arrive (cameraBridge.ts).
      const held = heldCameraPose()
      if (held) {
        // The camera is the link's; the picture still sits in the band the boxes leave free.
        freeBandNow()
        return void controls.current?.setLookAt(...held.position, ...held.target, false)
      }
      const view = appStore.getState().viewer.view
      if (view !== null || models.length > 0) goTo(view ?? DEFAULT_VIEW, animate)
    }
    measureRef.current = measure
    measureBoundsRef.current = measureBounds
    measure(false)
    return subscribeSlice('viewer', (s, prev) => {
      // Showing the skin brings in the legs to the ankles: reframe if a preset view is current.
      if (s.layers.skin !== prev.layers.skin && s.view !== null) measure(!prefersReducedMotion())
    })
    // goTo reads refs only; running it on model changes is the intent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [models, skin])

  // Paint mode: one finger / left button paints; rotate with the right button or two fingers.
  useEffect(() => {
    const apply = (painting: boolean) => {
      const c = controls.current
      if (!c) return
      c.mouseButtons.left = painting ? ACTION.NONE : ACTION.ROTATE
      c.mouseButtons.right = painting ? ACTION.ROTATE : ACTION.TRUCK
      c.touches.one = painting ? ACTION.NONE : ACTION.TOUCH_ROTATE
      c.touches.two = painting ? ACTION.TOUCH_DOLLY_ROTATE : ACTION.TOUCH_DOLLY_TRUCK
    }
    apply(appStore.getState().pain.paintMode !== 'off')
    return subscribeSlice('pain', (s, prev) => {
      if (s.paintMode !== prev.paintMode) apply(s.paintMode !== 'off')
    })
  }, [])

  // Keep the framing right when the window changes shape.
  useEffect(() => {
    const view = appStore.getState().viewer.view
    if (view) goTo(view, false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size.width, size.height])

  /** Move the picture up by `px` (the free band's centre becomes the view's centre). */
  function applyShift(px: number) {
    const w = Math.max(1, size.width)
    const h = Math.max(1, size.height)
    if (Math.abs(px) < 0.5) camera.clearViewOffset()
    else camera.setViewOffset(w, h, 0, px, w, h)
    camera.updateProjectionMatrix()
  }

  // The camera bridge: the link code reads and sets the camera and hears when it comes to rest.
  useEffect(() => {
    const c = controls.current
    if (!c) return
    const rested = () => cameraRested()
    c.addEventListener('rest', rested)
    c.addEventListener('sleep', rested)
    const unregister = registerCameraDriver({
      get: () => ({ position: c.getPosition(_pos).toArray(), target: c.getTarget(_tgt).toArray() }),
      set: (pose, animate) => {
        void c.setLookAt(...pose.position, ...pose.target, animate)
        invalidate()
      },
      reframe: () => {
        if (appStore.getState().viewer.view !== null || heldCameraPose()) measureRef.current(false)
      },
    })
    return () => {
      unregister()
      c.removeEventListener('rest', rested)
      c.removeEventListener('sleep', rested)
    }
  }, [invalidate])

  /**
   * The band the floating boxes (view buttons, posture bar, captions) leave free, with the picture
   * shifted so that its centre is the band's centre.
   */
  function freeBandNow() {
    const reserved = reservedInsets(gl.domElement.getBoundingClientRect(), floatingBoxes())
    const band = freeBand(camera.fov, size.width, Math.max(size.height, 1), reserved)
    applyShift(band.shiftPx)
    return band
  }

  function goTo(view: ViewName, animate: boolean) {
    const c = controls.current
    if (!c) return
    releaseCameraHold()
    const d = viewDirection(view)
    const center = bounds.current.getCenter(_center)
    const half = bounds.current.getSize(_size).multiplyScalar(0.5)
    const band = freeBandNow()
    const dist = fitBoxDistance([half.x, half.y, half.z], d, band.fovDeg, band.aspect)
    markView(view)
    void c.setLookAt(
      center.x + d[0] * dist,
      center.y + d[1] * dist,
      center.z + d[2] * dist,
      center.x,
      center.y,
      center.z,
      animate,
    )
    invalidate()
  }

  // Preset requests from buttons and keys.
  useEffect(
    () =>
      subscribeSlice('viewer', (s, prev) => {
        // On the next frame: the request may come with a change of the boxes floating over the
        // view (a new caption in present mode), and the framing must see them as drawn. The model
        // may also have moved since it was last measured (a pose taken while no preset was current).
        if (s.viewRequest !== prev.viewRequest && s.view)
          requestAnimationFrame(() => {
            const view = appStore.getState().viewer.view
            if (!view) return
            measureBoundsRef.current()
            goTo(view, !prefersReducedMotion())
          })
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [camera, size],
  )

  // Keyboard: arrows rotate, +/- zoom, 1–6 presets, 0 resets.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = controls.current
      if (!c || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      // Arrows belong to a focused slider, radio or menu; view keys work everywhere else.
      if (e.key.startsWith('Arrow') && usesArrows(e.target)) return
      // While a story is presented, left and right arrows move through it (ui/present).
      const { screen, session } = appStore.getState()
      if (screen.presenting && session.storyActive && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return
      const animate = !prefersReducedMotion()
      const preset = VIEWS.find((v) => v.key === e.key)
      if (preset) requestView(preset.name)
      else if (e.key === '0') requestView(DEFAULT_VIEW)
      else if (e.key === 'ArrowLeft') void c.rotate(-ROTATE_STEP, 0, animate)
      else if (e.key === 'ArrowRight') void c.rotate(ROTATE_STEP, 0, animate)
      else if (e.key === 'ArrowUp') void c.rotate(0, -ROTATE_STEP, animate)
      else if (e.key === 'ArrowDown') void c.rotate(0, ROTATE_STEP, animate)
      else if (e.key === '+' || e.key === '=') void c.dolly(c.distance * (1 - ZOOM_FACTOR), animate)
      else if (e.key === '-' || e.key === '_') void c.dolly(-c.distance * (1 / ZOOM_FACTOR - 1), animate)
      else return
      if (!preset && e.key !== '0') {
        releaseCameraHold()
        leaveView()
      }
      e.preventDefault()
      invalidate()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [invalidate])

  // The model sits, stands or stretches: keep it framed while a preset view is current (in the
  // Left view the knees come forward as it sits). Throttled; the camera glides to each new frame.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const unsubscribe = subscribeSlice('posture', (s, prev) => {
      if (s.amount === prev.amount && s.target === prev.target) return
      if (appStore.getState().viewer.view === null || timer !== null) return
      timer = setTimeout(() => {
        timer = null
        if (appStore.getState().viewer.view !== null) measureRef.current(!prefersReducedMotion())
      }, FOLLOW_MS)
    })
    return () => {
      unsubscribe()
      if (timer !== null) clearTimeout(timer)
    }
  }, [])

  // Double-click or double-tap on a structure: centre the view on the point tapped.
  useEffect(() => {
    const el = gl.domElement
    let last: { t: number; x: number; y: number } | null = null
    let down: { x: number; y: number } | null = null
    const onDown = (e: PointerEvent) => {
      down = e.isPrimary ? { x: e.clientX, y: e.clientY } : null
    }
    const onUp = (e: PointerEvent) => {
      // Only taps count: a press that moved was a drag (rotate, pan, paint).
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > DOUBLE_TAP_PX / 3) return
      const now = performance.now()
      const isDouble =
        last !== null &&
        now - last.t < DOUBLE_TAP_MS &&
        Math.hypot(e.clientX - last.x, e.clientY - last.y) < DOUBLE_TAP_PX
      last = isDouble ? null : { t: now, x: e.clientX, y: e.clientY }
      if (isDouble && appStore.getState().pain.paintMode === 'off') centreOn(e.clientX, e.clientY)
    }
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerup', onUp)
    return () => {
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerup', onUp)
    }
    // centreOn reads refs and the three state only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gl, camera])

  function centreOn(clientX: number, clientY: number) {
    const c = controls.current
    if (!c) return
    const r = gl.domElement.getBoundingClientRect()
    const ndc = new Vector2(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1)
    raycaster.setFromCamera(ndc, camera)
    const hit = raycaster.intersectObject(scene, true).find((h) => shownInScene(h.object))
    if (!hit) return
    releaseCameraHold()
    leaveView()
    void c.moveTo(hit.point.x, hit.point.y, hit.point.z, !prefersReducedMotion())
    invalidate()
  }

  useFrame((_, delta) => {
    if (autoRotate && controls.current) controls.current.azimuthAngle += autoRotate * delta
  })

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={0.15}
      maxDistance={6}
      smoothTime={0.35}
      dollyToCursor
      // Only a real drag or wheel leaves the preset: a click that names a structure keeps it.
      onControl={() => {
        releaseCameraHold()
        leaveView()
      }}
    />
  )
}
