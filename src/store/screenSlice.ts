import { updateSlice, appStore } from './appStore'

/** The panels of the clinic screen; at most one is open at a time, in every layout. */
export const PANELS = ['views', 'layers', 'posture', 'pain', 'explain'] as const
export type PanelId = (typeof PANELS)[number]

/**
 * What the screen around the 3D view shows: which panel is open and whether the help sheet is up.
 * The layout (desk, tablet, phone) is not state: it follows the window size (`ui/layout`).
 */
export interface ScreenState {
  /** The one open panel, or none (the model gets the whole view). */
  readonly openPanel: PanelId | null
  /** The "?" sheet with every gesture and key. */
  readonly helpOpen: boolean
  /** Present mode: every panel hidden, large controls and captions, full screen where allowed. */
  readonly presenting: boolean
}

/** The screen slice at start: nothing open. A desk layout opens Layers itself once it knows it is a desk. */
export function screenInitial(): ScreenState {
  return { openPanel: null, helpOpen: false, presenting: false }
}

const set = (update: (s: ScreenState) => Partial<ScreenState>): void => updateSlice('screen', update)

/** Open one panel (closing any other), or close all with `null`. */
export const openPanel = (id: PanelId | null): void => {
  if (appStore.getState().screen.openPanel !== id) set(() => ({ openPanel: id }))
}

/** A tap on a panel's tab: open it, or close it when it is the open one. */
export const togglePanel = (id: PanelId): void => set((s) => ({ openPanel: s.openPanel === id ? null : id }))

/** Show or hide the help sheet. */
export const setHelpOpen = (open: boolean): void => set(() => ({ helpOpen: open }))

/** Enter or leave present mode (the UI asks the browser for full screen alongside). */
export const setPresenting = (on: boolean): void => {
  if (appStore.getState().screen.presenting !== on) set(() => ({ presenting: on }))
}
