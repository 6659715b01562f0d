import { attachmentById } from './attachments'
import { structureById } from './bones'
import { landmarkById } from './landmarks'
import { MUSCLES } from './muscles'

/**
 * The readable name of any id we ship (structure, landmark or attachment region). Falls back to a
 * tidied id so an unknown node still shows something sensible rather than nothing.
 */
export function readableName(id: string): string {
  return (
    structureById(id)?.name ??
    landmarkById(id)?.name ??
    attachmentById(id)?.name ??
    MUSCLES.find((m) => m.id === id)?.name ??
    id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())
  )
}
