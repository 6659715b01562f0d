import type { NodeKind } from '../anatomy/types'

/**
 * `public/models/manifest.json`: the contract between the generator and the viewer. The viewer
 * loads every file listed; tests check each listed id exists in its file.
 */
export interface ModelManifest {
  readonly version: 1
  /** Coordinate frame of every file (glTF convention, metres). */
  readonly frame: string
  readonly files: readonly ManifestFile[]
}

export interface ManifestFile {
  /** File name relative to the manifest. */
  readonly file: string
  readonly bytes: number
  readonly sha256: string
  readonly triangles: number
  /** Every id the file holds (node `extras.anatomyId`) with its kind. */
  readonly nodes: readonly ManifestNode[]
}

export interface ManifestNode {
  readonly id: string
  readonly kind: NodeKind
}

const KINDS: readonly NodeKind[] = ['bone', 'disc', 'muscle', 'skin', 'landmark']

/**
 * Check untrusted JSON against the manifest shape. Returns the manifest or throws an Error whose
 * message says what is wrong, for the viewer to show.
 */
export function parseManifest(json: unknown): ModelManifest {
  const fail = (why: string): never => {
    throw new Error(`The model list (manifest.json) is not valid: ${why}.`)
  }
  if (typeof json !== 'object' || json === null) return fail('it is not a JSON object')
  const m = json as Record<string, unknown>
  if (m.version !== 1) fail(`unsupported version ${String(m.version)}`)
  if (!Array.isArray(m.files)) return fail('"files" is missing')
  for (const f of m.files as unknown[]) {
    const file = f as Record<string, unknown>
    if (typeof file.file !== 'string' || !/^[\w.-]+\.glb$/.test(file.file))
      fail(`bad file name ${JSON.stringify(file.file)}`)
    if (!Array.isArray(file.nodes)) fail(`${String(file.file)} has no "nodes" list`)
    for (const n of file.nodes as unknown[]) {
      const node = n as Record<string, unknown>
      if (typeof node.id !== 'string' || !KINDS.includes(node.kind as NodeKind))
        fail(`${String(file.file)} lists a bad node`)
    }
  }
  return json as ModelManifest
}
