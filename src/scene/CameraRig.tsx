import { CameraControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Box3, Sphere, Vector3, type PerspectiveCamera } from 'three'
import type { LoadedModel } from '../models/useModels'
import { appStore, subscribeSlice } from '../store/appStore'
import { leaveView, markView, requestView } from '../store/viewerSlice'
import { DEFAULT_VIEW, VIEWS, fitDistance, viewDirection, type ViewName } from '../anatomy/views'
import { prefersReducedMotion } from './reducedMotion'

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
const _sphere = new Sphere()

/** True when the key event comes from a control that uses the key itself (text fields, sliders). */
const isEditing = (e: KeyboardEvent): boolean => {
  const t = e.target as HTMLElement | null
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)
}

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
  const bounds = useRef(new Sphere(new Vector3(0, 0, 0), 0.5))

  // Re-measure what is shown and, unless the user has moved the camera, frame it.
  useEffect(() => {
    const measure = (animate: boolean) => {
      _box.makeEmpty()
      for (const m of models) _box.expandByObject(m.scene)
      if (skin && appStore.getState().viewer.layers.skin === true) _box.expandByObject(skin.scene, true)
      if (_box.isEmpty()) return
      _box.getBoundingSphere(_sphere)
      bounds.current.copy(_sphere)
      const view = appStore.getState().viewer.view
      if (view !== null || models.length > 0) goTo(view ?? DEFAULT_VIEW, animate)
    }
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

  function goTo(view: ViewName, animate: boolean) {
    const c = controls.current
    if (!c) return
    const d = viewDirection(view)
    const { center, radius } = bounds.current
    const dist = fitDistance(radius, camera.fov, size.width / Math.max(size.height, 1))
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
        if (s.viewRequest !== prev.viewRequest && s.view) goTo(s.view, !prefersReducedMotion())
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [camera, size],
  )

  // Keyboard: arrows rotate, +/- zoom, 1–6 presets, 0 resets.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = controls.current
      if (!c || isEditing(e) || e.ctrlKey || e.metaKey || e.altKey) return
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
      if (!preset && e.key !== '0') leaveView()
      e.preventDefault()
      invalidate()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [invalidate])

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
      onStart={() => leaveView()}
    />
  )
}
