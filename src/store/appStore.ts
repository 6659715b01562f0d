import { createStore, useStore } from 'zustand'
import { painInitial, type PainState } from './painSlice'
import { postureInitial, type PostureState } from './postureSlice'
import { screenInitial, type ScreenState } from './screenSlice'
import { sessionInitial, type SessionState } from './sessionSlice'
import { viewerInitial, type ViewerState } from './viewerSlice'

/**
 * The app's state: one slice per concern, each a plain object of ids and settings. Per-frame
 * values (camera, pointer, the animated pose between publishes) and per-vertex data (the pain
 * drawing) never live here.
 *
 * A new concern gets its own slice file beside these, with its `…Initial()` and its actions, and
 * one line here.
 */
export interface AppState {
  readonly viewer: ViewerState
  readonly posture: PostureState
  readonly pain: PainState
  readonly screen: ScreenState
  readonly session: SessionState
}

/** Everything at its starting value. A function, so each call gives fresh objects. */
export const initialAppState = (): AppState => ({
  viewer: viewerInitial(),
  posture: postureInitial(),
  pain: painInitial(),
  screen: screenInitial(),
  session: sessionInitial(),
})

/**
 * The one store. Vanilla (no React needed), so scene code, overlays and tests use it directly.
 * Only actions write to it: the slice files (`viewerSlice.ts`, `postureSlice.ts`, `painSlice.ts`)
 * hold each slice's own actions, and `actions.ts` those that change more than one slice.
 */
export const appStore = createStore<AppState>()(initialAppState)

/** Put every slice back to its starting value (tests; later, "New patient"). */
export const resetApp = (): void => appStore.setState(initialAppState(), true)

/** Replace one slice by applying `update` to it (what every action does). */
export function updateSlice<K extends keyof AppState>(key: K, update: (s: AppState[K]) => Partial<AppState[K]>): void {
  appStore.setState((s) => {
    const next = update(s[key])
    return { [key]: { ...s[key], ...next } } as unknown as Partial<AppState>
  })
}

/**
 * Be told when one slice changes: `fn(slice, previous)`. Returns the unsubscribe. The scene uses
 * this to apply settings imperatively, without re-rendering React.
 */
export function subscribeSlice<K extends keyof AppState>(
  key: K,
  fn: (slice: AppState[K], prev: AppState[K]) => void,
): () => void {
  return appStore.subscribe((s, prev) => {
    if (s[key] !== prev[key]) fn(s[key], prev[key])
  })
}

/** React binding for one slice: `useViewer((v) => v.selectedId)`. */
export const useViewer = <T>(selector: (s: ViewerState) => T): T => useStore(appStore, (s) => selector(s.viewer))
/** React binding for the posture slice. */
export const usePosture = <T>(selector: (s: PostureState) => T): T => useStore(appStore, (s) => selector(s.posture))
/** React binding for the pain slice. */
export const usePain = <T>(selector: (s: PainState) => T): T => useStore(appStore, (s) => selector(s.pain))
/** React binding for the screen slice (open panel, help sheet). */
export const useScreen = <T>(selector: (s: ScreenState) => T): T => useStore(appStore, (s) => selector(s.screen))
/** React binding for the session slice (story step, exercise shown, handout ticks, notice). */
export const useSession = <T>(selector: (s: SessionState) => T): T => useStore(appStore, (s) => selector(s.session))
