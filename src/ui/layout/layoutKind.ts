import { useSyncExternalStore } from 'react'

/**
 * The three clinic screens. A desk (or a landscape tablet) keeps a side column beside the model;
 * an upright tablet and a phone put one panel at a time in a bottom sheet over a bar of tabs.
 */
export type LayoutKind = 'desk' | 'tablet' | 'phone'

/** Narrower than this is a phone (390 px phones, small tablets in split view). */
export const PHONE_MAX_WIDTH = 560
/** From this width, or any landscape window from `LANDSCAPE_DESK_WIDTH`, the side column fits. */
export const DESK_MIN_WIDTH = 900
export const LANDSCAPE_DESK_WIDTH = 640

/** Which layout a window of this size gets. Pure, so tests and the app agree on the breakpoints. */
export function layoutFor(width: number, height: number): LayoutKind {
  if (width >= DESK_MIN_WIDTH || (width > height && width >= LANDSCAPE_DESK_WIDTH)) return 'desk'
  return width < PHONE_MAX_WIDTH ? 'phone' : 'tablet'
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}
const current = (): LayoutKind => layoutFor(window.innerWidth, window.innerHeight)

/** The layout for the window as it is now; re-renders when a resize crosses a breakpoint. */
export function useLayout(): LayoutKind {
  return useSyncExternalStore(subscribe, current, () => 'desk')
}
