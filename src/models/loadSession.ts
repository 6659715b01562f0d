import type { Group } from 'three'
import { parseManifest, type ManifestFile, type ModelManifest } from '../contract/manifest'
import {
  registerFiles,
  registerLayers,
  setFileStatus,
  setManifestError,
  setManifestLoaded,
  setSkinFile,
  type LayerKind,
} from '../store/viewerSlice'
import { fetchWithProgress, FetchTrouble, isAbort } from './fetchWithProgress'
import { loadModelFile } from './loadModelFile'
import { LoadProblem, troubleProblem } from './problems'

/** A model file that has loaded. */
export interface LoadedModel {
  readonly file: string
  readonly scene: Group
}

const MANIFEST = 'The model list (manifest.json)'

/** Download and check the model list; rejects with a {@link LoadProblem} (or an `AbortError`). */
export async function fetchManifest(url: string, signal?: AbortSignal): Promise<ModelManifest> {
  let bytes: Uint8Array
  try {
    bytes = (await fetchWithProgress(url, signal ? { signal } : {})).bytes
  } catch (error) {
    throw error instanceof FetchTrouble ? troubleProblem(MANIFEST, error.trouble) : error
  }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new LoadProblem(`${MANIFEST} is damaged: it is not valid JSON.`, 'damaged')
  }
  try {
    return parseManifest(json)
  } catch (error) {
    throw new LoadProblem((error as Error).message, 'damaged')
  }
}

/** One run of the loader, from the model list to every file, for as long as the canvas is up. */
interface Session {
  readonly manifestUrl: string
  readonly publish: (models: readonly LoadedModel[]) => void
  /** Ends every download of this session when the canvas goes. */
  readonly stop: AbortController
  manifest: ModelManifest | null
  manifestComing: boolean
  readonly loaded: Map<string, Group>
  readonly coming: Set<string>
}

let current: Session | null = null

function loadManifest(s: Session): void {
  s.manifestComing = true
  setManifestError(null)
  fetchManifest(s.manifestUrl, s.stop.signal)
    .then((manifest) => {
      s.manifest = manifest
      registerLayers(new Set(manifest.files.flatMap((f) => f.nodes.map((n) => n.kind as LayerKind))))
      setSkinFile(manifest.files.find((f) => f.nodes.some((n) => n.kind === 'skin'))?.file ?? null)
      registerFiles(manifest.files)
      setManifestLoaded()
      for (const f of manifest.files) loadFile(s, f)
    })
    .catch((error: unknown) => {
      if (!s.stop.signal.aborted && !isAbort(error)) setManifestError((error as Error).message)
    })
    .finally(() => (s.manifestComing = false))
}

function loadFile(s: Session, f: ManifestFile): void {
  s.coming.add(f.file)
  setFileStatus(f.file, { state: 'loading', loaded: 0, total: f.bytes })
  const base = s.manifestUrl.slice(0, s.manifestUrl.lastIndexOf('/') + 1)
  loadModelFile(base + f.file, f.file, {
    signal: s.stop.signal,
    onProgress: (loaded) => setFileStatus(f.file, { state: 'loading', loaded, total: f.bytes }),
  })
    .then((scene) => {
      s.loaded.set(f.file, scene)
      // Manifest order, whatever order the files came in: the scene's layout does not shuffle.
      s.publish(
        s.manifest!.files.flatMap((m) =>
          s.loaded.has(m.file) ? [{ file: m.file, scene: s.loaded.get(m.file)! }] : [],
        ),
      )
      setFileStatus(f.file, { state: 'loaded' })
    })
    .catch((error: unknown) => {
      if (s.stop.signal.aborted || isAbort(error)) return
      const problem = error instanceof LoadProblem ? error : null
      setFileStatus(f.file, {
        state: 'failed',
        message: problem?.message ?? `${f.file} could not be loaded.`,
        reason: problem?.reason ?? 'damaged',
      })
    })
    .finally(() => s.coming.delete(f.file))
}

/**
 * Start loading the model list at `manifestUrl` and every file it lists, each on its own: one file
 * failing leaves the others shown. Progress and failures go to the store; the loaded scenes go to
 * `publish`, in manifest order, each time one more is in. Returns the function that stops it all
 * (open downloads are aborted; nothing more is reported).
 */
export function startModelLoading(manifestUrl: string, publish: (models: readonly LoadedModel[]) => void): () => void {
  const s: Session = {
    manifestUrl,
    publish,
    stop: new AbortController(),
    manifest: null,
    manifestComing: false,
    loaded: new Map(),
    coming: new Set(),
  }
  current = s
  loadManifest(s)
  return () => {
    s.stop.abort()
    if (current === s) current = null
  }
}

/** Try the model list again (the Retry of its alert); nothing while it is coming or has come. */
export function retryManifest(): void {
  if (current && !current.manifest && !current.manifestComing) loadManifest(current)
}

/**
 * Try one failed file again (its Retry button); the rest of the scene stays as it is meanwhile.
 * Nothing for a file that has loaded, is still coming, or is not in the list.
 */
export function retryModelFile(file: string): void {
  const s = current
  const f = s?.manifest?.files.find((m) => m.file === file)
  if (!s || !f || s.loaded.has(file) || s.coming.has(file)) return
  loadFile(s, f)
}
