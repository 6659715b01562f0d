import { useEffect, useState } from 'react'
import type { Group } from 'three'
import {
  registerLayers,
  setFileStatus,
  setManifestError,
  setManifestLoaded,
  setSkinFile,
  type LayerKind,
} from '../store/viewerSlice'
import { parseManifest, type ModelManifest } from '../contract/manifest'
import { loadModelFile } from './loadModelFile'

/** A model file that has loaded. */
export interface LoadedModel {
  readonly file: string
  readonly scene: Group
}

/** Where the manifest lives; `?models=` lets tests and demos point at another set. */
export function manifestUrl(search: string = window.location.search): string {
  const param = new URLSearchParams(search).get('models')
  // Only same-origin relative paths: the app never talks to another host.
  if (param && /^[\w/-]+$/.test(param)) return `${import.meta.env.BASE_URL}${param.replace(/^\/+/, '')}/manifest.json`
  return `${import.meta.env.BASE_URL}models/manifest.json`
}

async function fetchManifest(url: string): Promise<ModelManifest> {
  let res: Response
  try {
    res = await fetch(url)
  } catch {
    throw new Error('The model list (manifest.json) could not be downloaded: the connection failed.')
  }
  if (!res.ok) throw new Error(`The model list (manifest.json) could not be found on the server (HTTP ${res.status}).`)
  let json: unknown
  try {
    json = await res.json()
  } catch {
    throw new Error('The model list (manifest.json) is damaged: it is not valid JSON.')
  }
  return parseManifest(json)
}

/**
 * Load the manifest and every file it lists, each on its own: one file failing leaves the others
 * shown. Progress and failures go to the store; loaded scenes come back in manifest order.
 */
export function useModels(): readonly LoadedModel[] {
  const [models, setModels] = useState<readonly LoadedModel[]>([])
  useEffect(() => {
    let cancelled = false
    const url = manifestUrl()
    const base = url.slice(0, url.lastIndexOf('/') + 1)
    fetchManifest(url)
      .then((manifest) => {
        if (cancelled) return
        registerLayers(new Set(manifest.files.flatMap((f) => f.nodes.map((n) => n.kind as LayerKind))))
        setSkinFile(manifest.files.find((f) => f.nodes.some((n) => n.kind === 'skin'))?.file ?? null)
        for (const f of manifest.files) setFileStatus(f.file, { state: 'loading', loaded: 0, total: f.bytes })
        setManifestLoaded()
        const loaded: (LoadedModel | null)[] = manifest.files.map(() => null)
        manifest.files.forEach((f, i) => {
          loadModelFile(base + f.file, f.file, (got) => {
            if (!cancelled) setFileStatus(f.file, { state: 'loading', loaded: got, total: f.bytes })
          })
            .then((scene) => {
              if (cancelled) return
              loaded[i] = { file: f.file, scene }
              setModels(loaded.filter((m): m is LoadedModel => m !== null))
              setFileStatus(f.file, { state: 'loaded' })
            })
            .catch((err: unknown) => {
              if (!cancelled) setFileStatus(f.file, { state: 'failed', message: (err as Error).message })
            })
        })
      })
      .catch((err: unknown) => {
        if (!cancelled) setManifestError((err as Error).message)
      })
    return () => {
      cancelled = true
    }
  }, [])
  return models
}
