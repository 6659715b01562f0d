import type { Object3D } from 'three'
import type { NodeKind } from '../anatomy/types'

/** What the generator writes into each node's extras (three copies it to `userData`). */
export interface AnatomyUserData {
  readonly anatomyId?: string
  readonly kind?: NodeKind
  readonly name?: string
  readonly bone?: string
  readonly regions?: readonly string[]
}

/**
 * Index a loaded scene by `userData.anatomyId`. three's loader renames nodes (sanitising and
 * de-duplicating), so ids are read from the extras, never from `name`.
 */
export function indexNodes(root: Object3D): Map<string, Object3D> {
  const index = new Map<string, Object3D>()
  root.traverse((o) => {
    const id = (o.userData as AnatomyUserData).anatomyId
    if (id && !index.has(id)) index.set(id, o)
  })
  return index
}

/**
 * The nearest ancestor (or the object itself) that is a structure: it carries an anatomy id *and*
 * a kind. (A glTF mesh's own extras also name its structure, for its region table, but carry no
 * kind; the structure is the node above it.) This is what a click on a mesh means.
 */
export function owningStructure(o: Object3D | null): Object3D | null {
  for (let cur = o; cur; cur = cur.parent) {
    const data = cur.userData as AnatomyUserData
    if (data.anatomyId && data.kind && data.kind !== 'landmark') return cur
  }
  return null
}
