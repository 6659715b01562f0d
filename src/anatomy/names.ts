import { attachmentById } from './attachments'
import { structureById } from './bones'
import { landmarkById } from './landmarks'
import { MUSCLES } from './muscles'
import { plainWords } from './plainNames'

/** An unknown id, tidied: `some_node` → "Some node", so a stray node still shows something. */
const tidied = (id: string): string => id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())

/**
 * The anatomical name of any id we ship (structure, landmark or attachment region), as written
 * into the model files. Falls back to a tidied id so an unknown node still shows something
 * sensible rather than nothing.
 */
export function readableName(id: string): string {
  return (
    structureById(id)?.name ??
    landmarkById(id)?.name ??
    attachmentById(id)?.name ??
    MUSCLES.find((m) => m.id === id)?.name ??
    tidied(id)
  )
}

/**
 * The name a patient understands, plain words first and the anatomical term after them in
 * brackets where it helps. Falls back to {@link readableName} for an id without plain words.
 *
 * @example
 * plainName('femur_l') // "Left thigh bone (femur)"
 * plainName('disc_l3_l4') // "Disc between L3 and L4"
 */
export function plainName(id: string): string {
  return plainWords(id)?.name ?? readableName(id)
}

/**
 * One line in everyday words saying what the thing is or does; empty for an id we do not know.
 *
 * @example
 * plainSummary('psoas_major_l') // "A deep muscle that bends the hip. It runs from …"
 */
export function plainSummary(id: string): string {
  return plainWords(id)?.summary ?? ''
}
