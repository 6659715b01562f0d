import { useRef, type PointerEvent } from 'react'

/** A swipe: at least this far sideways, and mostly sideways. */
const SWIPE_PX = 48

/**
 * Pointer handlers that call `onSwipe(-1)` for a swipe to the left (next, as turning a page) and
 * `onSwipe(1)` for one to the right (back). Taps and vertical drags are left alone.
 */
export function useSwipe(onSwipe: (direction: -1 | 1) => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null)
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.isPrimary) start.current = { x: e.clientX, y: e.clientY, id: e.pointerId }
    },
    onPointerUp: (e: PointerEvent) => {
      const s = start.current
      start.current = null
      if (!s || s.id !== e.pointerId) return
      const dx = e.clientX - s.x
      const dy = e.clientY - s.y
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? -1 : 1)
    },
    onPointerCancel: () => {
      start.current = null
    },
  }
}
