import type { Document, Material } from '@gltf-transform/core'
import type { NodeKind } from '../../src/anatomy/types'

/**
 * Base materials written into the files so they look right in any glTF viewer. The app
 * replaces them at run time (highlighting, region paint), so these are only defaults.
 */
export function materialFor(doc: Document, kind: NodeKind, cache: Map<NodeKind, Material>): Material {
  let m = cache.get(kind)
  if (m) return m
  if (kind === 'disc') {
    // Fibrocartilage: pale blue-grey and a little glossier than bone.
    m = doc
      .createMaterial('disc')
      .setBaseColorFactor([0.66, 0.74, 0.8, 1])
      .setRoughnessFactor(0.45)
      .setMetallicFactor(0)
  } else {
    // Dry-bone ivory, matte.
    m = doc
      .createMaterial('bone')
      .setBaseColorFactor([0.89, 0.84, 0.72, 1])
      .setRoughnessFactor(0.62)
      .setMetallicFactor(0)
  }
  cache.set(kind, m)
  return m
}
