import type { Group } from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
import { fetchWithProgress, FetchTrouble } from './fetchWithProgress'
import { decoderMessage, LoadProblem, troubleProblem } from './problems'

/**
 * The decoder's start, caught the moment this module loads. The meshopt decoder compiles its
 * WebAssembly as soon as it is imported; a Content-Security-Policy without 'wasm-unsafe-eval'
 * makes that reject, and uncaught it would be a page error and every file would read as "not a
 * glTF model". Resolves to the failure's message, or null when the decoder is ready.
 */
const decoderTrouble: Promise<string | null> = MeshoptDecoder.supported
  ? MeshoptDecoder.ready.then(
      () => null,
      (error: unknown) => decoderMessage(error),
    )
  : Promise.resolve(decoderMessage(new Error('no WebAssembly')))

/** Why the model decoder cannot start (one sentence for all files), or null when it can. */
export const decoderProblem = (): Promise<string | null> => decoderTrouble

let loader: GLTFLoader | undefined
/** One loader for the app. Meshopt's decoder is bundled (no CDN), so this works offline. */
function gltfLoader(): GLTFLoader {
  loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  return loader
}

/** Decode a downloaded glb; a failure is the file's fault unless the decoder never started. */
function parseGlb(bytes: Uint8Array<ArrayBuffer>, basePath: string, file: string): Promise<Group> {
  const damaged = async (): Promise<LoadProblem> => {
    const decoder = await decoderTrouble
    return decoder
      ? new LoadProblem(decoder, 'decoder')
      : new LoadProblem(`${file} is damaged or is not a glTF model, so it cannot be shown.`, 'damaged')
  }
  return new Promise((resolve, reject) => {
    const fail = () => void damaged().then(reject)
    try {
      // The loader wants the glb's own buffer; a copy only when the bytes are a view into a larger one.
      const buffer =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer
      gltfLoader().parse(buffer, basePath, (gltf) => resolve(gltf.scene), fail)
    } catch {
      fail()
    }
  })
}

/** Options for {@link loadModelFile}. */
export interface LoadOptions {
  /** Bytes in so far, after every chunk. */
  readonly onProgress?: (loaded: number) => void
  /** Stops the download (the app closing): rejects with an `AbortError`, nothing to report. */
  readonly signal?: AbortSignal
}

/**
 * Load one glb: download it with progress and the stall timeout (`fetchWithProgress`), then
 * decode it. Rejects with a {@link LoadProblem} that names the file and says what happened
 * ("pelvis.glb stopped arriving: …"; the panel puts the plain words first), or an `AbortError` when
 * `signal` stopped it; never throws synchronously.
 */
export async function loadModelFile(url: string, file: string, options: LoadOptions = {}): Promise<Group> {
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = (await fetchWithProgress(url, options)).bytes
  } catch (error) {
    throw error instanceof FetchTrouble ? troubleProblem(file, error.trouble) : error
  }
  return parseGlb(bytes, url.slice(0, url.lastIndexOf('/') + 1), file)
}
