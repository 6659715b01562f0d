import type { Object3D } from 'three'

/**
 * Visible all the way up to the scene: three draws an object only then, but a raycast still hits
 * the meshes of a hidden layer. Picking, framing and the probe all ask this.
 */
export function shownInScene(o: Object3D | null): boolean {
  for (let cur = o; cur; cur = cur.parent) if (!cur.visible) return false
  return true
}
