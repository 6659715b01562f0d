import { Color, MeshStandardMaterial } from 'three'
import type { NodeKind } from '../anatomy/types'

/** Base colours: warm ivory bone, pale blue-grey disc. Chosen to read well under the studio lights. */
const BASE: Partial<Record<NodeKind, { color: string; roughness: number }>> = {
  bone: { color: '#e6dcc4', roughness: 0.62 },
  disc: { color: '#a9bfcc', roughness: 0.45 },
}

/** Emissive tints for pointer hover and selection (selection is also named in the info panel). */
export const HOVER_EMISSIVE = new Color('#2f3a52')
export const SELECT_EMISSIVE = new Color('#5c4300')
const NONE = new Color('#000000')

/** A fresh material for one structure, so highlighting one never tints another. */
export function structureMaterial(kind: NodeKind | undefined): MeshStandardMaterial {
  const base = BASE[kind ?? 'bone'] ?? BASE.bone!
  return new MeshStandardMaterial({ color: base.color, roughness: base.roughness, metalness: 0 })
}

/** Apply the hover/selection state to a structure's material. */
export function setHighlight(material: MeshStandardMaterial, state: 'none' | 'hover' | 'selected'): void {
  material.emissive.copy(state === 'selected' ? SELECT_EMISSIVE : state === 'hover' ? HOVER_EMISSIVE : NONE)
}
