import { useEffect, useState } from 'react'
import { startModelLoading, type LoadedModel } from './loadSession'

export type { LoadedModel } from './loadSession'

/**
 * Where the manifest lives: always the app's own `models/` folder. A link is untrusted, so no part
 * of it chooses where models come from (a path like `//host` would fetch from another origin);
 * tests swap files by routing requests instead.
 */
export function manifestUrl(): string {
  return `${import.meta.env.BASE_URL}models/manifest.json`
}

/**
 * Load the manifest and every file it lists (`startModelLoading`), while the canvas is up. Progress
 * and failures go to the store; loaded scenes come back in manifest order. Retry is
 * `retryModelFile` / `retryManifest`.
 */
export function useModels(): readonly LoadedModel[] {
  const [models, setModels] = useState<readonly LoadedModel[]>([])
  useEffect(() => startModelLoading(manifestUrl(), setModels), [])
  return models
}
