import { createStore, useStore } from 'zustand'
import type { NodeKind } from '../anatomy/types'
import type { ViewName } from '../anatomy/views'

/** Loading state of one model file. */
export type FileStatus =
  | { readonly state: 'loading'; readonly loaded: number; readonly total: number }
  | { readonly state: 'loaded' }
  | { readonly state: 'failed'; readonly message: string }

/** A layer the user can show or hide: a node kind present in the loaded models. */
export type LayerKind = Exclude<NodeKind, 'landmark'> | 'landmark'

/**
 * The viewer's settings and ids. Per-frame values (camera, pointer) never live here; the scene
 * reads what it needs with `getState()` (DESIGN.md: per-frame values stay out of React state).
 */
export interface ViewerState {
  /** Files from the manifest and how each is doing. */
  readonly files: Readonly<Record<string, FileStatus>>
  /** A problem with the model list itself (manifest missing or invalid). */
  readonly manifestError: string | null
  /** The model list has been read (its files may still be loading). */
  readonly manifestLoaded: boolean
  /** Layer visibility by kind; a kind absent here is not present in the models. */
  readonly layers: Readonly<Partial<Record<LayerKind, boolean>>>
  readonly hoveredId: string | null
  readonly selectedId: string | null
  /** The preset view the camera was last sent to (null after the user moves it). */
  readonly view: ViewName | null
  /** Bumped to ask the camera to go to `view` again (e.g. "Reset view" twice). */
  readonly viewRequest: number
  readonly contextLost: boolean
  /** Which muscles' attachment areas are painted on the bones. */
  readonly attachments: Readonly<Record<AttachmentMuscleToggle, boolean>>
  /** The model file that holds the skin (the pain overlays need it), if the manifest lists one. */
  readonly skinFile: string | null
}

/** Attachment layers: one per muscle; the shared insertion shows with either. */
export type AttachmentMuscleToggle = 'psoas_major' | 'iliacus'

const initialState: ViewerState = {
  files: {},
  manifestError: null,
  manifestLoaded: false,
  layers: {},
  hoveredId: null,
  selectedId: null,
  view: null,
  viewRequest: 0,
  contextLost: false,
  attachments: { psoas_major: true, iliacus: true },
  skinFile: null,
}

/** The one store. Vanilla, so scene code and tests can use it without React. */
export const viewerStore = createStore<ViewerState>()(() => initialState)

/** React binding: `useViewer((s) => s.selectedId)`. */
export const useViewer = <T>(selector: (s: ViewerState) => T): T => useStore(viewerStore, selector)

// Actions live at module level so UI handlers, scene events and tests call the same functions.

export const resetViewer = (): void => viewerStore.setState(initialState, true)

export const setFileStatus = (file: string, status: FileStatus): void =>
  viewerStore.setState((s) => ({ files: { ...s.files, [file]: status } }))

export const setManifestError = (message: string | null): void => viewerStore.setState({ manifestError: message })
export const setManifestLoaded = (): void => viewerStore.setState({ manifestLoaded: true })

/** Layers that start hidden: landmarks (clutter) and the skin (it covers the muscles being explained). */
const HIDDEN_AT_START: readonly LayerKind[] = ['landmark', 'skin']

/** Register the layer kinds present in the loaded models (visible, except `HIDDEN_AT_START`). */
export const registerLayers = (kinds: Iterable<LayerKind>): void =>
  viewerStore.setState((s) => {
    const layers = { ...s.layers }
    for (const k of kinds) if (!(k in layers)) layers[k] = !HIDDEN_AT_START.includes(k)
    return { layers }
  })

export const setSkinFile = (file: string | null): void => viewerStore.setState({ skinFile: file })

export const setLayerVisible = (kind: LayerKind, visible: boolean): void =>
  viewerStore.setState((s) => ({ layers: { ...s.layers, [kind]: visible } }))

export const hover = (id: string | null): void => {
  if (viewerStore.getState().hoveredId !== id) viewerStore.setState({ hoveredId: id })
}
export const select = (id: string | null): void => viewerStore.setState({ selectedId: id })
export const clearSelection = (): void => viewerStore.setState({ selectedId: null })

export const requestView = (view: ViewName): void =>
  viewerStore.setState((s) => ({ view, viewRequest: s.viewRequest + 1 }))
/** The user moved the camera by hand: no preset is current any more. */
export const leaveView = (): void => {
  if (viewerStore.getState().view !== null) viewerStore.setState({ view: null })
}

export const setAttachmentsVisible = (muscle: AttachmentMuscleToggle, visible: boolean): void =>
  viewerStore.setState((s) => ({ attachments: { ...s.attachments, [muscle]: visible } }))

/** Whether an attachment of `muscle` is painted (the iliopsoas insertion shows with either muscle). */
export const attachmentShown = (s: ViewerState, muscle: 'psoas_major' | 'iliacus' | 'iliopsoas'): boolean =>
  muscle === 'iliopsoas' ? s.attachments.psoas_major || s.attachments.iliacus : s.attachments[muscle]

export const setContextLost = (lost: boolean): void => viewerStore.setState({ contextLost: lost })

/** True when the model list has been read and every listed file has finished, one way or the other. */
export const allFilesSettled = (s: ViewerState): boolean =>
  s.manifestLoaded && Object.values(s.files).every((f) => f.state !== 'loading')
