import { dab, decodeDrawing, encodeDrawing, type BrushMode } from '../overlays/pain/brush'
import { painStore } from './painStore'

/**
 * The patient's pain drawing: one value (0–1) per skin vertex, kept in memory and in this
 * browser's local storage only. Nothing here is ever sent anywhere; it leaves the device only if
 * the clinician exports a screenshot.
 */
export const DRAWING_STORAGE_KEY = 'hip-flexors.pain-drawing.v1'
const MAX_UNDO = 40

interface Stored {
  readonly model: string
  readonly count: number
  readonly data: string
}

let values: Float32Array | null = null
let modelKey = ''
const undoStack: Float32Array[] = []
const listeners = new Set<() => void>()

/** The current drawing (null until the skin has loaded). */
export const drawingValues = (): Float32Array | null => values

/** Be told whenever the drawing's values change (the scene re-uploads them). */
export function onDrawingChange(fn: () => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

function changed(): void {
  const has = values ? values.some((v) => v > 0.03) : false
  painStore.setState((s) => ({ drawingRevision: s.drawingRevision + 1, undoDepth: undoStack.length, hasDrawing: has }))
  for (const fn of listeners) fn()
}

function save(): void {
  if (!values) return
  try {
    const stored: Stored = { model: modelKey, count: values.length, data: encodeDrawing(values) }
    localStorage.setItem(DRAWING_STORAGE_KEY, JSON.stringify(stored))
  } catch {
    painStore.setState({
      drawingNotice: 'The drawing could not be saved on this device (browser storage is unavailable or full).',
    })
  }
}

/**
 * Start the drawing for a skin of `count` vertices identified by `key` (a fingerprint of its
 * geometry), restoring a saved one if it was made on the same skin.
 */
export function attachDrawing(count: number, key: string): void {
  modelKey = key
  undoStack.length = 0
  values = new Float32Array(count)
  let notice: string | null = null
  let raw: string | null = null
  try {
    raw = localStorage.getItem(DRAWING_STORAGE_KEY)
  } catch {
    notice = 'Saved drawings cannot be read: browser storage is unavailable.'
  }
  if (raw) {
    let stored: Partial<Stored> | null
    try {
      stored = JSON.parse(raw) as Partial<Stored>
    } catch {
      stored = null
    }
    const decoded =
      stored && stored.model === key && typeof stored.data === 'string' ? decodeDrawing(stored.data, count) : null
    if (decoded) values = decoded
    else
      notice =
        'A saved drawing could not be restored (it was made on a different body model or is damaged). It has been kept in storage until you draw again.'
  }
  painStore.setState({ drawingNotice: notice })
  changed()
}

/** Call before the first dab of a stroke: the stroke becomes one undo step. */
export function beginStroke(): void {
  if (!values) return
  undoStack.push(values.slice())
  if (undoStack.length > MAX_UNDO) undoStack.shift()
}

/** Paint or erase one dab (rest-frame mm). */
export function paintDab(
  rest: Float32Array,
  normals: Float32Array,
  centre: readonly [number, number, number],
  normal: readonly [number, number, number],
  radiusMm: number,
  mode: BrushMode,
): void {
  if (!values) return
  if (dab(values, rest, normals, centre, normal, radiusMm, mode) > 0) {
    for (const fn of listeners) fn()
  }
}

/** The stroke is over: store it and update rankings. */
export function endStroke(): void {
  if (!values) return
  save()
  changed()
}

export function undoDrawing(): void {
  const prev = undoStack.pop()
  if (!values || !prev) return
  values.set(prev)
  save()
  changed()
}

/** Clear the drawing (the UI asks for confirmation first). Undo brings it back. */
export function clearDrawing(): void {
  if (!values) return
  undoStack.push(values.slice())
  values.fill(0)
  save()
  changed()
}

/** Fingerprint of a skin's rest geometry, so a drawing is only restored on the mesh it was made on. */
export function skinKey(rest: Float32Array): string {
  let h = 2166136261
  for (let i = 0; i < rest.length; i += 7) {
    h ^= Math.round(rest[i]! * 10) & 0xffff
    h = Math.imul(h, 16777619) >>> 0
  }
  return `${rest.length / 3}:${h.toString(16)}`
}
