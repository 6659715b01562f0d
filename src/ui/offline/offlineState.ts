import { useSyncExternalStore } from 'react'

/**
 * What the offline notice shows. Kept here rather than in the app store: it is about this copy of
 * the app, never part of the screen, a link or a patient's session.
 */
export interface OfflineState {
  /** A new version is installed and waits for the user's yes; null when none waits or they said Later. */
  readonly update: { readonly accept: () => void } | null
  /** The first visit has stored everything: show the one-time "ready to work without a network" note. */
  readonly readyNote: boolean
}

const INITIAL: OfflineState = { update: null, readyNote: false }

let state: OfflineState = INITIAL
const listeners = new Set<() => void>()

function set(next: OfflineState): void {
  state = next
  for (const l of listeners) l()
}

/** The current state (for tests and handlers outside React). */
export const offlineState = (): OfflineState => state

/** Listen to every change; returns the unsubscribe. */
export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The state in a component, kept current. */
export const useOfflineState = (): OfflineState => useSyncExternalStore(subscribeOffline, offlineState)

/**
 * A new version waits; `accept` lets it take over and reloads. Each new version asks again, also
 * after a Later for an older one. The update is a bigger thing than the first-visit note, so it
 * replaces that note.
 */
export const offerUpdate = (accept: () => void): void => set({ update: { accept }, readyNote: false })

/** "Reload now": the waiting version takes over, then the page reloads into it. */
export function acceptUpdate(): void {
  const update = state.update
  set({ ...state, update: null })
  update?.accept()
}

/** "Later": the notice goes; the new version keeps waiting and takes over when the app is next opened fresh. */
export const dismissUpdate = (): void => set({ ...state, update: null })

/** The first visit has stored everything the app needs. */
export const noteReadyOffline = (): void => {
  if (!state.update) set({ ...state, readyNote: true })
}

/** The note has been read (OK), or has been up long enough. */
export const closeReadyNote = (): void => set({ ...state, readyNote: false })

/** Back to the start (tests). */
export const resetOfflineState = (): void => set(INITIAL)
