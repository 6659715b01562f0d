import type { Group } from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'

let loader: GLTFLoader | undefined
/** One loader for the app. Meshopt's decoder is bundled (no CDN), so this works offline. */
function gltfLoader(): GLTFLoader {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  return loader
}

/** Turn a loader failure into a sentence a clinician can act on, naming the file. */
export function describeLoadError(file: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const status = /(\d{3})/.exec(raw)?.[1]
  if (/responded with 404|\b404\b/.test(raw)) return `${file} could not be found on the server (HTTP 404).`
  if (status && /responded with/.test(raw)) return `${file} could not be downloaded (HTTP ${status}).`
  if (/Failed to fetch|NetworkError|network/i.test(raw))
    return `${file} could not be downloaded: the connection failed.`
  return `${file} is damaged or is not a glTF model, so it cannot be shown.`
}

/**
 * Load one glb. Progress reports bytes as they arrive. Rejects with a readable Error (see
 * {@link describeLoadError}); never throws synchronously.
 */
export function loadModelFile(
  url: string,
  file: string,
  onProgress: (loaded: number, total: number) => void,
): Promise<Group> {
  return new Promise((resolve, reject) => {
    try {
      gltfLoader().load(
        url,
        (gltf) => resolve(gltf.scene),
        (e) => onProgress(e.loaded, e.total),
        (err) => reject(new Error(describeLoadError(file, err))),
      )
    } catch (err) {
      reject(new Error(describeLoadError(file, err)))
    }
  })
}
