import type { AttachmentMuscle } from '../anatomy/attachments'
import { ATTACHMENT_TOGGLES, type AttachmentToggle } from '../anatomy/selection'
import type { NodeKind } from '../anatomy/types'
import type { ViewName } from '../anatomy/views'
import { appStore, updateSlice } from './appStore'

/**
 * Why a model file (or the model list) did not arrive, when the loader knows: the panel words its
 * advice by it and offers Retry for everything a second try can fix.
 */
export type FailReason =
  /** HTTP 404 or 410, or a web page where the file should be (a static host's fallback). */
  | 'missing'
  /** Any other HTTP error. */
  | 'http'
  /** The connection failed before or while the bytes came. */
  | 'network'
  /** Bytes stopped coming for longer than the loader waits. */
  | 'stalled'
  /** The bytes came but are not a model (or not a model list). */
  | 'damaged'
  /** The model decoder could not start (e.g. the page's security settings block WebAssembly). */
  | 'decoder'

/** Loading state of one model file. */
export type FileStatus =
  | { readonly state: 'loading'; readonly loaded: number; readonly total: number }
  | { readonly state: 'loaded' }
  | { readonly state: 'failed'; readonly message: string; readonly reason?: FailReason }

/** A layer the user can show or hide: a node kind present in the loaded models. */
export type LayerKind = NodeKind

/**
 * The viewer's settings and ids: what is loaded, which layers show, what is hovered or selected,
 * which preset view the camera is in. The camera itself is per-frame and stays in the scene.
 */
export interface ViewerState {
  /** Files from the manifest and how each is doing. */
  readonly files: Readonly<Record<string, FileStatus>>
  /** Each listed file's size as the manifest gives it: the loading bar weighs files by it. */
  readonly fileBytes: Readonly<Record<string, number>>
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
  readonly attachments: Readonly<Record<AttachmentToggle, boolean>>
  /** The model file that holds the skin (the pain overlays need it), if the manifest lists one. */
  readonly skinFile: string | null
  /**
   * The clinician's detail view: anatomical terms beside the plain words, strand rows in the
   * muscle readout, the technical name of the drawing score. Off, a patient reads plain words only.
   */
  readonly expertTerms: boolean
}

/** The viewer slice at start. */
export function viewerInitial(): ViewerState {
  return {
    files: {},
    fileBytes: {},
    manifestError: null,
    manifestLoaded: false,
    layers: {},
    hoveredId: null,
    selectedId: null,
    view: null,
    viewRequest: 0,
    contextLost: false,
    attachments: Object.fromEntries(ATTACHMENT_TOGGLES.map((m) => [m, true])) as Record<AttachmentToggle, boolean>,
    skinFile: null,
    expertTerms: false,
  }
}

const set = (update: (s: ViewerState) => Partial<ViewerState>): void => updateSlice('viewer', update)
const viewer = (): ViewerState => appStore.getState().viewer

export const setFileStatus = (file: string, status: FileStatus): void =>
  set((s) => ({ files: { ...s.files, [file]: status } }))
export const setManifestError = (message: string | null): void => set(() => ({ manifestError: message }))

/**
 * The model list has been read: remember each file's size and mark every file as coming (a file
 * tried again starts from nothing too, through `setFileStatus`).
 */
export const registerFiles = (files: readonly { readonly file: string; readonly bytes: number }[]): void =>
  set((s) => ({
    fileBytes: { ...s.fileBytes, ...Object.fromEntries(files.map((f) => [f.file, f.bytes])) },
    files: {
      ...s.files,
      ...Object.fromEntries(
        files.map((f): [string, FileStatus] => [f.file, { state: 'loading', loaded: 0, total: f.bytes }]),
      ),
    },
  }))
export const setManifestLoaded = (): void => set(() => ({ manifestLoaded: true }))
export const setSkinFile = (file: string | null): void => set(() => ({ skinFile: file }))

/** Layers that start hidden: landmarks (clutter) and the skin (it covers the muscles being explained). */
export const HIDDEN_AT_START: readonly LayerKind[] = ['landmark', 'skin']

/** Register the layer kinds present in the loaded models (visible, except `HIDDEN_AT_START`). */
export function registerLayers(kinds: Iterable<LayerKind>): void {
  const fresh = [...kinds].filter((k) => !(k in viewer().layers))
  if (fresh.length === 0) return
  set((s) => {
    const layers = { ...s.layers }
    for (const k of fresh) layers[k] = !HIDDEN_AT_START.includes(k)
    return { layers }
  })
}

export const setLayerVisible = (kind: LayerKind, visible: boolean): void => {
  if (viewer().layers[kind] !== visible) set((s) => ({ layers: { ...s.layers, [kind]: visible } }))
}

/**
 * Whether the skin layer is on. Everything drawn on the skin (heatmap, trigger crosses, the
 * patient's drawing) shows with it and only with it.
 */
export const skinLayerShown = (s: ViewerState): boolean => s.layers.skin === true

export const hover = (id: string | null): void => {
  if (viewer().hoveredId !== id) set(() => ({ hoveredId: id }))
}
/** Select an id as it is; what a selection implies elsewhere is `selectStructure` in actions.ts. */
export const setSelected = (id: string | null): void => {
  if (viewer().selectedId !== id) set(() => ({ selectedId: id }))
}
export const clearSelection = (): void => {
  if (viewer().selectedId !== null) set(() => ({ selectedId: null }))
}

/** Ask the camera to glide to a preset view (again, if it is the current one). */
export const requestView = (view: ViewName): void => set((s) => ({ view, viewRequest: s.viewRequest + 1 }))
/** The camera has been put in a preset view (framing after load or resize; no new request). */
export const markView = (view: ViewName): void => {
  if (viewer().view !== view) set(() => ({ view }))
}
/** The user moved the camera by hand: no preset is current any more. */
export const leaveView = (): void => {
  if (viewer().view !== null) set(() => ({ view: null }))
}

export const setAttachmentsVisible = (muscle: AttachmentToggle, visible: boolean): void =>
  set((s) => ({ attachments: { ...s.attachments, [muscle]: visible } }))

/** Whether an attachment of `muscle` is painted (the shared iliopsoas insertion shows with either muscle). */
export const attachmentShown = (s: ViewerState, muscle: AttachmentMuscle): boolean =>
  muscle === 'iliopsoas' ? ATTACHMENT_TOGGLES.some((m) => s.attachments[m]) : s.attachments[muscle]

/** Show or hide the anatomical terms and technical details (the expert view). */
export const setExpertTerms = (on: boolean): void => {
  if (viewer().expertTerms !== on) set(() => ({ expertTerms: on }))
}

export const setContextLost = (lost: boolean): void => set(() => ({ contextLost: lost }))

/** True when the model list has been read and every listed file has finished, one way or the other. */
export const allFilesSettled = (s: ViewerState): boolean =>
  s.manifestLoaded && Object.values(s.files).every((f) => f.state !== 'loading')

/**
 * True when every bone file (every listed file but the skin's) has finished, loaded or failed, or
 * when there is no list to wait for (the manifest failed). The muscles and the skin wait for this:
 * they are drawn on the bones, and must not float in the air before them — nor stay hidden for
 * ever because one bone file failed.
 */
export const boneFilesSettled = (s: ViewerState): boolean =>
  s.manifestError !== null ||
  (s.manifestLoaded && Object.entries(s.files).every(([file, f]) => file === s.skinFile || f.state !== 'loading'))

/** How many listed files have loaded. */
export const loadedFileCount = (s: ViewerState): number =>
  Object.values(s.files).filter((f) => f.state === 'loaded').length

/**
 * Whether trying a failed file again could help: everything the network or the server can fix.
 * A blocked decoder stays blocked until whoever hosts the app changes the page's settings, and a
 * failure without a reason (the skin's geometry could not be built) is in the file itself.
 */
export const canRetry = (f: FileStatus): boolean =>
  f.state === 'failed' && f.reason !== undefined && f.reason !== 'decoder'

/** One file still coming, for the loading list. */
export interface ComingFile {
  readonly file: string
  readonly loaded: number
  readonly total: number
  /** Whole percent of the file that is in, 0–100 (never 100 before it has been read). */
  readonly percent: number
}

/** What the loading bar and its list show. */
export interface LoadingProgress {
  /** Share of all listed bytes that is in (or will not come: failed files count as done), 0–1. */
  readonly fraction: number
  /** The files still coming, in the order they were listed. */
  readonly coming: readonly ComingFile[]
}

/**
 * The loading bar weighted by bytes: a big file still coming holds the bar back by its size, and
 * one held file no longer leaves it at 0 % while the others are in. A file's size is the
 * manifest's (`fileBytes`), else what its status says, else one byte's worth so it still counts.
 */
export function loadingProgress(s: Pick<ViewerState, 'files' | 'fileBytes'>): LoadingProgress {
  let all = 0
  let done = 0
  const coming: ComingFile[] = []
  for (const [file, f] of Object.entries(s.files)) {
    const size = Math.max(s.fileBytes[file] ?? (f.state === 'loading' ? f.total : 0), 1)
    all += size
    if (f.state !== 'loading') {
      done += size
      continue
    }
    // The server may send more or less than the manifest says; a file is whole only once it is read.
    const share = Math.min(f.loaded / size, 1)
    done += share * size
    coming.push({ file, loaded: f.loaded, total: size, percent: Math.min(Math.floor(share * 100), 99) })
  }
  return { fraction: all > 0 ? done / all : 0, coming }
}
